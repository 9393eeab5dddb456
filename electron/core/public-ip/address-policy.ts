import type ipaddr from 'ipaddr.js';
import { familyLabel } from '../../../shared/engine/family-label.js';
import { findSpecialBlock, type SpecialRange } from '../../../shared/validators/address-ranges.js';
import {
  checkIPv4,
  checkIPv6,
  parseAddress,
  type AddressFamily,
} from '../../../shared/validators/dns.js';

export type { SpecialRange };

export interface AddressPolicy {
  /** Ranges the user allowed (e.g. documentation ranges in tests, private in a lab). */
  allowed: ReadonlySet<SpecialRange>;
}

export const STRICT_POLICY: AddressPolicy = { allowed: new Set() };

export type AddressVerdict = { ok: true; address: string } | { ok: false; problem: string };

/**
 * Decides whether a text is a usable public address of the given family: the right family,
 * global unicast, and not in a special range the user did not allow. The verdict depends on
 * the address, not on how it is written; the accepted address comes back canonical.
 */
export function judgeAddress(
  family: AddressFamily,
  text: string,
  policy: AddressPolicy,
): AddressVerdict {
  const parsed = parseAddress(family, text);
  if (typeof parsed === 'string') {
    const other = family === 'ipv4' ? checkIPv6(text) : checkIPv4(text);
    const wrongFamily = other === null;
    return {
      ok: false,
      problem: wrongFamily
        ? `answered an ${familyLabel(family === 'ipv4' ? 'ipv6' : 'ipv4')} address to an ${familyLabel(family)} question`
        : `answered "${shorten(text)}", which is not an ${familyLabel(family)} address`,
    };
  }
  const block = findSpecialBlock(family, parsed);
  if (block?.range && !policy.allowed.has(block.range))
    return { ok: false, problem: `answered ${text}, ${block.name}` };
  if (block && !block.range)
    return {
      ok: false,
      problem: `answered ${text}, ${block.name}, which is not a global unicast address`,
    };
  return { ok: true, address: parsed.toString() };
}

/** Which range the user may allow an address falls in, or null when it is none of them. */
export function classifySpecial(
  family: AddressFamily,
  address: ipaddr.IPv4 | ipaddr.IPv6,
): SpecialRange | null {
  return findSpecialBlock(family, address)?.range ?? null;
}

/** The IP sources name families in their messages under this name. */
export { familyLabel as label } from '../../../shared/engine/family-label.js';

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
