import type { ChannelName, ChannelRequest, ChannelResponse } from '../../shared/contract/index.js';
import type { CoreStatus } from '../../shared/engine/core-status.js';
import { CoreEvents } from './core-events.js';
import type { DomainChannel } from './domains/domain-handlers.js';
import type { DomainsApi, DomainsApiDeps } from './domains/domains-api.js';
import { createLazyDomainsApi } from './domains/lazy-domains-api.js';
import { systemClock, type AppInfo, type Clock } from './ports.js';
import { redactOutbound, SETTINGS_DATA } from './outbound-redaction.js';
import { HeadlessSecretStore } from './store/headless-secret-store.js';
import { openMemoryStores, type Stores } from './store/open-stores.js';
import { createStoreHandlers } from './store/store-handlers.js';
import {
  createEngineHandlers,
  NOT_RUNNING,
  type EngineHandlers,
} from './engine/engine-handlers.js';
import type { NetworkEvents } from './engine/change-watcher.js';
import { engineDepsFromStores } from './engine/engine-from-stores.js';
import { IpFollower, type IpFollowerDeps } from './engine/ip-follower.js';
import {
  createMonitoring,
  type Monitoring,
  type MonitoringDeps,
} from './monitoring/create-monitoring.js';
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
  /** Heartbeat, webhooks and diagnostics: the redaction boundary and where hook secrets live. */
  monitoring?: Partial<Pick<MonitoringDeps, 'redact' | 'webhookSecret' | 'send' | 'healthGraceMs'>>;
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
  /**
   * The redaction boundary: a deep copy of `value` without any known secret in any encoding.
   * Handlers' answers and errors and every event already pass through it; anything else that
   * leaves the core (logs, webhooks, diagnostics, metrics) must too.
   */
  redact<T>(value: T): T;
  /** /metrics, /healthz, heartbeats, webhooks and the diagnostics file. */
  monitoring: Monitoring;
  /** Checks what DNS serves for the applied records, when the engine runs. */
  verifier: Verification['verifier'] | null;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createCore(deps: CoreDeps): Core {
  const clock = deps.clock ?? systemClock;
  const stores = deps.stores ?? openMemoryStores(clock, () => new HeadlessSecretStore({}));
  const redact = <T>(value: T): T => redactOutbound(value, stores.secrets.redactor());
  const events = new CoreEvents((event) => (SETTINGS_DATA.has(event.name) ? event : redact(event)));
  const { engine, verification } = createIpFollowing(deps, { clock, stores, events });
  const domains = createLazyDomainsApi({ clock, events, stores, ...deps.freenom });
  // Built once: the windows, the metrics and the diagnostics all see the status DNS checks decorate.
  const engineHandlers: EngineHandlers = (verification?.wrapHandlers ?? ((h: EngineHandlers) => h))(
    createEngineHandlers(engine, clock),
  );
  const monitoring = createMonitoringFor(deps, {
    clock,
    events,
    stores,
    domains,
    redact,
    status: () => currentStatus({ engine, verification }),
    doctor: () => engineHandlers['ip:checkSources'](undefined),
  });
  const handlers: CoreHandlers = redactHandlers(redact, {
    'app:getVersion': async () => ({ ...deps.app }),
    ...createStoreHandlers(stores, events, clock),
    ...(domains.handlers as unknown as Pick<CoreHandlers, DomainChannel>),
    ...engineHandlers,
    ...monitoring.handlers,
  });
  return {
    handlers,
    events,
    engine,
    redact,
    monitoring,
    verifier: verification?.verifier ?? null,
    ...createLifecycle(
      { clock, events, stores, monitoring, domains, engine, verification },
      !deps.engine,
    ),
  };
}

/** What every part of a core shares. */
interface CoreBase {
  clock: Clock;
  stores: Stores;
  events: CoreEvents;
}

interface IpFollowing {
  engine: IpFollower | null;
  verification: Verification | null;
}

/**
 * The follow-the-IP engine and the DNS checks around it, or neither: from `deps.engine`, else
 * from the shell's stores; in-memory cores never reach the network.
 */
function createIpFollowing(deps: CoreDeps, base: CoreBase): IpFollowing {
  const engineDeps: CoreDeps['engine'] | null =
    deps.engine ?? (deps.stores ? engineDepsFromStores(deps.stores, base.clock) : null);
  if (!engineDeps) return { engine: null, verification: null };
  // Each calls the other: the checks ask the engine to sync, the engine reports through the checks.
  const verification = createVerificationFor(deps, base, engineDeps, () => engine);
  const engine = createEngineFor(deps, base, engineDeps, verification);
  return { engine, verification };
}

function createVerificationFor(
  deps: CoreDeps,
  { clock, stores, events }: CoreBase,
  engineDeps: NonNullable<CoreDeps['engine']>,
  engine: () => IpFollower,
): Verification {
  const verification: Verification = createVerification({
    clock,
    random: engineDeps.random,
    config: engineDeps.config,
    applied: engineDeps.applied,
    system: deps.systemDns,
    history: stores.history,
    events,
    requestSync: () => engine().settingsChanged(),
    publish: () => events.emit('status:changed', verification.decorate(engine().status())),
  });
  return verification;
}

function createEngineFor(
  deps: CoreDeps,
  { clock, events }: CoreBase,
  engineDeps: NonNullable<CoreDeps['engine']>,
  verification: Verification,
): IpFollower {
  return new IpFollower({
    ...engineDeps,
    applied: verification.applied,
    networkEvents: engineDeps.networkEvents ?? deps.networkEvents,
    clock,
    onStatus: (status) => events.emit('status:changed', verification.decorate(status)),
    onAddressChanged: (family, address, previous) =>
      events.emit('ip:changed', {
        family,
        address,
        previous,
        at: new Date(clock.now()).toISOString(),
      }),
    onOutcome: (event) => events.emit('sync:outcome', event),
  });
}

/** The engine's status as the windows see it: decorated with the DNS checks. */
function currentStatus({ engine, verification }: IpFollowing): CoreStatus {
  const status = engine?.status() ?? NOT_RUNNING;
  return verification?.decorate(status) ?? status;
}

/**
 * Starts and stops the parts in order. `followSettings`: the engine built from the stores re-reads
 * them on every change (an injected engine brings its own config).
 */
function createLifecycle(
  parts: CoreBase &
    IpFollowing & { monitoring: Monitoring; domains: Pick<DomainsApi, 'start' | 'stop'> },
  followSettings: boolean,
): Pick<Core, 'start' | 'stop'> {
  const { engine, verification, monitoring, domains, stores } = parts;
  const heartbeat = createHeartbeat(parts);
  let stopWatchingSettings = (): void => undefined;
  return {
    async start() {
      monitoring.start();
      heartbeat.start();
      domains.start();
      await engine?.start();
      verification?.verifier.start();
      if (engine && followSettings)
        stopWatchingSettings = stores.settings.onChange(() => {
          engine.settingsChanged();
          verification?.settingsChanged();
        });
    },
    async stop() {
      heartbeat.stop();
      monitoring.stop();
      domains.stop();
      stopWatchingSettings();
      verification?.verifier.stop();
      await engine?.stop();
    },
  };
}

/** app:heartbeat every 30 s while the core runs. */
function createHeartbeat({ clock, events }: Pick<CoreBase, 'clock' | 'events'>): {
  start(): void;
  stop(): void;
} {
  let timer: unknown;
  const beat = (): void => {
    events.emit('app:heartbeat', { at: new Date(clock.now()).toISOString() });
    timer = clock.setTimeout(beat, 30_000);
  };
  return { start: beat, stop: () => clock.clearTimeout(timer) };
}

/**
 * Every answer and every error message of every handler goes through `redact`, once, here
 * (the user's own settings data excepted, see SETTINGS_DATA; its errors are still redacted).
 */
function redactHandlers(redact: <T>(value: T) => T, handlers: CoreHandlers): CoreHandlers {
  const wrapped: Record<string, (request: unknown) => Promise<unknown>> = {};
  for (const [channel, handler] of Object.entries(handlers)) {
    const call = handler as (request: unknown) => Promise<unknown>;
    const answer = SETTINGS_DATA.has(channel) ? <T>(value: T): T => value : redact;
    wrapped[channel] = async (request) => {
      try {
        return answer(await call(request));
      } catch (error) {
        throw redact(error instanceof Error ? error : new Error(String(error)));
      }
    };
  }
  return wrapped as CoreHandlers;
}

function createMonitoringFor(
  deps: CoreDeps,
  parts: Pick<MonitoringDeps, 'clock' | 'events' | 'stores' | 'status' | 'doctor'> & {
    domains: DomainsApi;
    redact: <T>(value: T) => T;
  },
): Monitoring {
  const { clock, events, stores, domains, redact } = parts;
  return createMonitoring({
    app: deps.app,
    clock,
    events,
    stores,
    status: parts.status,
    doctor: parts.doctor,
    // Only with a Freenom account: a core without one never asks Freenom for a list.
    listDomains: async () => {
      if (stores.settings.get().accounts.freenom.length === 0) return [];
      const page = await domains.handlers['domains:list']({
        page: 1,
        pageSize: 1000,
        refresh: false,
      });
      return page.domains.map((domain) => ({ domain: domain.domain, daysLeft: domain.daysLeft }));
    },
    // The one redaction boundary (every encoding of every known secret), unless a test injects one.
    redact: deps.monitoring?.redact ?? ((text) => redact(text)),
    ...(deps.monitoring?.webhookSecret ? { webhookSecret: deps.monitoring.webhookSecret } : {}),
    ...(deps.monitoring?.send ? { send: deps.monitoring.send } : {}),
    ...(deps.monitoring?.healthGraceMs ? { healthGraceMs: deps.monitoring.healthGraceMs } : {}),
  });
}
