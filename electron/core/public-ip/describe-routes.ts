import type { EngineSettings } from '../../../shared/engine/engine-settings.js';
import type { RouteCheck } from '../../../shared/engine/route-check.js';
import type { Host } from '../../../shared/records/desired-records.js';
import type { AddressFamily } from '../../../shared/validators/dns.js';
import { buildSources, type SourceTransports } from './build-sources.js';
import type { LocalAddress } from './interface-source.js';
import type { FamilyRoute, RoutePicture } from './routes/route-picture.js';
import type { AddressSource } from './source-answer.js';
import { localAddressOf, planForRoute } from './vpn-guard.js';

/**
 * The doctor's route picture: per family the default route, whether it is a tunnel, and where
 * each source asks from (past the VPN, through it, or not at all), as the engine would do it.
 */
export function describeRoutes(
  settings: EngineSettings,
  hosts: readonly Host[],
  picture: RoutePicture,
  addresses: readonly LocalAddress[],
  transports: SourceTransports,
): RouteCheck[] {
  return settings.families.map((family) => {
    const route = picture[family];
    const unreadable = picture.unreadable.includes(family);
    const sources = buildSources(settings, family, transports);
    return {
      family,
      interfaceName: route?.interfaceName ?? null,
      unreadable,
      gateway: route?.gateway ?? null,
      tunnel: route?.tunnel ?? null,
      bindings: [
        ...sources.map((source) => ({
          source: source.name,
          boundTo: unreadable
            ? 'as usual (the routing table could not be read)'
            : bindingOf(source, route, settings, addresses, hosts),
        })),
        ...recordBindings(hosts, family, addresses),
      ],
    };
  });
}

function bindingOf(
  source: AddressSource,
  route: FamilyRoute | null,
  settings: EngineSettings,
  addresses: readonly LocalAddress[],
  hosts: readonly Host[],
): string {
  if (source.kind === 'router') return "the router's WAN address (never through a tunnel)";
  if (source.kind === 'interface') return "this machine's interface addresses";
  const only = hostsNaming(hosts, source.id);
  const scope = only.length > 0 ? `, only for ${only.join(', ')}` : '';
  const plan = planForRoute(route, settings.vpn, addresses);
  if (plan.kind === 'bound') return `${plan.interfaceName} (${plan.localAddress})${scope}`;
  if (plan.kind === 'hold') return `not asked: ${plan.note}`;
  return route ? `default route (${route.interfaceName})${scope}` : `no route${scope}`;
}

/** Records with an interface origin: their echo requests leave from that interface's address. */
function recordBindings(
  hosts: readonly Host[],
  family: AddressFamily,
  addresses: readonly LocalAddress[],
): RouteCheck['bindings'] {
  const type = family === 'ipv4' ? 'A' : 'AAAA';
  return hosts.flatMap((host) =>
    host.records.flatMap((record) => {
      if (record.type !== type || !('from' in record) || record.from?.kind !== 'interface')
        return [];
      const name = record.from.name;
      const local = localAddressOf(addresses, name, family);
      return [
        {
          source: `Echo sources for ${host.label} (${type})`,
          boundTo: local ? `${name} (${local})` : `${name} (no ${family} address on it)`,
        },
      ];
    }),
  );
}

function hostsNaming(hosts: readonly Host[], sourceId: string): string[] {
  return hosts
    .filter((host) =>
      host.records.some(
        (record) =>
          'from' in record && record.from?.kind === 'sources' && record.from.ids.includes(sourceId),
      ),
    )
    .map((host) => host.label);
}
