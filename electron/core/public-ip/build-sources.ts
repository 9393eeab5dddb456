import type { Dispatcher } from 'undici';
import type { EngineSettings } from '../../../shared/engine/engine-settings.js';
import type { AddressFamily } from '../../../shared/validators/dns.js';
import type { AddressPolicy } from './address-policy.js';
import { DEFAULT_ECHO_SOURCES } from './default-sources.js';
import { createEchoSource } from './echo-source.js';
import { createInterfaceSource, type InterfaceReader } from './interface-source.js';
import { createRouterSource, type RouterWanReader } from './router-source.js';
import type { AddressSource } from './source-answer.js';

export function policyOf(settings: EngineSettings): AddressPolicy {
  return { allowed: new Set(settings.allowedRanges) };
}

export interface SourceTransports {
  dispatchers: Record<AddressFamily, Dispatcher>;
  interfaces: InterfaceReader;
  router: RouterWanReader | null;
  /** A dispatcher whose sockets leave from one local address (a WAN link, past a VPN). */
  bound?: (family: AddressFamily, localAddress: string) => Dispatcher;
}

/** Narrows the sources a detection asks: per-record origins and the VPN guard use it. */
export interface SourceSelection {
  /** Only these source ids. */
  only?: ReadonlySet<string>;
  /** Never these (sources some record keeps for itself). */
  exclude?: ReadonlySet<string>;
  /** Echo requests go through this dispatcher instead of the family's own. */
  dispatcher?: Dispatcher;
  /** false: no echo services at all (a VPN would answer for them). */
  echo?: boolean;
  /** false: neither the interfaces nor the router (they describe the main link). */
  local?: boolean;
}

/** Every enabled source of one family, as the settings describe them, narrowed by `select`. */
export function buildSources(
  settings: EngineSettings,
  family: AddressFamily,
  transports: SourceTransports,
  select: SourceSelection = {},
): AddressSource[] {
  const all = buildAllSources(settings, family, transports, select);
  return all.filter(
    (source) =>
      (!select.only || select.only.has(source.id)) &&
      !select.exclude?.has(source.id) &&
      (select.echo !== false || source.kind !== 'echo') &&
      (select.local !== false || source.kind === 'echo'),
  );
}

function buildAllSources(
  settings: EngineSettings,
  family: AddressFamily,
  transports: SourceTransports,
  select: SourceSelection,
): AddressSource[] {
  const policy = policyOf(settings);
  const echo = (settings.sources ?? DEFAULT_ECHO_SOURCES)
    .filter((source) => source.enabled && source.family === family)
    .map((source) =>
      createEchoSource(source, {
        dispatcher: select.dispatcher ?? transports.dispatchers[family],
        policy,
        timeoutMs: settings.timeoutMs,
      }),
    );
  const local = settings.useInterfaces
    ? [createInterfaceSource(family, transports.interfaces, policy)]
    : [];
  const router =
    family === 'ipv4' && transports.router ? [createRouterSource(transports.router, policy)] : [];
  return [...echo, ...local, ...router];
}
