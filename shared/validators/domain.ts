import { checkHostname, checkIPv4, checkIPv6, normaliseHostName, type Problem } from './dns.js';

/**
 * Validators for what DNS Tray sends to Freenom (domain names, periods, contacts, nameservers).
 * Each returns null when the value is acceptable, or one sentence for the field.
 */
export type DomainType = 'FREE' | 'PAID';

/** TLDs Freenom gave for free; transfers of these are approved at once (docs/freenom.md#transfers). */
export const FREE_TLDS = ['tk', 'ml', 'ga', 'cf', 'gq'] as const;

export const PAID_PERIODS = ['1Y', '2Y', '3Y', '4Y', '5Y', '9Y', '10Y'] as const;
export const FREE_PERIODS = Array.from({ length: 12 }, (_, i) => `${i + 1}M`) as readonly string[];
export const DEFAULT_PERIOD: Record<DomainType, string> = { PAID: '1Y', FREE: '3M' };

const DOMAIN_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;

/** A domain name with its TLD, e.g. example.tk (docs/freenom.md#domain-names-and-case). */
export function checkDomainName(value: string): Problem {
  if (value.length === 0) return 'Enter a domain name, e.g. example.tk.';
  if (value.length > 253) return 'A domain name has at most 253 characters.';
  const labels = value.split('.');
  if (labels.length < 2) return 'Enter the full domain name with its ending, e.g. example.tk.';
  for (const label of labels) {
    if (!DOMAIN_LABEL.test(label))
      return 'Use letters, digits and hyphens only, not starting or ending with a hyphen.';
  }
  if (/^\d+$/.test(labels[labels.length - 1]!)) return 'A domain name cannot end in a number.';
  return null;
}

export function tldOf(domain: string): string {
  return domain.slice(domain.lastIndexOf('.') + 1).toLowerCase();
}

export function isFreeTld(domain: string): boolean {
  return (FREE_TLDS as readonly string[]).includes(tldOf(domain));
}

/** Free domains take 1M-12M, paid ones the listed years. */
export function checkPeriod(type: DomainType, value: string): Problem {
  const allowed: readonly string[] = type === 'FREE' ? FREE_PERIODS : PAID_PERIODS;
  if (allowed.includes(value.toUpperCase())) return null;
  return type === 'FREE'
    ? 'A free domain takes a period of 1M to 12M (months).'
    : `A paid domain takes one of ${PAID_PERIODS.join(', ')} (years).`;
}

/** Months a period stands for: 3M -> 3, 2Y -> 24; null when it is not a period. */
export function periodMonths(value: string): number | null {
  const match = /^(\d{1,2})([MY])$/i.exec(value);
  if (!match) return null;
  return Number(match[1]) * (match[2]!.toUpperCase() === 'Y' ? 12 : 1);
}

export function checkEmail(value: string): Problem {
  if (value.length === 0) return 'Enter an e-mail address.';
  if (value.length > 254) return 'An e-mail address has at most 254 characters.';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value))
    return 'Enter an e-mail address like name@example.com.';
  return null;
}

// ISO 3166-1 alpha-2, officially assigned codes.
const COUNTRY_CODES = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS ' +
    'BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE ' +
    'EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM ' +
    'HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC ' +
    'LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA ' +
    'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
    'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO ' +
    'TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
  ).split(' '),
);

/** An ISO 3166-1 alpha-2 country code such as US or NL. */
export function checkCountryCode(value: string): Problem {
  if (!COUNTRY_CODES.has(value.toUpperCase()))
    return 'Enter a two-letter ISO 3166-1 country code, e.g. US or NL.';
  return null;
}

/** An ISO 3166-2 subdivision code such as US-CA, whose country part must be a real country. */
export function checkStateCode(value: string): Problem {
  const match = /^([A-Z]{2})-[A-Z0-9]{1,3}$/i.exec(value);
  if (!match || checkCountryCode(match[1]!)) return 'Enter an ISO 3166-2 state code, e.g. US-CA.';
  return null;
}

/** An international phone number: +, country code, then digits (e.g. +1-310-123456). */
export function checkPhone(value: string): Problem {
  const digits = value.replace(/[\s.-]/g, '');
  if (!/^\+\d{6,15}$/.test(digits) || !/^\+\d/.test(value))
    return 'Enter the phone number in international format, e.g. +1-310-123456.';
  return null;
}

/**
 * A forwarding target: http(s), a host name or address, optional port, path and query, no
 * credentials and no spaces. Parsed by pattern because shared/ has no URL global (it must
 * run without DOM or Node types).
 */
const FORWARD_URL =
  /^https?:\/\/([a-z0-9-]+(\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(:\d{1,5})?([/?#][^\s]*)?$/i;

export function checkForwardUrl(value: string): Problem {
  if (FORWARD_URL.test(value) && !/^https?:\/\/[^/?#]*@/i.test(value)) return null;
  return 'Enter an http:// or https:// address to forward to.';
}

/** True when `host` is the domain itself or a name under it (then it needs a glue record). */
export function isInsideDomain(host: string, domain: string): boolean {
  const h = normaliseHostName(host);
  const d = normaliseHostName(domain);
  return h === d || h.endsWith(`.${d}`);
}

/** True when `host` may carry a glue record of `domain`: a name under it, not the apex. */
export function isGlueHost(host: string, domain: string): boolean {
  return isInsideDomain(host, domain) && normaliseHostName(host) !== normaliseHostName(domain);
}

/**
 * Nameservers for a domain: at least two, valid host names, no repeats, and a glue record for
 * each one inside the domain itself. `glueHosts` lists the hosts that have glue. Names compare
 * as DNS does, so `NS1.example.tk.` and `ns1.example.tk` are one name.
 */
export function checkNameservers(
  hosts: readonly string[],
  domain: string,
  glueHosts: readonly string[] = [],
): Problem {
  if (hosts.length < 2) return 'Enter at least 2 nameservers.';
  const seen = new Set<string>();
  for (const host of hosts) {
    const problem = checkHostname(host);
    if (problem) return `Nameserver "${host}": ${problem}`;
    const key = normaliseHostName(host);
    if (seen.has(key)) return `Nameserver "${host}" is listed twice.`;
    seen.add(key);
  }
  const glue = new Set(glueHosts.map(normaliseHostName));
  const missing = hosts.find((h) => isInsideDomain(h, domain) && !glue.has(normaliseHostName(h)));
  if (missing)
    return `Nameserver "${missing}" is inside ${domain}: register its glue record (IP address) first.`;
  return null;
}

/** A glue record: a host inside the domain and an IPv4 or IPv6 address. */
export function checkGlue(host: string, address: string, domain: string): Problem {
  const problem = checkHostname(host);
  if (problem) return problem;
  if (!isGlueHost(host, domain))
    return `A glue record is for a nameserver under ${domain}, e.g. ns1.${domain}.`;
  if (checkIPv4(address) && checkIPv6(address))
    return 'Enter the nameserver address as IPv4 (203.0.113.7) or IPv6 (2001:db8::1).';
  return null;
}
