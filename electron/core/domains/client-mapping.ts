import type { OrderResult } from '../../../shared/contract/domain-channels.js';
import {
  CONTACT_ROLES,
  type Contact,
  type DomainDetails,
  type DomainTypeValue,
  type Price,
} from '../../../shared/contract/domain-schemas.js';
import { formatUtcDay } from '../../../shared/time/utc-day.js';
import { parseFreenomDate } from './domain-dates.js';
import {
  describeFreenomError,
  type FreenomError,
  type FreenomResult,
} from '../freenom/freenom-errors.js';
import type {
  Contact as FreenomContact,
  DomainInfo,
  OrderAnswer,
} from '../freenom/freenom-schemas.js';
import type { ContactOrder } from './freenom-gateway.js';

/**
 * Between Freenom's words (contact_firstname, YYYYMMDD, "enabled") and the contract's
 * (firstName, ISO dates, booleans). A failed call becomes an Error carrying the client's
 * sentence, which quotes Freenom's own text.
 */
export function unwrap<T>(reply: FreenomResult<T>): T {
  if (reply.ok) return reply.value;
  throw new FreenomCallError(reply.error);
}

/** A failed Freenom call; `error` keeps its kind (auto-renew tells "unconfirmed" apart). */
export class FreenomCallError extends Error {
  constructor(readonly error: FreenomError) {
    super(describeFreenomError(error));
    this.name = 'FreenomCallError';
  }
}

export function isoDate(text: string | undefined): string | null {
  const ms = parseFreenomDate(text);
  return ms === null ? null : formatUtcDay(ms);
}

export function domainType(text: string | undefined, fallback: DomainTypeValue): DomainTypeValue {
  const upper = text?.toUpperCase();
  return upper === 'FREE' || upper === 'PAID' ? upper : fallback;
}

export function enabledFlag(value: boolean | undefined): 'enabled' | 'disabled' | undefined {
  return value === undefined ? undefined : value ? 'enabled' : 'disabled';
}

export function prices(
  items: { currency?: string; period?: string; retailprice?: string; partnerprice?: string }[],
): Price[] {
  return items.map((p) => ({
    period: p.period?.toUpperCase() ?? '',
    currency: p.currency ?? '',
    retailPrice: p.retailprice ?? '',
    partnerPrice: p.partnerprice ?? '',
  }));
}

export function orderResult(
  answer: OrderAnswer,
  domain: string,
  type: DomainTypeValue,
): OrderResult {
  const item = answer.domain[0];
  return {
    domain: (item?.domainname ?? domain).toLowerCase(),
    type: domainType(item?.domaintype, type),
    status: item?.status?.toUpperCase() ?? answer.result ?? 'UNKNOWN',
    period: item?.period ?? '',
    expirationDate: isoDate(item?.expirationdate),
    currency: item?.currency ?? '',
    retailPrice: item?.retailprice ?? '',
  };
}

export function contactFrom(c: FreenomContact): Contact {
  return {
    id: c.contact_id,
    title: c.contact_title ?? '',
    firstName: c.contact_firstname ?? '',
    middleName: c.contact_middlename ?? '',
    lastName: c.contact_lastname ?? '',
    organization: c.contact_organization ?? '',
    address: c.contact_address ?? '',
    city: c.contact_city ?? '',
    zipCode: c.contact_zipcode ?? '',
    stateCode: c.contact_statecode ?? '',
    countryCode: c.contact_countrycode ?? '',
    phone: c.contact_phone ?? '',
    fax: c.contact_fax ?? '',
    email: c.contact_email ?? '',
    domains: c.contact_domain.flatMap((d) => {
      const role = d.type?.toLowerCase();
      return (CONTACT_ROLES as readonly string[]).includes(role ?? '')
        ? [{ domain: d.domainname.toLowerCase(), role: role as Contact['domains'][number]['role'] }]
        : [];
    }),
  };
}

export function contactParams(c: ContactOrder) {
  return {
    contact_id: c.id,
    contact_title: c.title,
    contact_firstname: c.firstName,
    contact_middlename: c.middleName,
    contact_lastname: c.lastName,
    contact_organization: c.organization,
    contact_address: c.address,
    contact_city: c.city,
    contact_zipcode: c.zipCode,
    contact_statecode: c.stateCode,
    contact_countrycode: c.countryCode,
    contact_phone: c.phone,
    contact_fax: c.fax || undefined,
    contact_email: c.email,
  };
}

export function detailsFrom(info: DomainInfo, domain: string): DomainDetails {
  const contacts: DomainDetails['contacts'] = {};
  for (const role of CONTACT_ROLES) {
    const found = info[`${role}_contact`];
    if (found) {
      const { domains: _unused, ...contact } = contactFrom(found);
      contacts[role] = contact;
    }
  }
  return {
    domain: (info.domainname || domain).toLowerCase(),
    type: domainType(info.domaintype, 'FREE'),
    status: info.status?.toUpperCase() ?? 'UNKNOWN',
    expirationDate: isoDate(info.expirationdate),
    forwardUrl: info.forward_url ?? '',
    forwardMode: info.forward_mode ?? '',
    nameservers: info.nameserver.map((ns) => ({
      hostname: ns.hostname.toLowerCase(),
      ipAddress: ns.ipaddress ?? '',
    })),
    authCode: info.authcode ?? '',
    autoRenew: info.autorenew?.toLowerCase() === 'enabled',
    prices: prices(info.pricing),
    contacts,
  };
}

/** The first item's status, upper-cased, or the answer's result: "REGISTERED", "DELETED". */
export function firstStatus(
  answer: { result?: string },
  item: { status?: string } | undefined,
): string {
  return item?.status?.toUpperCase() ?? answer.result ?? 'OK';
}

/** A change's outcome from the answer's first item: the domain it names (or the one asked about). */
export function itemOutcome(
  answer: { result?: string },
  item: { domainname?: string; status?: string } | undefined,
  domain: string,
) {
  return { domain: (item?.domainname ?? domain).toLowerCase(), status: firstStatus(answer, item) };
}

/** The first item's status of a change answer, upper-cased, for "DOMAIN MODIFIED"-style results. */
export function outcomeOf(
  answer: { result?: string; domain?: { domainname: string; status?: string }[] },
  domain: string,
) {
  return itemOutcome(answer, answer.domain?.[0], domain);
}
