import type { Dispatcher } from 'undici';
import type { CoreStatus, SourceCheck } from '../../../shared/engine/core-status.js';
import type { OutcomeEvent } from '../../../shared/engine/record-outcome.js';
import { DAILY_UPDATE_LIMIT, type Host } from '../../../shared/records/desired-records.js';
import type { AddressFamily } from '../../../shared/validators/dns.js';
import { RequestBudget, type BudgetLedgerStore } from '../budget/request-budget.js';
import { StabilityGate } from '../budget/stability-gate.js';
import type { Clock } from '../ports.js';
import type { Detection } from '../public-ip/detect-address.js';
import type { InterfaceReader } from '../public-ip/interface-source.js';
import type { RouterWanReader } from '../public-ip/router-source.js';
import { syncHosts } from '../sync/sync-hosts.js';
import type { AppliedHost, AppliedRecordStore, HistorySink } from '../sync/sync-ports.js';
import { ChangeWatcher, type NetworkEvents } from './change-watcher.js';
import { CycleScheduler, type CycleResult, type Trigger } from './cycle-scheduler.js';
import {
  followedFamilies,
  type EngineConfig,
  type EngineConfigSource,
  type PasswordSource,
} from './engine-config.js';
import { detectFrom } from '../public-ip/detect-from.js';
import { systemRouteReader } from '../public-ip/routes/system-route-reader.js';
import {
  hasRouteToInternet,
  type RoutePicture,
  type RouteReader,
} from '../public-ip/routes/route-picture.js';
import { PUBLIC_FROM } from '../../../shared/records/address-from.js';
import { buildCoreStatus, type StatusInput } from './engine-status.js';
import { OriginDetections } from './origin-detections.js';
import {
  OutcomeMemory,
  pausedOutcomes,
  redactOutcome,
  unreadableLedgerOutcomes,
} from './outcome-memory.js';
import { runSourceDoctor } from '../public-ip/source-doctor.js';
import { SourceTransportKeeper } from '../public-ip/source-transports.js';
import { createAccountWriters } from './account-writers.js';
import { MultiWanHold, publishedAddress } from './multi-wan-hold.js';
import { NetworkQuiet } from './network-quiet.js';

/** A router event may come with a NAT-PMP announcement of the same change: one cycle for both. */
const PUSHED_DELAY_MS = 50;

export interface IpFollowerDeps {
  clock: Clock;
  random?: () => number;
  config: EngineConfigSource;
  passwords: PasswordSource;
  ledger: BudgetLedgerStore;
  applied: AppliedRecordStore;
  history: HistorySink;
  networkEvents?: NetworkEvents;
  interfaces?: InterfaceReader;
  /** Replaces the router reader the settings describe (tests, or a shell that knows better). */
  router?: RouterWanReader | null;
  /**
   * Where each family's internet traffic leaves (VPN awareness) and whether there is a route at
   * all (no route in either family: checks wait); the OS's tables otherwise.
   */
  routes?: RouteReader;
  /** undici dispatcher for freedns.io requests (tests may pin it); the global one otherwise. */
  freednsDispatcher?: Dispatcher;
  onStatus(status: CoreStatus): void;
  onAddressChanged(family: AddressFamily, address: string, previous: string | null): void;
  onOutcome(event: OutcomeEvent): void;
  /** Removes known secrets from server messages before they reach status, events or history. */
  redact?: (text: string) => string;
  /** How long bursts of triggers are collected into one cycle. */
  debounceMs?: number;
  /** How soon a changed address is checked again to confirm it. */
  confirmMs?: number;
}

/**
 * The follow-the-IP engine: on each trigger, detect the address of every family by agreement,
 * then bring every host's records to it within the budgets, and report what happened.
 */
export class IpFollower {
  readonly #gate = new StabilityGate();
  readonly #transports: SourceTransportKeeper;
  readonly #detections: StatusInput['detections'] = {};
  readonly #origins = new OriginDetections();
  readonly #routes: RouteReader;
  readonly #outcomes = new OutcomeMemory();
  /** The last agreed address of each family, carried over restarts through the history. */
  readonly #lastKnown: Partial<Record<AddressFamily, string | null>> = {};
  readonly #applied = new Map<string, AppliedHost>();
  #config: EngineConfig | null = null;
  #scheduler: CycleScheduler | null = null;
  #watcher: ChangeWatcher | null = null;
  #unsubscribe: (() => void) | null = null;
  /** Set while the user paused updates; `until` null means until resumed. */
  #paused: { until: number | null } | null = null;
  #pauseTimer: unknown = null;
  #working = false;
  /** Aborted on stop: questions still open to slow sources end at once. */
  #shutdown = new AbortController();
  #budgetView = { requestsInLastHour: 0, updatesToday: new Map<string, number>() };
  readonly #hold = new MultiWanHold(
    () => (this.#config?.engine.multiWanWindowMinutes ?? 0) * 60_000,
  );

  readonly #quiet: NetworkQuiet;

  constructor(private readonly deps: IpFollowerDeps) {
    this.#routes = deps.routes ?? systemRouteReader;
    const routes = this.#routes;
    this.#quiet = new NetworkQuiet(deps.clock, async () => hasRouteToInternet(await routes.read()));
    this.#transports = new SourceTransportKeeper(deps.clock, deps.interfaces, deps.router);
  }

  async start(): Promise<void> {
    this.#shutdown = new AbortController();
    const config = await this.deps.config.load();
    this.#config = config;
    await this.#loadLastKnown();
    const clock = this.deps.clock;
    this.#scheduler = new CycleScheduler({
      clock,
      random: this.deps.random ?? Math.random,
      pollMs: () => (this.#config ?? config).engine.pollSeconds * 1000,
      debounceMs: this.deps.debounceMs ?? 1_000,
      confirmMs: this.deps.confirmMs ?? 15_000,
      runCycle: (triggers) => this.#cycle(triggers),
    });
    this.#watcher = new ChangeWatcher(
      clock,
      config.engine.watchSeconds * 1000,
      this.#transports.signals(() => this.#config ?? config),
      // The router telling of a change itself needs no debounce: check (almost) at once.
      (trigger, pushed) => this.#scheduler?.trigger(trigger, pushed ? PUSHED_DELAY_MS : undefined),
    );
    this.#unsubscribe =
      this.deps.networkEvents?.subscribe((event) => {
        this.#quiet.observe(event);
        if (event !== 'offline') this.#scheduler?.trigger(event);
      }) ?? null;
    this.#scheduler.start();
    this.#watcher.start();
  }

  async stop(): Promise<void> {
    this.#shutdown.abort();
    this.#unsubscribe?.();
    if (this.#pauseTimer !== null) this.deps.clock.clearTimeout(this.#pauseTimer);
    await this.#watcher?.stop();
    await this.#scheduler?.stop();
    await this.#transports.close();
  }

  /** "Update now" (all hosts; the plan skips what already matches) without waiting for the poll. */
  updateNow(): void {
    this.#scheduler?.trigger('update-now', 0);
  }

  /** Settings were saved: look again soon with the new settings. */
  settingsChanged(): void {
    this.#scheduler?.trigger('settings');
  }

  /** Resolves when no cycle is running (tests; graceful shutdown). */
  idle(): Promise<void> {
    return this.#scheduler?.idle() ?? Promise.resolve();
  }

  pause(untilMs: number | null): void {
    this.#paused = { until: untilMs };
    if (this.#pauseTimer !== null) this.deps.clock.clearTimeout(this.#pauseTimer);
    if (untilMs !== null)
      this.#pauseTimer = this.deps.clock.setTimeout(
        () => this.resume(),
        untilMs - this.deps.clock.now(),
      );
    this.#publish();
  }

  resume(): void {
    this.#paused = null;
    if (this.#pauseTimer !== null) this.deps.clock.clearTimeout(this.#pauseTimer);
    this.#pauseTimer = null;
    this.#publish();
    this.#scheduler?.trigger('update-now', 0);
  }

  /** Clears a host's pause after a fatal rejection (the user fixed the password, say). */
  async resumeHost(hostId: string): Promise<void> {
    const applied = await this.deps.applied.get(hostId);
    if (applied?.paused) await this.deps.applied.set(hostId, { ...applied, paused: undefined });
    this.#scheduler?.trigger('update-now', 0);
  }

  status(): CoreStatus {
    const config = this.#config;
    const tiers = new Map(config?.accounts.map((account) => [account.id, account.tier]));
    return buildCoreStatus({
      families: config?.engine.families ?? [],
      detections: this.#detections,
      hosts: config?.hosts ?? [],
      applied: this.#applied,
      outcomes: this.#outcomes.latest,
      updatesToday: (hostId) => this.#budgetView.updatesToday.get(hostId) ?? 0,
      dailyLimit: (host: Host) => DAILY_UPDATE_LIMIT[tiers.get(host.accountId) ?? 'free'],
      nextCheckAt: this.#scheduler?.nextCheckAt ?? null,
      paused: this.#paused,
      working: this.#working,
      requestsInLastHour: this.#budgetView.requestsInLastHour,
      hourlyRequestBudget: config?.engine.hourlyRequestBudget ?? 0,
      now: this.deps.clock.now(),
    });
  }

  /** The Settings "doctor": every source of every family asked side by side. */
  async checkSources(): Promise<SourceCheck> {
    const config = await this.deps.config.load();
    return runSourceDoctor(config.engine, this.#transports.transports(config), {
      routes: this.#routes,
      hosts: config.hosts,
    });
  }

  async #cycle(triggers: readonly Trigger[]): Promise<CycleResult> {
    const config = await this.deps.config.load();
    this.#config = config;
    this.#working = true;
    this.#publish();
    try {
      // Offline or no route: nothing to learn, nothing to count; look again soon (or on "online").
      if (await this.#quiet.offlineReason()) return { transient: false, confirmSoon: true };
      const detections = await this.#detect(config);
      const budget = await RequestBudget.open(this.deps.ledger, this.deps.clock, {
        hourlyRequests: config.engine.hourlyRequestBudget,
      }).catch((error: unknown) => {
        const now = this.deps.clock.now();
        for (const event of unreadableLedgerOutcomes(config.hosts, error, now))
          this.#remember(event);
        return null;
      });
      if (!budget) return { transient: true, confirmSoon: false };
      const result = await this.#sync(config, detections, budget, triggers);
      this.#budgetView = {
        requestsInLastHour: budget.requestsInLastHour(),
        updatesToday: new Map(config.hosts.map((host) => [host.id, budget.updatesToday(host.id)])),
      };
      // Back off only when no family could be learned: a broken IPv6 path must not slow
      // down following IPv4.
      const found = Object.values(detections);
      const blind = found.length > 0 && found.every((d) => d?.state === 'unknown');
      const failed = result.transient || blind;
      // Just resumed: the network may not be back yet; retry soon without backing off.
      if (failed && this.#quiet.graceReason()) return { transient: false, confirmSoon: true };
      return { transient: failed, confirmSoon: result.awaitingConfirmation };
    } finally {
      this.#working = false;
      this.#publish();
    }
  }

  async #detect(config: EngineConfig): Promise<Partial<Record<AddressFamily, Detection>>> {
    const transports = this.#transports.transports(config);
    const signal = this.#shutdown.signal;
    const routes = followedFamilies(config).length > 0 ? await this.#routes.read() : NO_ROUTES;
    const results = await Promise.all(
      followedFamilies(config).map((family) =>
        detectFrom(config, family, PUBLIC_FROM, transports, routes[family], signal),
      ),
    );
    await this.#origins.detect(config, transports, routes, signal);
    const detections: Partial<Record<AddressFamily, Detection>> = {};
    for (const { detection: raw, vpn } of results) {
      const published =
        publishedAddress(raw.family, config.hosts, this.#applied) ?? this.#lastKnown[raw.family];
      const detection = this.#hold.apply(raw, published ?? null, this.deps.clock.now());
      detections[detection.family] = detection;
      this.#detections[detection.family] = { detection, at: this.deps.clock.now(), vpn };
      if (detection.state !== 'known') continue;
      this.#gate.observe(detection.family, detection.address);
      // Compared with the last known address, not the last check: a restart or a spell of
      // "unknown" is not a change.
      const before = this.#lastKnown[detection.family] ?? null;
      if (before === detection.address) continue;
      this.#lastKnown[detection.family] = detection.address;
      this.deps.onAddressChanged(detection.family, detection.address, before);
      void this.deps.history
        .recordAddressChange?.({
          family: detection.family,
          from: before,
          to: detection.address,
          sources: detection.agreedBy,
          disagreed: disagreementsOf(detection),
        })
        .catch(() => undefined);
    }
    return detections;
  }

  /** Once per start; an unreadable history only means the first address reads as new. */
  async #loadLastKnown(): Promise<void> {
    for (const family of ['ipv4', 'ipv6'] as const) {
      if (this.#lastKnown[family] !== undefined) continue;
      const recorded = this.deps.history.lastAddress?.(family) ?? null;
      this.#lastKnown[family] = await Promise.resolve(recorded).catch(() => null);
    }
  }

  async #sync(
    config: EngineConfig,
    detections: Partial<Record<AddressFamily, Detection>>,
    budget: RequestBudget,
    triggers: readonly Trigger[],
  ) {
    const nextCheckAt = this.deps.clock.now() + config.engine.pollSeconds * 1000;
    if (this.#paused) {
      for (const event of pausedOutcomes(config.hosts, this.#paused.until, this.deps.clock.now()))
        this.#remember(event);
      return { transient: false, awaitingConfirmation: false };
    }
    const writers = await createAccountWriters(
      config.accounts,
      this.deps.passwords,
      this.deps.freednsDispatcher,
    );
    const tiers = new Map(config.accounts.map((account) => [account.id, account.tier]));
    const report = await this.#origins.sync(
      config.hosts,
      detections,
      this.#gate,
      (hosts, own, gate) =>
        syncHosts(hosts, own, {
          clock: this.deps.clock,
          budget,
          gate,
          stableChecks: triggers.includes('update-now') ? 1 : config.engine.stableChecks,
          applied: this.deps.applied,
          tierOf: (accountId) => tiers.get(accountId) ?? 'free',
          writerFor: (accountId) =>
            writers.get(accountId) ?? `No freedns.io account "${accountId}" is set up.`,
          fingerprint: (host) =>
            JSON.stringify({
              host,
              account: config.accounts.find((a) => a.id === host.accountId) ?? null,
            }),
          nextCheckAt,
        }),
    );
    for (const host of config.hosts) {
      const applied = await this.deps.applied.get(host.id);
      if (applied) this.#applied.set(host.id, applied);
    }
    const noticeMs = config.engine.failureNoticeMinutes * 60_000;
    for (const event of this.#quiet.holdFailures(
      report.outcomes,
      report.transientFailures,
      noticeMs,
    ))
      this.#remember(event);
    return report;
  }

  /** Keeps the latest outcome per record; history and listeners hear only what changed. */
  #remember(raw: OutcomeEvent): void {
    const event = redactOutcome(raw, this.deps.redact ?? ((text) => text));
    if (!this.#outcomes.remember(event)) return;
    this.deps.onOutcome(event);
    void this.deps.history.record(event).catch(() => undefined);
  }

  #publish(): void {
    this.deps.onStatus(this.status());
  }
}

const NO_ROUTES: RoutePicture = { ipv4: null, ipv6: null, unreadable: [] };

/** Sources that answered another address than the agreed one: provenance worth keeping. */
function disagreementsOf(detection: Extract<Detection, { state: 'known' }>) {
  return detection.answers.flatMap((answer) =>
    answer.outcome === 'address' && answer.address !== detection.address
      ? [{ source: answer.sourceId, address: answer.address }]
      : [],
  );
}
