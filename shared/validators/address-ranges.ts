import ipaddr from 'ipaddr.js';
import { parseAddress, type AddressFamily, type Problem } from './dns.js';

/**
 * Which addresses may be published, decided once for every user of an address: echo answers,
 * the interface and router sources, and fixed A/AAAA records. The table follows the IANA IPv4
 * and IPv6 Special-Purpose Address Registries (RFC 6890 and updates).
 */

/** Special ranges a user may choose to allow (a lab, the emulators, a LAN-only record). */
export type SpecialRange = 'private' | 'cgnat' | 'loopback' | 'linkLocal' | 'documentation';

export interface SpecialBlock {
  cidr: string;
  /** What the block is, written to follow "answered X, ". */
  name: string;
  /** Set when the user may allow the block; other blocks are never a host's public address. */
  range?: SpecialRange;
}

// First match wins, so narrower blocks come before the blocks that contain them.
const IPV4_BLOCKS: SpecialBlock[] = [
  { cidr: '0.0.0.0/8', name: 'a "this network" address (0.0.0.0/8)' },
  { cidr: '10.0.0.0/8', name: 'a private address', range: 'private' },
  { cidr: '100.64.0.0/10', name: 'a carrier-grade NAT address (100.64.0.0/10)', range: 'cgnat' },
  { cidr: '127.0.0.0/8', name: 'a loopback address', range: 'loopback' },
  { cidr: '169.254.0.0/16', name: 'a link-local address', range: 'linkLocal' },
  { cidr: '172.16.0.0/12', name: 'a private address', range: 'private' },
  { cidr: '192.0.0.0/24', name: 'an IETF protocol assignment (192.0.0.0/24)' },
  { cidr: '192.0.2.0/24', name: 'a documentation address', range: 'documentation' },
  { cidr: '192.31.196.0/24', name: 'an AS112 anycast address (192.31.196.0/24)' },
  { cidr: '192.52.193.0/24', name: 'an AMT anycast address (192.52.193.0/24)' },
  { cidr: '192.88.99.0/24', name: 'a deprecated 6to4 relay address (192.88.99.0/24)' },
  { cidr: '192.168.0.0/16', name: 'a private address', range: 'private' },
  { cidr: '192.175.48.0/24', name: 'an AS112 anycast address (192.175.48.0/24)' },
  { cidr: '198.18.0.0/15', name: 'a benchmarking address (198.18.0.0/15)' },
  { cidr: '198.51.100.0/24', name: 'a documentation address', range: 'documentation' },
  { cidr: '203.0.113.0/24', name: 'a documentation address', range: 'documentation' },
  { cidr: '224.0.0.0/4', name: 'a multicast address (224.0.0.0/4)' },
  { cidr: '255.255.255.255/32', name: 'the broadcast address' },
  { cidr: '240.0.0.0/4', name: 'a reserved address (240.0.0.0/4)' },
];

// Only 2000::/3 is global unicast space; everything outside it that is not named here falls
// to the catch-all below. 2001::/23 (IETF protocol assignments) holds anycast services, ORCHID
// identifiers and benchmarking, never a computer's own address. 6to4 is refused too: it is
// deprecated (RFC 7526), depends on public relays, and only repeats the IPv4 address.
const IPV6_BLOCKS: SpecialBlock[] = [
  { cidr: '::1/128', name: 'a loopback address', range: 'loopback' },
  { cidr: '::/128', name: 'the unspecified address (::)' },
  { cidr: '::ffff:0:0/96', name: 'an IPv4-mapped address (::ffff:0:0/96)' },
  { cidr: '::/96', name: 'an IPv4-compatible address (::/96, deprecated)' },
  { cidr: '64:ff9b::/96', name: 'a NAT64 translation address (64:ff9b::/96)' },
  { cidr: '64:ff9b:1::/48', name: 'a local-use NAT64 address (64:ff9b:1::/48)' },
  { cidr: '100::/64', name: 'a discard-only address (100::/64)' },
  { cidr: '100:0:0:1::/64', name: 'a dummy-prefix address (100:0:0:1::/64)' },
  { cidr: '2001::/32', name: 'a Teredo address (2001::/32)' },
  { cidr: '2001:2::/48', name: 'a benchmarking address (2001:2::/48)' },
  { cidr: '2001:10::/28', name: 'an ORCHID identifier (2001:10::/28)' },
  { cidr: '2001:20::/28', name: 'an ORCHIDv2 identifier (2001:20::/28)' },
  { cidr: '2001::/23', name: 'an IETF protocol assignment (2001::/23)' },
  { cidr: '2001:db8::/32', name: 'a documentation address', range: 'documentation' },
  { cidr: '2002::/16', name: 'a 6to4 address (2002::/16)' },
  { cidr: '2620:4f:8000::/48', name: 'an AS112 anycast address (2620:4f:8000::/48)' },
  { cidr: '3fff::/20', name: 'a documentation address', range: 'documentation' },
  { cidr: 'fc00::/7', name: 'a private address', range: 'private' },
  { cidr: 'fe80::/10', name: 'a link-local address', range: 'linkLocal' },
  { cidr: 'ff00::/8', name: 'a multicast address (ff00::/8)' },
];
const OUTSIDE_GLOBAL_UNICAST: SpecialBlock = {
  cidr: '::/0',
  name: 'an address outside the global unicast space 2000::/3',
};

type Parsed = ipaddr.IPv4 | ipaddr.IPv6;
const compile = (blocks: SpecialBlock[]) =>
  blocks.map((block) => ({ block, net: ipaddr.parseCIDR(block.cidr) }));
const TABLE = { ipv4: compile(IPV4_BLOCKS), ipv6: compile(IPV6_BLOCKS) };
const GLOBAL_UNICAST = ipaddr.parseCIDR('2000::/3');

/** The special-purpose block an address lies in, or null when it is a publishable address. */
export function findSpecialBlock(family: AddressFamily, address: Parsed): SpecialBlock | null {
  for (const { block, net } of TABLE[family]) {
    if (address.kind() === net[0].kind() && address.match(net)) return block;
  }
  if (family === 'ipv6' && !address.match(GLOBAL_UNICAST)) return OUTSIDE_GLOBAL_UNICAST;
  return null;
}

/**
 * A fixed A or AAAA value the user typed: valid syntax and an address a host can hold. The
 * special ranges a user may allow are accepted here, since typing one is a deliberate choice.
 */
export function checkRecordAddress(family: AddressFamily, value: string): Problem {
  const parsed = parseAddress(family, value);
  if (typeof parsed === 'string') return parsed;
  const block = findSpecialBlock(family, parsed);
  if (block && !block.range) return `${capitalise(block.name)} cannot be published in a record.`;
  return null;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
