import { DOMAIN_CHANNEL_NAMES } from '../../../shared/contract/domain-names.js';
import type { DomainHandlers } from './domain-handlers.js';
import type { DomainsApi, DomainsApiDeps } from './domains-api.js';

export type LoadDomainsApi = () => Promise<(deps: DomainsApiDeps) => DomainsApi>;

const loadDomainsModule: LoadDomainsApi = async () =>
  (await import('./domains-api.js')).createDomainsApi;

/**
 * The Domains window's code (Freenom client, XML parser, auto-renew and reminders) loaded only
 * once a profile uses it: at start when a Freenom account exists, when one is added, or at the
 * first domain channel called. A profile that only follows its IP never loads it (issue 16).
 */
export function createLazyDomainsApi(
  deps: DomainsApiDeps,
  load: LoadDomainsApi = loadDomainsModule,
): DomainsApi {
  let api: Promise<DomainsApi> | null = null;
  let started = false;
  let stopWatching = (): void => undefined;
  const loaded = (): Promise<DomainsApi> =>
    (api ??= load().then((create) => {
      const real = create(deps);
      if (started) real.start();
      return real;
    }));
  const hasAccount = (): boolean => deps.stores.settings.get().accounts.freenom.length > 0;
  // A failed load is a broken build: the next domain channel call reports it.
  const loadIfUsed = (): void => {
    if (hasAccount()) void loaded().catch(() => undefined);
  };
  const handlers = Object.fromEntries(
    DOMAIN_CHANNEL_NAMES.map((name) => [
      name,
      async (request: never) => {
        const call = (await loaded()).handlers[name] as (request: never) => Promise<unknown>;
        return call(request);
      },
    ]),
  ) as unknown as DomainHandlers;
  return {
    handlers,
    start() {
      started = true;
      loadIfUsed();
      stopWatching = deps.stores.settings.onChange(loadIfUsed);
    },
    stop() {
      started = false;
      stopWatching();
      void api?.then((real) => real.stop()).catch(() => undefined);
    },
    runCare: async () => (await loaded()).runCare(),
  };
}
