import type { AddressFamily } from '../validators/dns.js';

/** "IPv4" / "IPv6", as people read a family in messages, menus and windows. */
export function familyLabel(family: AddressFamily): 'IPv4' | 'IPv6' {
  return family === 'ipv4' ? 'IPv4' : 'IPv6';
}

/** The family an address record holds: A is IPv4, AAAA is IPv6. */
export function familyOfRecord(type: 'A' | 'AAAA'): AddressFamily {
  return type === 'A' ? 'ipv4' : 'ipv6';
}
