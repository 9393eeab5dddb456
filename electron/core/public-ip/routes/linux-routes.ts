import ipaddr from 'ipaddr.js';
import type { AddressFamily } from '../../../../shared/validators/dns.js';
import type { InterfaceTraits, RouteEntry } from './route-picture.js';

const RTF_UP = 0x1;
const RTF_REJECT = 0x200;

/** /proc/net/route: hex fields, IPv4 addresses in the kernel's (little-endian) byte order. */
export function parseProcNetRoute(text: string): RouteEntry[] {
  const entries: RouteEntry[] = [];
  for (const line of text.split('\n').slice(1)) {
    const [iface, destination, gateway, flags, , , metric, mask] = line.trim().split(/\s+/);
    if (!iface || !destination || !gateway || !flags || !metric || !mask) continue;
    const flagBits = Number.parseInt(flags, 16);
    if (!(flagBits & RTF_UP) || flagBits & RTF_REJECT) continue;
    const gatewayAddress = hexToIpv4(gateway);
    entries.push({
      family: 'ipv4',
      network: hexToIpv4(destination),
      bits: countBits(Number.parseInt(mask, 16)),
      gateway: gatewayAddress === '0.0.0.0' ? null : gatewayAddress,
      interfaceName: iface,
      metric: Number.parseInt(metric, 10),
    });
  }
  return entries;
}

/** /proc/net/ipv6_route: dest, dest_len, src, src_len, next hop, metric, refcnt, use, flags, if. */
export function parseProcIpv6Route(text: string): RouteEntry[] {
  const entries: RouteEntry[] = [];
  for (const line of text.split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 10) continue;
    const [destination, bits, , , nextHop, metric, , , flags, iface] = fields as string[];
    const flagBits = Number.parseInt(flags!, 16);
    if (!(flagBits & RTF_UP) || flagBits & RTF_REJECT || iface === 'lo') continue;
    const gateway = hexToIpv6(nextHop!);
    entries.push({
      family: 'ipv6',
      network: hexToIpv6(destination!),
      bits: Number.parseInt(bits!, 16),
      gateway: gateway === '::' ? null : gateway,
      interfaceName: iface!,
      metric: Number.parseInt(metric!, 16),
    });
  }
  return entries;
}

/**
 * `ip -j route get <address>`: the route the kernel really takes, policy rules included
 * (wg-quick leaves the main table alone and routes everything through its own table).
 */
export function parseIpRouteGet(text: string, family: AddressFamily): RouteEntry | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  const first = Array.isArray(parsed) ? (parsed[0] as Record<string, unknown> | undefined) : null;
  if (!first || typeof first.dev !== 'string') return null;
  return {
    family,
    network: family === 'ipv4' ? '0.0.0.0' : '::',
    bits: 0,
    gateway: typeof first.gateway === 'string' ? first.gateway : null,
    interfaceName: first.dev,
    metric: 0,
  };
}

/** The sysfs facts about one interface: `type`, uevent's DEVTYPE and whether tun_flags exists. */
export function parseSysfsTraits(
  name: string,
  files: { type?: string | null; uevent?: string | null; tunFlags?: string | null },
): InterfaceTraits {
  const type = files.type ? Number.parseInt(files.type.trim(), 10) : Number.NaN;
  const devtype = /^DEVTYPE=(.+)$/m.exec(files.uevent ?? '')?.[1]?.trim();
  return {
    name,
    ...(Number.isFinite(type) ? { linuxType: type } : {}),
    ...(devtype ? { devtype } : {}),
    ...(files.tunFlags != null ? { tunFlags: true } : {}),
  };
}

function hexToIpv4(hex: string): string {
  const value = Number.parseInt(hex, 16) >>> 0;
  return [value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, value >>> 24].join('.');
}

function hexToIpv6(hex: string): string {
  const groups = hex.match(/.{4}/g) ?? [];
  return ipaddr.parse(groups.join(':')).toString();
}

function countBits(mask: number): number {
  let bits = 0;
  for (let value = mask >>> 0; value; value >>>= 1) bits += value & 1;
  return bits;
}
