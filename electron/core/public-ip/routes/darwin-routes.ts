import ipaddr from 'ipaddr.js';
import type { AddressFamily } from '../../../../shared/validators/dns.js';
import type { RouteEntry } from './route-picture.js';

/**
 * `netstat -rn -f inet` / `-f inet6` on macOS. Destinations are abbreviated ("default",
 * "0/1", "128.0/1", "10.8/16", "192.168.1"); routes flagged I are scoped to one interface
 * and never carry general traffic, so they are left out. Earlier rows win ties, as in the
 * kernel's table order.
 */
export function parseNetstatRoutes(text: string, family: AddressFamily): RouteEntry[] {
  const entries: RouteEntry[] = [];
  let order = 0;
  for (const line of text.split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 4 || fields[0] === 'Destination') continue;
    const [destination, gateway, flags, netif] = fields as [string, string, string, string];
    if (!/^[A-Za-z]+$/.test(flags) || !flags.includes('U') || flags.includes('I')) continue;
    const parsed = parseDestination(destination, family);
    if (!parsed) continue;
    entries.push({
      family,
      ...parsed,
      // "link#6", a MAC address or an interface name mean "on the link": no gateway.
      gateway: ipaddr.isValid(gateway.replace(/%.*$/, '')) ? gateway.replace(/%.*$/, '') : null,
      interfaceName: netif,
      metric: order++,
    });
  }
  return entries;
}

function parseDestination(
  text: string,
  family: AddressFamily,
): { network: string; bits: number } | null {
  if (text === 'default') return { network: family === 'ipv4' ? '0.0.0.0' : '::', bits: 0 };
  const [address, bits] = text.replace(/%[^/]*/, '').split('/') as [string, string | undefined];
  if (family === 'ipv6') {
    if (!address.includes(':')) return null;
    return { network: address, bits: bits === undefined ? 128 : Number.parseInt(bits, 10) };
  }
  const octets = address.split('.');
  if (octets.length > 4 || octets.some((octet) => !/^\d{1,3}$/.test(octet))) return null;
  while (octets.length < 4) octets.push('0');
  const given = address.split('.').length;
  return {
    network: octets.join('.'),
    bits: bits === undefined ? given * 8 : Number.parseInt(bits, 10),
  };
}
