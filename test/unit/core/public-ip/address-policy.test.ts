import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  judgeAddress,
  STRICT_POLICY,
  type SpecialRange,
} from '../../../../electron/core/public-ip/address-policy.js';

const v4 = (a: number, b: number, c: number, d: number): string => `${a}.${b}.${c}.${d}`;
const byte = fc.integer({ min: 0, max: 255 });
const hextet = fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16));

/** Generators of addresses inside each special range, per family. */
const ranges: [SpecialRange, 'ipv4' | 'ipv6', fc.Arbitrary<string>][] = [
  ['private', 'ipv4', fc.tuple(byte, byte, byte).map(([b, c, d]) => v4(10, b, c, d))],
  [
    'private',
    'ipv4',
    fc.tuple(fc.integer({ min: 16, max: 31 }), byte, byte).map(([b, c, d]) => v4(172, b, c, d)),
  ],
  ['private', 'ipv4', fc.tuple(byte, byte).map(([c, d]) => v4(192, 168, c, d))],
  [
    'cgnat',
    'ipv4',
    fc.tuple(fc.integer({ min: 64, max: 127 }), byte, byte).map(([b, c, d]) => v4(100, b, c, d)),
  ],
  ['loopback', 'ipv4', fc.tuple(byte, byte, byte).map(([b, c, d]) => v4(127, b, c, d))],
  ['linkLocal', 'ipv4', fc.tuple(byte, byte).map(([c, d]) => v4(169, 254, c, d))],
  ['documentation', 'ipv4', byte.map((d) => v4(192, 0, 2, d))],
  ['documentation', 'ipv4', byte.map((d) => v4(198, 51, 100, d))],
  ['documentation', 'ipv4', byte.map((d) => v4(203, 0, 113, d))],
  [
    'private',
    'ipv6',
    fc
      .tuple(fc.integer({ min: 0xfc00, max: 0xfdff }), hextet, hextet)
      .map(([a, b, c]) => `${a.toString(16)}:${b}::${c}`),
  ],
  ['linkLocal', 'ipv6', fc.tuple(hextet, hextet).map(([b, c]) => `fe80::${b}:${c}`)],
  ['loopback', 'ipv6', fc.constant('::1')],
  [
    'documentation',
    'ipv6',
    fc.tuple(hextet, hextet, hextet).map(([a, b, c]) => `2001:db8:${a}:${b}::${c}`),
  ],
];

describe('judgeAddress', () => {
  it.each(ranges.map(([range, family, arb], index) => [range, family, arb, index] as const))(
    'refuses any %s %s address unless that range is allowed (#%#)',
    (range, family, arb) => {
      fc.assert(
        fc.property(arb, (address) => {
          const strict = judgeAddress(family, address, STRICT_POLICY);
          expect(strict.ok).toBe(false);
          const allowed = judgeAddress(family, address, { allowed: new Set([range]) });
          expect(allowed.ok).toBe(true);
        }),
        { numRuns: 60 },
      );
    },
  );

  it('accepts global unicast addresses of the right family, canonicalised', () => {
    expect(judgeAddress('ipv4', '8.8.8.8', STRICT_POLICY)).toEqual({
      ok: true,
      address: '8.8.8.8',
    });
    expect(judgeAddress('ipv6', '2606:4700:0:0::1111', STRICT_POLICY)).toEqual({
      ok: true,
      address: '2606:4700::1111',
    });
  });

  it.each([
    ['ipv4', '2606:4700::1111', 'answered an IPv6 address to an IPv4 question'],
    ['ipv6', '8.8.8.8', 'answered an IPv4 address to an IPv6 question'],
    ['ipv4', '<html>', 'answered "<html>", which is not an IPv4 address'],
    ['ipv4', '10.1.2.3', 'answered 10.1.2.3, a private address'],
    ['ipv4', '100.64.0.1', 'answered 100.64.0.1, a carrier-grade NAT address (100.64.0.0/10)'],
    ['ipv4', '203.0.113.9', 'answered 203.0.113.9, a documentation address'],
    [
      'ipv4',
      '224.0.0.1',
      'answered 224.0.0.1, a multicast address (224.0.0.0/4), which is not a global unicast address',
    ],
    [
      'ipv6',
      'ff02::1',
      'answered ff02::1, a multicast address (ff00::/8), which is not a global unicast address',
    ],
  ] as const)('refuses %s answer %s and says why', (family, text, problem) => {
    expect(judgeAddress(family, text, STRICT_POLICY)).toEqual({ ok: false, problem });
  });
});
