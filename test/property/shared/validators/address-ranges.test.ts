import { isIPv6 } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judgeAddress, STRICT_POLICY } from '../../../../electron/core/public-ip/address-policy.js';
import { canonicalAddress, checkIPv6 } from '../../../../shared/validators/dns.js';
import { anyText, check } from '../../property-support.js';

const hextet = fc.integer({ min: 0, max: 0xffff });
/** Eight groups, often starting at the edges of special blocks where verdicts change. */
const anyGroups = fc.tuple(
  fc.oneof(
    hextet,
    fc.constantFrom(0, 0x64, 0x100, 0x1fff, 0x2000, 0x2001, 0x2002, 0x2620, 0x3fff, 0x4000),
    fc.constantFrom(0xfc00, 0xfe80, 0xfec0, 0xff00),
  ),
  fc.oneof(hextet, fc.constantFrom(0, 1, 2, 3, 0x10, 0x20, 0x1ff, 0x200, 0xdb8, 0xff9b)),
  fc.oneof(hextet, fc.constant(0)),
  fc.oneof(hextet, fc.constant(0)),
  fc.oneof(hextet, fc.constant(0)),
  fc.oneof(hextet, fc.constantFrom(0, 0xffff)),
  hextet,
  hextet,
);

/** Plus the IPv4-compatible (::a.b.c.d) and IPv4-mapped (::ffff:a.b.c.d) spaces. */
const groups = fc.oneof(
  anyGroups,
  fc.tuple(hextet, hextet).map(([a, b]) => [0, 0, 0, 0, 0, 0, a, b]),
  fc.tuple(hextet, hextet).map(([a, b]) => [0, 0, 0, 0, 0, 0xffff, a, b]),
);

const hex = (n: number) => n.toString(16);
/** Different spellings of the same address: padded, upper case, dotted IPv4 tail. */
function spellings(parts: number[]): string[] {
  const padded = parts.map((n) => hex(n).padStart(4, '0')).join(':');
  const tail = [parts[6]! >> 8, parts[6]! & 255, parts[7]! >> 8, parts[7]! & 255].join('.');
  const dotted = `${parts.slice(0, 6).map(hex).join(':')}:${tail}`;
  const canonical = new URL(`http://[${padded}]/`).hostname.slice(1, -1);
  // Compressed with a dotted tail (::8.8.8.8): ffff groups keep the tail out of the "::".
  const head = new URL(`http://[${dotted.replace(tail, 'ffff:ffff')}]/`).hostname.slice(1, -1);
  const compressedDotted = head.replace(/ffff:ffff\]?$/, tail);
  return [
    padded,
    padded.toUpperCase(),
    dotted,
    canonical,
    canonical.toUpperCase(),
    compressedDotted,
  ];
}

/** The verdict without the echoed text, which is the only part allowed to differ. */
function verdictOf(text: string) {
  const verdict = judgeAddress('ipv6', text, STRICT_POLICY);
  return verdict.ok ? verdict : { ok: false, problem: verdict.problem.replace(text, 'X') };
}

describe('IPv6 address verdicts', () => {
  it('give one verdict and one canonical text however an address is written', () => {
    check(groups, (parts) => {
      const [first, ...others] = spellings(parts);
      const expected = verdictOf(first!);
      for (const text of others) {
        expect(verdictOf(text)).toEqual(expected);
        expect(canonicalAddress(text)).toBe(canonicalAddress(first!));
      }
    });
  });

  it('write an address as the WHATWG URL parser does', () => {
    check(groups, (parts) => {
      for (const text of spellings(parts)) {
        expect(canonicalAddress(text)).toBe(new URL(`http://[${text}]/`).hostname.slice(1, -1));
      }
    });
  });

  it('publish only addresses inside 2000::/3', () => {
    check(groups, (parts) => {
      const verdict = judgeAddress('ipv6', spellings(parts)[0]!, STRICT_POLICY);
      const inside = parts[0]! >= 0x2000 && parts[0]! <= 0x3fff;
      expect(verdict.ok && !inside).toBe(false);
    });
  });

  it('accept exactly the texts Node accepts as IPv6, without zone index', () => {
    const mangled = fc
      .tuple(
        groups,
        fc.nat({ max: 40 }),
        fc.constantFrom('', ':', '::', '.', '0', '00', 'g', '1.2'),
      )
      .map(([parts, at, insert]) => {
        const text = spellings(parts)[at % 6]!;
        const cut = at % (text.length + 1);
        return text.slice(0, cut) + insert + text.slice(cut);
      });
    check(fc.oneof(anyText, mangled), (text) => {
      expect(checkIPv6(text) === null).toBe(isIPv6(text) && !text.includes('%'));
    });
  });
});
