import type { AddressFrom } from '../../../shared/records/address-from.js';
import { reservedSourceIds } from '../../../shared/records/check-address-from.js';
import type { AddressFamily } from '../../../shared/validators/dns.js';
import type { EngineConfig } from '../engine/engine-config.js';
import { label } from './address-policy.js';
import { buildSources, type SourceTransports } from './build-sources.js';
import type { Detection } from './detect-address.js';
import { detectFamily } from './detect-family.js';
import type { LocalAddress } from './interface-source.js';
import type { FamilyRoute } from './routes/route-picture.js';
import { localAddressOf, planForRoute } from './vpn-guard.js';

export interface OriginDetection {
  detection: Detection;
  /** What the VPN guard did, in words ("VPN active (wg0): not publishing..."); null: no VPN. */
  vpn: string | null;
  /** Where the echo requests left from, when bound ("eth1 (192.0.2.2)"). */
  boundTo: string | null;
}

/**
 * One family's detection for one origin. Public and named sources obey the VPN guard; an
 * interface origin binds every echo request to that interface's local address.
 */
export async function detectFrom(
  config: EngineConfig,
  family: AddressFamily,
  from: AddressFrom,
  transports: SourceTransports,
  route: FamilyRoute | null,
  signal: AbortSignal,
): Promise<OriginDetection> {
  const addresses = await transports.interfaces.list().catch((): LocalAddress[] => []);
  const reserved = reservedSourceIds(config.hosts);
  if (from.kind === 'interface')
    return detectOnInterface(config, family, from.name, transports, addresses, signal);
  const scope = from.kind === 'sources' ? { only: new Set(from.ids) } : { exclude: reserved };
  const plan = planForRoute(route, config.engine.vpn, addresses);
  if (plan.kind === 'normal')
    return {
      detection: await detectFamily(config, family, transports, signal, scope),
      vpn: plan.note,
      boundTo: null,
    };
  if (plan.kind === 'bound' && transports.bound)
    return {
      detection: await detectFamily(config, family, transports, signal, {
        ...scope,
        dispatcher: transports.bound(family, plan.localAddress),
      }),
      vpn: plan.note,
      boundTo: `${plan.interfaceName} (${plan.localAddress})`,
    };
  return {
    detection: await holdBehindVpn(config, family, transports, signal, scope, plan.note),
    vpn: plan.note,
    boundTo: null,
  };
}

/** Only the router and the interfaces are asked; they see the real WAN and stay trusted. */
async function holdBehindVpn(
  config: EngineConfig,
  family: AddressFamily,
  transports: SourceTransports,
  signal: AbortSignal,
  scope: { only?: Set<string>; exclude?: Set<string> },
  note: string,
): Promise<Detection> {
  const local = buildSources(config.engine, family, transports, { ...scope, echo: false });
  if (local.length === 0) return { family, state: 'unknown', reason: note, answers: [] };
  const detection = await detectFamily(config, family, transports, signal, {
    ...scope,
    echo: false,
    // The router and interfaces are trusted: one of them is enough, and any two that differ
    // still leave the address unknown.
    agreement: 1,
  });
  // "Absent" from local sources alone proves nothing about the WAN: never let it delete.
  return detection.state === 'known'
    ? detection
    : { family, state: 'unknown', reason: note, answers: detection.answers };
}

async function detectOnInterface(
  config: EngineConfig,
  family: AddressFamily,
  name: string,
  transports: SourceTransports,
  addresses: readonly LocalAddress[],
  signal: AbortSignal,
): Promise<OriginDetection> {
  const localAddress = localAddressOf(addresses, name, family);
  if (!localAddress || !transports.bound)
    return {
      detection: {
        family,
        state: 'unknown',
        reason: `interface ${name} has no ${label(family)} address to ask from`,
        answers: [],
      },
      vpn: null,
      boundTo: null,
    };
  const detection = await detectFamily(config, family, transports, signal, {
    exclude: reservedSourceIds(config.hosts),
    dispatcher: transports.bound(family, localAddress),
    local: false,
  });
  return { detection, vpn: null, boundTo: `${name} (${localAddress})` };
}
