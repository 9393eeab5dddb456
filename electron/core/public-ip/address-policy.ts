import ipaddr from 'ipaddr.js';
import {
  canonicalAddress,
  checkIPv4,
  checkIPv6,
  type AddressFamily,
} from '../../../shared/validators/dns.js';

/** Ranges an answer may fall in that are never a machine's public address unless allowed. */
export type SpecialRange = 'private' | 'cgnat' | 'loopback' | 'linkLocal' | 'documentation';

export interface AddressPolicy {
  /** Ranges the user allowed (e.g. documentation ranges in tests, private in a lab). */
  allowed: ReadonlySet<SpecialRange>;
}

export const STRICT_POLICY: AddressPolicy = { allowed: new Set() };

export type AddressVerdict = { ok: true; address: string } | { ok: false; problem: string };

const DOCUMENTATION: Record<AddressFamily, [string, number][]> = {
  ipv4: [
    ['192.0.2.0', 24],
    ['198.51.100.0', 24],
    ['203.0.113.0', 24],
  ],
  ipv6: [
    ['2001:db8::', 32],
    ['3fff::', 20],
  ],
};

const RANGE_NAMES: Record<SpecialRange, string> = {
  private: 'a private address',
  cgnat: 'a carrier-grade NAT address (100.64.0.0/10)',
  loopback: 'a loopback address',
  linkLocal: 'a link-local address',
  documentation: 'a documentation address',
};

/**
 * Decides whether a text is a usable public address of the given family: the right family,
 * global unicast, and not in a special range the user did not allow.
 */
export function judgeAddress(
  family: AddressFamily,
  text: string,
  policy: AddressPolicy,
): AddressVerdict {
  const syntax = family === 'ipv4' ? checkIPv4(text) : checkIPv6(text);
  if (syntax) {
    const other = family === 'ipv4' ? checkIPv6(text) : checkIPv4(text);
    const wrongFamily = other === null;
    return {
      ok: false,
      problem: wrongFamily
        ? `answered an ${family === 'ipv4' ? 'IPv6' : 'IPv4'} address to an ${label(family)} question`
        : `answered "${shorten(text)}", which is not an ${label(family)} address`,
    };
  }
  const parsed = ipaddr.parse(text);
  const special = classifySpecial(family, parsed);
  if (special && !policy.allowed.has(special))
    return { ok: false, problem: `answered ${text}, ${RANGE_NAMES[special]}` };
  if (!special && parsed.range() !== 'unicast')
    return { ok: false, problem: `answered ${text}, which is not a global unicast address` };
  return { ok: true, address: canonicalAddress(text) };
}

/** Which special range an address falls in, or null when it is none of them. */
export function classifySpecial(
  family: AddressFamily,
  address: ipaddr.IPv4 | ipaddr.IPv6,
): SpecialRange | null {
  for (const [base, bits] of DOCUMENTATION[family]) {
    if (address.match(ipaddr.parse(base), bits)) return 'documentation';
  }
  switch (address.range()) {
    case 'private':
    case 'uniqueLocal':
      return 'private';
    case 'carrierGradeNat':
      return 'cgnat';
    case 'loopback':
      return 'loopback';
    case 'linkLocal':
      return 'linkLocal';
    default:
      return null;
  }
}

export function label(family: AddressFamily): string {
  return family === 'ipv4' ? 'IPv4' : 'IPv6';
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
