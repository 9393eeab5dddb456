import type { VpnSettings } from '../../../shared/engine/engine-settings.js';
import type { AddressFamily } from '../../../shared/validators/dns.js';
import type { LocalAddress } from './interface-source.js';
import type { FamilyRoute } from './routes/route-picture.js';

/**
 * What a detection does about the route: ask as usual, ask the echo services from the physical
 * interface's address, or hold (ask only the router and interfaces, which see the real WAN).
 */
export type VpnPlan =
  | { kind: 'normal'; note: string | null }
  | { kind: 'bound'; interfaceName: string; localAddress: string; note: string }
  | { kind: 'hold'; note: string };

export function planForRoute(
  route: FamilyRoute | null,
  settings: VpnSettings,
  addresses: readonly LocalAddress[],
): VpnPlan {
  if (!route?.tunnel) return { kind: 'normal', note: null };
  const tunnel = route.interfaceName;
  if (settings.allowInterfaces.includes(tunnel))
    return {
      kind: 'normal',
      note: `VPN active (${tunnel}): allowed in Settings, published as seen`,
    };
  const hold = `VPN active (${tunnel}): not publishing the VPN's address`;
  if (settings.echo !== 'bindPhysical') return { kind: 'hold', note: hold };
  const physical = route.physical?.interfaceName;
  const localAddress = physical ? localAddressOf(addresses, physical, route.family) : null;
  if (!physical || !localAddress)
    return { kind: 'hold', note: `${hold} (no physical interface to ask from)` };
  return {
    kind: 'bound',
    interfaceName: physical,
    localAddress,
    note: `VPN active (${tunnel}): echo services asked from ${physical} (${localAddress})`,
  };
}

/** The address to bind to on an interface: a stable one first, never link-local. */
export function localAddressOf(
  addresses: readonly LocalAddress[],
  interfaceName: string,
  family: AddressFamily,
): string | null {
  const usable = addresses
    .filter(
      (entry) =>
        entry.interfaceName === interfaceName &&
        entry.family === family &&
        !/^fe80:/i.test(entry.address) &&
        !entry.address.startsWith('169.254.'),
    )
    .sort((a, b) => Number(a.temporary) - Number(b.temporary));
  return usable[0]?.address ?? null;
}
