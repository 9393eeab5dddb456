import type { ChannelName, ChannelRequest, ChannelResponse } from '../../shared/contract/index.js';
import { CoreEvents } from './core-events.js';
import type { DomainChannel } from './domains-api/domain-handlers.js';
import { createDomainsApi, type DomainsApiDeps } from './domains-api/domains-api.js';
import { systemClock, type AppInfo, type Clock } from './ports.js';
import { HeadlessSecretStore } from './store/headless-secret-store.js';
import { openMemoryStores, type Stores } from './store/open-stores.js';
import { createStoreHandlers } from './store/store-handlers.js';
import { createEngineHandlers, type EngineHandlers } from './scheduling/engine-handlers.js';
import type { NetworkEvents } from './scheduling/change-watcher.js';
import { engineDepsFromStores } from './scheduling/engine-from-stores.js';
import { IpFollower, type IpFollowerDeps } from './scheduling/ip-follower.js';
import { createVerification, type Verification } from './verify/create-verification.js';

export interface CoreDeps {
  app: AppInfo;
  clock?: Clock;
  /** Settings, state, history and secrets (openStores); in memory when absent. */
  stores?: Stores;
  /** The Domains window's Freenom account, client and auto-renew store. */
  freenom?: Omit<DomainsApiDeps, 'clock' | 'events' | 'stores'>;
  /**
   * The follow-the-IP engine's ports. When absent and the shell passed `stores`, the engine runs
   * from those (settings, secrets, history; its ledger and applied files in the same folder).
   * With neither, the engine does not run: in-memory cores never reach the network.
   */
  engine?: Omit<IpFollowerDeps, 'clock' | 'onStatus' | 'onAddressChanged' | 'onOutcome'>;
  /** Resume, unlock and online events from the shell (Electron powerMonitor / net). */
  networkEvents?: NetworkEvents;
  /** The system resolver for the zone's NS lookup (tests pass one that fails loudly). */
  systemDns?: Verification['systemDns'];
}

/** One handler per contract channel; both shells register exactly these. */
export type CoreHandlers = {
  [K in ChannelName]: (request: ChannelRequest<K>) => Promise<ChannelResponse<K>>;
};

export interface Core {
  handlers: CoreHandlers;
  events: CoreEvents;
  /** The follow-the-IP engine, when configured (tests wait on `engine.idle()`). */
  engine: IpFollower | null;
  /** Checks what DNS serves for the applied records (issue 17), when the engine runs. */
  verifier: Verification['verifier'] | null;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createCore(deps: CoreDeps): Core {
  const clock = deps.clock ?? systemClock;
  const events = new CoreEvents();
  const stores = deps.stores ?? openMemoryStores(clock, () => new HeadlessSecretStore({}));
  let heartbeat: unknown;
  let stopWatchingSettings = (): void => undefined;
  const engineDeps: CoreDeps['engine'] | null =
    deps.engine ?? (deps.stores ? engineDepsFromStores(deps.stores, clock) : null);
  const verification: Verification | null = engineDeps
    ? createVerification({
        clock,
        random: engineDeps.random,
        config: engineDeps.config,
        applied: engineDeps.applied,
        system: deps.systemDns,
        history: stores.history,
        events,
        requestSync: () => engine?.settingsChanged(),
        publish: () => {
          if (engine && verification)
            events.emit('status:changed', verification.decorate(engine.status()));
        },
      })
    : null;
  const engine: IpFollower | null = engineDeps
    ? new IpFollower({
        ...engineDeps,
        applied: verification?.applied ?? engineDeps.applied,
        networkEvents: engineDeps.networkEvents ?? deps.networkEvents,
        clock,
        onStatus: (status) =>
          events.emit('status:changed', verification?.decorate(status) ?? status),
        onAddressChanged: (family, address, previous) =>
          events.emit('ip:changed', {
            family,
            address,
            previous,
            at: new Date(clock.now()).toISOString(),
          }),
        onOutcome: (event) => events.emit('sync:outcome', event),
      })
    : null;

  const beat = (): void => {
    events.emit('app:heartbeat', { at: new Date(clock.now()).toISOString() });
    heartbeat = clock.setTimeout(beat, 30_000);
  };

  const domains = createDomainsApi({ clock, events, stores, ...deps.freenom });
  const handlers: CoreHandlers = {
    'app:getVersion': async () => ({ ...deps.app }),
    ...createStoreHandlers(stores, events, clock),
    ...(domains.handlers as unknown as Pick<CoreHandlers, DomainChannel>),
    ...((verification?.wrapHandlers ?? ((h: EngineHandlers) => h))(
      createEngineHandlers(engine, clock),
    ) satisfies EngineHandlers),
  };

  return {
    handlers,
    events,
    engine,
    verifier: verification?.verifier ?? null,
    async start() {
      beat();
      domains.start();
      await engine?.start();
      verification?.verifier.start();
      if (engine && !deps.engine)
        stopWatchingSettings = stores.settings.onChange(() => {
          engine.settingsChanged();
          verification?.settingsChanged();
        });
    },
    async stop() {
      clock.clearTimeout(heartbeat);
      domains.stop();
      stopWatchingSettings();
      verification?.verifier.stop();
      await engine?.stop();
    },
  };
}
