import {
  type Body,
  type CallContext,
  account,
  domainParam,
  invalid,
  oneOf,
  ownDomain,
  required,
  upper,
} from './call-context.js';
import {
  DAY,
  contactIds,
  domainType,
  forwardOrNameservers,
  isActive,
  isAvailable,
  newAuthcode,
  periodMonths,
  periodText,
  priceOf,
  pricingList,
} from './domain-rules.js';
import { addMonths, formatYmd, startOfDay, type DomainRecord } from './state.js';

/** domain/search, register, renew, getinfo and list. */
export function searchDomain(ctx: CallContext): Body {
  required(ctx, 'domainname');
  required(ctx, 'domaintype');
  const name = domainParam(ctx);
  const type = domainType(ctx);
  const free = isAvailable(ctx, name, type);
  const item: Body = {
    domainname: upper(name),
    domaintype: type,
    status: free ? 'AVAILABLE' : 'NOT AVAILABLE',
  };
  if (type === 'PAID' && free) item.pricing = pricingList(ctx, name);
  return { domain: [item], result: free ? 'DOMAIN AVAILABLE' : 'DOMAIN NOT AVAILABLE' };
}

function paidFields(ctx: CallContext, d: DomainRecord, period: string): Body {
  const price = priceOf(ctx, d.name, period);
  return {
    currency: price?.currency ?? ctx.prices.currency,
    retailprice: price?.retail ?? '0.00',
    partnerprice: price?.partner ?? '0.00',
    owner_id: d.ownerId,
    billing_id: d.billingId,
    admin_id: d.adminId,
    tech_id: d.techId,
  };
}

export function registerDomain(ctx: CallContext): Body {
  required(ctx, 'domainname');
  required(ctx, 'domaintype');
  const name = domainParam(ctx);
  const type = domainType(ctx);
  const months = periodMonths(ctx, type);
  const target = forwardOrNameservers(ctx, name, true)!;
  const forwardMode = oneOf(ctx, 'forward_mode', ['cloak', '301_redirect']) ?? 'cloak';
  const autorenew = oneOf(ctx, 'autorenew', ['enabled', 'disabled']) ?? 'disabled';
  const ids = contactIds(ctx, true);
  if (!isAvailable(ctx, name, type))
    return {
      domain: [{ domainname: upper(name), domaintype: type, status: 'NOT AVAILABLE' }],
      result: 'NOT AVAILABLE',
    };
  const today = startOfDay(ctx.now);
  const owner = ids.owner_id ?? '';
  const record: DomainRecord = {
    name,
    type,
    registered: today,
    expires: addMonths(today, months),
    deleted: false,
    nameservers: target.nameservers,
    forwardUrl: target.forwardUrl,
    forwardMode,
    ownerId: owner,
    adminId: ids.admin_id ?? owner,
    techId: ids.tech_id ?? owner,
    billingId: ids.billing_id ?? owner,
    authcode: newAuthcode(ctx),
    autorenew,
    idshield: ids.idshield ?? 'disabled',
  };
  account(ctx).domains.push(record);
  const period = periodText(type, months);
  const item: Body = {
    domainname: upper(name),
    domaintype: type,
    period,
    expirationdate: formatYmd(record.expires),
    status: 'REGISTERED',
  };
  if (type === 'PAID')
    Object.assign(item, paidFields(ctx, record, period), {
      authcode: record.authcode,
      autorenew: record.autorenew,
    });
  return { domain: [item], result: 'DOMAIN REGISTERED' };
}

/** Free domains renew only inside the last `renewalWindowDays` before expiry; paid ones any time. */
export function renewDomain(ctx: CallContext): Body {
  const name = domainParam(ctx);
  const domain = ownDomain(ctx, name);
  const months = periodMonths(ctx, domain.type);
  const windowOpen =
    domain.type === 'PAID' || ctx.now >= domain.expires - ctx.config.renewalWindowDays * DAY;
  if (!isActive(ctx, domain) || !windowOpen)
    return {
      domain: [{ domainname: upper(name), domaintype: domain.type, status: 'NOT AVAILABLE' }],
      result: 'NOT AVAILABLE',
    };
  domain.expires = addMonths(domain.expires, months);
  const period = periodText(domain.type, months);
  const item: Body = {
    domainname: upper(name),
    domaintype: domain.type,
    period,
    expirationdate: formatYmd(domain.expires),
    status: 'RENEWED',
  };
  if (domain.type === 'PAID') Object.assign(item, paidFields(ctx, domain, period));
  return { domain: [item], result: 'DOMAIN RENEWED' };
}

function contactObject(ctx: CallContext, id: string): Body | undefined {
  const contact = account(ctx).contacts.find((c) => c.contact_id === id);
  return contact ? { ...contact } : undefined;
}

export function getDomainInfo(ctx: CallContext): Body {
  const name = domainParam(ctx);
  const d = ownDomain(ctx, name);
  const glue = account(ctx).glue.filter((g) => g.domain === name);
  const item: Body = {
    domainname: upper(name),
    domaintype: d.type,
    expirationdate: formatYmd(d.expires),
    status: isActive(ctx, d) ? 'ACTIVE' : 'CANCELLED',
    forward_url: d.forwardUrl ?? '',
    forward_mode: d.forwardMode,
    nameserver: d.nameservers.map((host) => {
      const ip = glue.find((g) => g.hostname === host)?.ipaddress;
      return ip ? { hostname: upper(host), ipaddress: ip } : { hostname: upper(host) };
    }),
  };
  if (d.type === 'PAID') {
    Object.assign(item, {
      authcode: d.authcode,
      autorenew: d.autorenew,
      pricing: pricingList(ctx, name),
    });
    const roles = [
      ['owner_contact', d.ownerId],
      ['admin_contact', d.adminId],
      ['tech_contact', d.techId],
      ['billing_contact', d.billingId],
    ] as const;
    for (const [key, id] of roles) {
      const contact = contactObject(ctx, id);
      if (contact) item[key] = contact;
    }
  }
  return { domain: [item], result: 'DOMAIN LISTED' };
}

function positive(ctx: CallContext, name: string, fallback: number): number {
  const raw = ctx.params.get(name);
  if (raw === undefined) return fallback;
  if (!/^\d{1,6}$/.test(raw) || Number(raw) < 1) invalid(ctx, name);
  return Number(raw);
}

/** `<n> DOMAINS FOUND` counts the whole account, not the page (docs/freenom.md#listing-domains). */
export function listDomains(ctx: CallContext): Body {
  const page = positive(ctx, 'pagenr', 1);
  const size = positive(ctx, 'results_per_page', 25);
  const all = account(ctx).domains;
  const items = all.slice((page - 1) * size, page * size).map((d) => {
    const item: Body = {
      domainname: upper(d.name),
      domaintype: d.type,
      registrationdate: formatYmd(d.registered),
      expirationdate: formatYmd(d.expires),
      status: isActive(ctx, d) ? 'ACTIVE' : 'CANCELLED',
    };
    if (d.type === 'PAID') Object.assign(item, { authcode: d.authcode, autorenew: d.autorenew });
    return item;
  });
  return { domain: items, result: `${all.length} DOMAINS FOUND` };
}
