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
}

/** Every enabled source of one family, as the settings describe them. */
export function buildSources(
  settings: EngineSettings,
  family: AddressFamily,
  transports: SourceTransports,
): AddressSource[] {
  const policy = policyOf(settings);
  const echo = (settings.sources ?? DEFAULT_ECHO_SOURCES)
    .filter((source) => source.enabled && source.family === family)
    .map((source) =>
      createEchoSource(source, {
        dispatcher: transports.dispatchers[family],
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
