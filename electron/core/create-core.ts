import type { ChannelName, ChannelRequest, ChannelResponse } from '../../shared/contract/index.js';
import { CoreEvents } from './core-events.js';
import type { DomainChannel } from './domains-api/domain-handlers.js';
import { createDomainsApi, type DomainsApiDeps } from './domains-api/domains-api.js';
import { systemClock, type AppInfo, type Clock } from './ports.js';
import { HeadlessSecretStore } from './store/headless-secret-store.js';
import { openMemoryStores, type Stores } from './store/open-stores.js';
import { createStoreHandlers } from './store/store-handlers.js';

export interface CoreDeps {
  app: AppInfo;
  clock?: Clock;
  /** Settings, state, history and secrets (openStores); in memory when absent. */
  stores?: Stores;
  /** The Domains window's Freenom account, client and auto-renew store. */
  freenom?: Omit<DomainsApiDeps, 'clock' | 'events' | 'stores'>;
}

/** One handler per contract channel; both shells register exactly these. */
export type CoreHandlers = {
  [K in ChannelName]: (request: ChannelRequest<K>) => Promise<ChannelResponse<K>>;
};

export interface Core {
  handlers: CoreHandlers;
  events: CoreEvents;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createCore(deps: CoreDeps): Core {
  const clock = deps.clock ?? systemClock;
  const events = new CoreEvents();
  const stores = deps.stores ?? openMemoryStores(clock, () => new HeadlessSecretStore({}));
  let heartbeat: unknown;

  const beat = (): void => {
    events.emit('app:heartbeat', { at: new Date(clock.now()).toISOString() });
    heartbeat = clock.setTimeout(beat, 30_000);
  };

  const handlers: CoreHandlers = {
    'app:getVersion': async () => ({ ...deps.app }),
    ...createStoreHandlers(stores, events, clock),
    ...(createDomainsApi({ clock, events, stores, ...deps.freenom }) as unknown as Pick<
      CoreHandlers,
      DomainChannel
    >),
  };

  return {
    handlers,
    events,
    async start() {
      beat();
    },
    async stop() {
      clock.clearTimeout(heartbeat);
    },
  };
}
