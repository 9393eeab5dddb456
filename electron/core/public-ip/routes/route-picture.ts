import ipaddr from 'ipaddr.js';
import type { AddressFamily } from '../../../../shared/validators/dns.js';

/** One row of a routing table, whatever OS printed it. */
export interface RouteEntry {
  family: AddressFamily;
  /** Network address of the destination ("0.0.0.0" with bits 0 for a default route). */
  network: string;
  bits: number;
  gateway: string | null;
  interfaceName: string;
  /** Lower wins among equally specific routes. */
  metric: number;
}

export type TunnelKind = 'wireguard' | 'tun' | 'tap' | 'utun' | 'ipsec' | 'ppp' | 'tunnel' | 'vpn';

/** Where a family's traffic to the internet leaves this machine. */
export interface FamilyRoute {
  family: AddressFamily;
  interfaceName: string;
  gateway: string | null;
  /** Set when the interface is a tunnel (a VPN): echo services then see its exit address. */
  tunnel: TunnelKind | null;
  /** The best route through a physical interface, where one exists beside the tunnel. */
  physical: { interfaceName: string; gateway: string | null } | null;
}

/**
 * null for a family: no route to the internet, unless the family is listed in `unreadable`
 * (its table could not be read, so nothing is known about it).
 */
export type RoutePicture = Record<AddressFamily, FamilyRoute | null> & {
  unreadable: readonly AddressFamily[];
};

/**
 * Whether the machine may reach the internet: a route in either family, or a table that could
 * not be read (an unknown must never silence the checks). False only when both are known empty.
 */
export function hasRouteToInternet(picture: RoutePicture): boolean {
  return Boolean(picture.ipv4 || picture.ipv6) || picture.unreadable.length > 0;
}

/** Reads the route picture from the OS; never throws (a family it cannot read is unreadable). */
export interface RouteReader {
  read(): Promise<RoutePicture>;
}

/** Public addresses whose route stands for "the internet" (split routes such as 0/1 cover them). */
export const PROBE_ADDRESS: Record<AddressFamily, string> = {
  ipv4: '1.1.1.1',
  ipv6: '2606:4700:4700::1111',
};

/** Longest prefix first, then the lowest metric: the route the kernel would take to the probe. */
export function routeToInternet(
  entries: readonly RouteEntry[],
  family: AddressFamily,
  accept: (entry: RouteEntry) => boolean = () => true,
): RouteEntry | null {
  const probe = ipaddr.parse(PROBE_ADDRESS[family]);
  const covering = entries.filter((entry) => {
    if (entry.family !== family || !accept(entry)) return false;
    try {
      return probe.match(ipaddr.parse(entry.network), entry.bits);
    } catch {
      return false;
    }
  });
  covering.sort((a, b) => b.bits - a.bits || a.metric - b.metric);
  return covering[0] ?? null;
}

/** The interface traits an OS tells about; names are the fallback every OS has. */
export interface InterfaceTraits {
  name: string;
  /** Linux /sys/class/net/<if>/type (ARPHRD_*). */
  linuxType?: number;
  /** Linux uevent DEVTYPE ("wireguard"). */
  devtype?: string;
  /** Linux: /sys/class/net/<if>/tun_flags exists (a tun or tap device). */
  tunFlags?: boolean;
  /** Windows adapter InterfaceDescription ("WireGuard Tunnel", "TAP-Windows Adapter V9"). */
  description?: string;
}

const NAME_KINDS: [RegExp, TunnelKind][] = [
  [/^wg/i, 'wireguard'],
  [/^utun/i, 'utun'],
  [/^tun/i, 'tun'],
  [/^tap/i, 'tap'],
  [/^(ipsec|vti|xfrm)/i, 'ipsec'],
  [/^ppp/i, 'ppp'],
  [/^(tailscale|nordlynx|proton|zt|gpd|cscotun)/i, 'vpn'],
];
const DESCRIPTION_KINDS: [RegExp, TunnelKind][] = [
  [/wireguard|wintun/i, 'wireguard'],
  [/tap-windows|openvpn/i, 'tap'],
  [/wan miniport \((ikev2|l2tp|ipsec)\)/i, 'ipsec'],
  [/wan miniport \((pptp|sstp|pppoe)\)|ppp/i, 'ppp'],
  [/vpn|anyconnect|fortinet|globalprotect|pangp|juniper|pulse secure/i, 'vpn'],
];
// include/uapi/linux/if_arp.h
const ARPHRD_PPP = 512;
const ARPHRD_NONE = 65534;
const ARPHRD_TUNNELS = new Set([768, 769, 776, 778, 823]); // ipip, ip6tnl, sit, gre, ip6gre

/** What kind of tunnel an interface is, or null for a physical (or unknown) one. */
export function classifyInterface(traits: InterfaceTraits): TunnelKind | null {
  if (traits.devtype === 'wireguard') return 'wireguard';
  if (traits.linuxType === ARPHRD_PPP) return 'ppp';
  if (traits.linuxType !== undefined && ARPHRD_TUNNELS.has(traits.linuxType)) return 'tunnel';
  if (traits.tunFlags) return traits.linuxType === ARPHRD_NONE ? 'tun' : 'tap';
  for (const [pattern, kind] of DESCRIPTION_KINDS)
    if (traits.description && pattern.test(traits.description)) return kind;
  for (const [pattern, kind] of NAME_KINDS) if (pattern.test(traits.name)) return kind;
  if (traits.linuxType === ARPHRD_NONE) return 'tun';
  return null;
}

/** Builds a family's picture from its table and a way to tell tunnels. */
export function pictureOf(
  entries: readonly RouteEntry[],
  family: AddressFamily,
  tunnelOf: (interfaceName: string) => TunnelKind | null,
  chosen: RouteEntry | null = routeToInternet(entries, family),
): FamilyRoute | null {
  if (!chosen) return null;
  const tunnel = tunnelOf(chosen.interfaceName);
  const physical = tunnel
    ? routeToInternet(entries, family, (entry) => tunnelOf(entry.interfaceName) === null)
    : chosen;
  return {
    family,
    interfaceName: chosen.interfaceName,
    gateway: chosen.gateway,
    tunnel,
    physical: physical
      ? { interfaceName: physical.interfaceName, gateway: physical.gateway }
      : null,
  };
}
