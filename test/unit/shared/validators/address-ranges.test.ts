import { describe, expect, it } from 'vitest';
import {
  judgeAddress,
  STRICT_POLICY,
  type SpecialRange,
} from '../../../../electron/core/public-ip/address-policy.js';
import { createInterfaceSource } from '../../../../electron/core/public-ip/interface-source.js';
import { FixedAaaaRecordSchema } from '../../../../shared/records/desired-records.js';
import { checkRecordAddress } from '../../../../shared/validators/address-ranges.js';
import { canonicalAddress, checkIPv6 } from '../../../../shared/validators/dns.js';
import { FakeInterfaceReader } from '../../../fakes/fake-interface-reader.js';

type Expected = 'public' | SpecialRange | 'never';

/**
 * One address from every block of the IANA Special-Purpose Address Registries (RFC 6890 and
 * its updates: RFC 7526, 7723, 8155, 8190, 8215, 8880, 9374, 9602, 9637, 9665, 9780), plus the
 * edges of IPv6 global unicast space 2000::/3 and addresses next to each block.
 */
const IPV4: [string, Expected][] = [
  ['0.0.0.0', 'never'],
  ['0.255.255.255', 'never'],
  ['10.0.0.1', 'private'],
  ['100.64.0.1', 'cgnat'],
  ['100.127.255.254', 'cgnat'],
  ['100.128.0.1', 'public'],
  ['127.0.0.1', 'loopback'],
  ['169.254.1.1', 'linkLocal'],
  ['172.16.0.1', 'private'],
  ['172.32.0.1', 'public'],
  ['192.0.0.1', 'never'], // IETF protocol assignments
  ['192.0.0.8', 'never'], // IPv4 dummy address
  ['192.0.0.9', 'never'], // PCP anycast
  ['192.0.0.10', 'never'], // TURN anycast
  ['192.0.0.170', 'never'], // NAT64/DNS64 discovery
  ['192.0.2.1', 'documentation'],
  ['192.31.196.1', 'never'], // AS112-v4
  ['192.52.193.1', 'never'], // AMT
  ['192.88.99.1', 'never'], // deprecated 6to4 relay anycast
  ['192.168.1.1', 'private'],
  ['192.175.48.1', 'never'], // direct delegation AS112
  ['198.18.0.1', 'never'], // benchmarking
  ['198.19.255.254', 'never'],
  ['198.20.0.1', 'public'],
  ['198.51.100.1', 'documentation'],
  ['203.0.113.1', 'documentation'],
  ['224.0.0.1', 'never'],
  ['239.255.255.255', 'never'],
  ['240.0.0.1', 'never'],
  ['255.255.255.255', 'never'],
  ['8.8.8.8', 'public'],
  ['1.1.1.1', 'public'],
  ['223.255.255.254', 'public'],
];

const IPV6: [string, Expected][] = [
  ['::1', 'loopback'],
  ['::', 'never'],
  ['::ffff:8.8.8.8', 'never'], // IPv4-mapped
  ['::8.8.8.8', 'never'], // IPv4-compatible, the same address as ::808:808
  ['::808:808', 'never'],
  ['64:ff9b::808:808', 'never'], // NAT64 well-known prefix
  ['64:ff9b:1::1', 'never'], // local-use translation
  ['100::1', 'never'], // discard-only
  ['100:0:0:1::5', 'never'], // dummy prefix
  ['1000::1', 'never'],
  ['1fff:ffff::1', 'never'],
  ['2001::1', 'never'], // Teredo
  ['2001:1::1', 'never'], // PCP anycast
  ['2001:1::2', 'never'], // TURN anycast
  ['2001:1::3', 'never'], // DNS-SD SRP anycast
  ['2001:2::1', 'never'], // benchmarking
  ['2001:3::1', 'never'], // AMT
  ['2001:4:112::1', 'never'], // AS112-v6
  ['2001:10::1', 'never'], // deprecated ORCHID
  ['2001:20::1', 'never'], // ORCHIDv2
  ['2001:30::1', 'never'], // drone remote ID entity tags
  ['2001:1ff::1', 'never'], // end of 2001::/23
  ['2001:200::1', 'public'], // first block after 2001::/23 (WIDE, JP)
  ['2001:db8::1', 'documentation'],
  ['2001:db9::1', 'public'],
  ['2002:808:808::1', 'never'], // 6to4, refused by policy
  ['2620:4f:8000::1', 'never'], // direct delegation AS112
  ['2620:4f:8001::1', 'public'],
  ['3fff::1', 'documentation'],
  ['3fff:fff::1', 'documentation'],
  ['3fff:1000::1', 'public'],
  ['4000::1', 'never'],
  ['5f00::1', 'never'], // SRv6 SIDs
  ['fc00::1', 'private'],
  ['fd12:3456::1', 'private'],
  ['fe80::1', 'linkLocal'],
  ['fec0::1', 'never'], // deprecated site-local
  ['fe00::1', 'never'],
  ['ff02::1', 'never'],
  ['2000::1', 'public'],
  ['2a00:1450:4001::200e', 'public'],
  ['2606:4700:4700::1111', 'public'],
  ['3ffe:ffff::1', 'public'], // top of 2000::/3 outside the documentation /20
];

const EVERY_RANGE = new Set<SpecialRange>([
  'private',
  'cgnat',
  'loopback',
  'linkLocal',
  'documentation',
]);

describe.each([
  ['ipv4', IPV4],
  ['ipv6', IPV6],
] as const)('the %s special-purpose registry', (family, table) => {
  it.each(table)('judges %s as %s', (address, expected) => {
    const strict = judgeAddress(family, address, STRICT_POLICY);
    expect(strict.ok).toBe(expected === 'public');
    const allowingEverything = judgeAddress(family, address, { allowed: EVERY_RANGE });
    expect(allowingEverything.ok).toBe(expected !== 'never');
    if (expected !== 'public' && expected !== 'never') {
      const allowingOnlyThis = judgeAddress(family, address, { allowed: new Set([expected]) });
      expect(allowingOnlyThis.ok).toBe(true);
    }
    // A fixed record may hold a range a user can allow, never the others.
    expect(checkRecordAddress(family, address) === null).toBe(expected !== 'never');
  });
});

describe('one IPv6 address, one verdict', () => {
  it.each([
    ['::8.8.8.8', '::808:808'],
    ['::ffff:8.8.8.8', '::ffff:808:808'],
    ['2a00:1450::10.1.1.1', '2a00:1450::a01:101'],
    ['2A00:1450:0000:0000:0000:0000:0A01:0101', '2a00:1450::a01:101'],
  ])('writes %s canonically as %s', (text, canonical) => {
    expect(canonicalAddress(text)).toBe(canonical);
  });

  it('says why an address outside 2000::/3 is refused', () => {
    expect(judgeAddress('ipv6', '4000::1', STRICT_POLICY)).toEqual({
      ok: false,
      problem:
        'answered 4000::1, an address outside the global unicast space 2000::/3, which is not a global unicast address',
    });
  });
});

describe('IPv6 text with an embedded IPv4 part', () => {
  it.each(['2a00:1450::010.1.1.1', '2a00:1450::0x1.1.1.1', '::ffff:1.2.3.04', '::1.2.3'])(
    'refuses %s as a syntax error, like the IPv4 check',
    (text) => {
      expect(checkIPv6(text)).toMatch(/IPv4 part|IPv6 address like/);
      expect(judgeAddress('ipv6', text, STRICT_POLICY)).toEqual({
        ok: false,
        problem: `answered "${text}", which is not an IPv6 address`,
      });
      expect(
        FixedAaaaRecordSchema.safeParse({ type: 'AAAA', mode: 'fixed', value: text }).success,
      ).toBe(false);
    },
  );
});

describe('fixed AAAA records', () => {
  it('refuse an address no host can hold, with a message on the value', () => {
    const parsed = FixedAaaaRecordSchema.safeParse({
      type: 'AAAA',
      mode: 'fixed',
      value: 'ff02::1',
    });
    expect(parsed.error?.issues).toEqual([
      expect.objectContaining({
        path: ['value'],
        message: 'A multicast address (ff00::/8) cannot be published in a record.',
      }),
    ]);
  });
});

describe('the interface source', () => {
  it('picks the global address over one outside 2000::/3 listed first', async () => {
    const reader = new FakeInterfaceReader();
    reader.addresses = [
      { interfaceName: 'tun0', family: 'ipv6', address: '4000::5', temporary: false },
      { interfaceName: 'tun1', family: 'ipv6', address: '::808:808', temporary: false },
      { interfaceName: 'eth0', family: 'ipv6', address: '2a00:1450::2', temporary: false },
    ];
    const answer = await createInterfaceSource('ipv6', reader, STRICT_POLICY).ask(
      new AbortController().signal,
    );
    expect(answer).toMatchObject({ outcome: 'address', address: '2a00:1450::2' });
  });
});
