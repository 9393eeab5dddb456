import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as wait } from 'node:timers/promises';
import { createCore, type Core, type CoreDeps } from '../../../electron/core/create-core.js';
import type { EngineConfig } from '../../../electron/core/engine/engine-config.js';
import type { Clock } from '../../../electron/core/ports.js';
import type { RouterWanReader } from '../../../electron/core/public-ip/router-source.js';
import type { RoutePicture } from '../../../electron/core/public-ip/routes/route-picture.js';
import { HeadlessSecretStore } from '../../../electron/core/store/headless-secret-store.js';
import { openStores } from '../../../electron/core/store/open-stores.js';
import type { CoreStatus } from '../../../shared/engine/core-status.js';
import {
  EngineSettingsSchema,
  type EngineSettings,
} from '../../../shared/engine/engine-settings.js';
import type { AccountTier, Host } from '../../../shared/records/desired-records.js';
import { startFreednsEmulator, type FreednsEmulator } from '../../emulators/freedns-io/index.js';
import { startEchoEmulator, type EchoEmulator } from '../../emulators/ip-echo/index.js';
import { FakeInterfaceReader } from '../../fakes/fake-interface-reader.js';
import { MemoryAppliedRecordStore } from '../../fakes/memory-applied-record-store.js';
import { MemoryBudgetLedgerStore } from '../../fakes/memory-budget-ledger-store.js';
import { MemoryHistorySink } from '../../fakes/memory-history-sink.js';
import { echoSources } from '../echo-sources.js';
import { FakeClock } from '../fake-clock.js';
import { JumpingClock } from '../jumping-clock.js';

/**
 * The one engine setup of the suites and the bench: the emulators on 127.0.0.1 seeded with one
 * account (user alice, host home), a version-2 settings document for it, and the whole core
 * built over them, its stores in memory or in real files.
 */

/** The password of every seeded emulator account (the secret store's entry). */
export const PASSWORD = 'secret-pw';
/** What every echo source (and the fake router) reports until a test moves it. */
export const FIRST_ADDRESS = '203.0.113.10';
export const START = Date.UTC(2026, 0, 5, 0, 0);

/** A default route through eth0, no tunnel: what most machines have. */
export const ROUTE_PRESENT: RoutePicture = {
  ipv4: {
    family: 'ipv4',
    interfaceName: 'eth0',
    gateway: '192.0.2.1',
    tunnel: null,
    physical: { interfaceName: 'eth0', gateway: '192.0.2.1' },
  },
  ipv6: null,
  unreadable: [],
};

/** A system resolver that refuses: tests must name their nameservers. */
export const refusingSystemDns = {
  resolveNs: async () => {
    throw new Error('a test asked the system resolver for nameservers');
  },
  resolveAddresses: async () => {
    throw new Error('a test asked the system resolver for an address');
  },
};

/**
 * The machine's wall clock over virtual time: `jump` moves what now() says (a wrong RTC, an NTP
 * correction) while timers keep their relative delays, as Node's monotonic timers do. The
 * emulators keep the true time.
 */
export class WallClock implements Clock {
  #offsetMs = 0;
  constructor(private readonly base: FakeClock) {}
  now(): number {
    return this.base.now() + this.#offsetMs;
  }
  setTimeout(callback: () => void, ms: number): unknown {
    return this.base.setTimeout(callback, ms);
  }
  clearTimeout(handle: unknown): void {
    this.base.clearTimeout(handle);
  }
  jump(ms: number): void {
    this.#offsetMs += ms;
  }
}

export interface EchoOptions {
  /** Virtual time for the emulator; real time when absent (the bench). */
  clock?: Clock;
  /** The IPv6 address the sources report (null: none). */
  ipv6?: string | null;
  /** The fake UPnP router's WAN address. */
  router?: string;
}

/** An echo emulator whose sources report FIRST_ADDRESS (and 2001:db8::10 unless told). */
export function startWorldEcho(options: EchoOptions = {}): Promise<EchoEmulator> {
  return startEchoEmulator({
    port: 0,
    ...(options.clock ? { clock: options.clock } : {}),
    seed: {
      ipv4: FIRST_ADDRESS,
      ipv6: options.ipv6 === undefined ? '2001:db8::10' : options.ipv6,
      ...(options.router ? { router: options.router } : {}),
    },
  });
}

export interface SeedAccount {
  /** alice unless told. */
  username?: string;
  tier: AccountTier;
  hostLabels: readonly string[];
}

export interface EmulatorOptions extends EchoOptions {
  accounts: readonly SeedAccount[];
  /** Start the freedns.io zone's own nameservers (for DNS verification). */
  dnsServers?: number;
}

/** The freedns.io emulator with the given accounts (password PASSWORD) and one echo emulator. */
export async function startWorldEmulators(
  options: EmulatorOptions,
): Promise<{ echo: EchoEmulator; freedns: FreednsEmulator }> {
  const echo = await startWorldEcho(options);
  const freedns = await startFreednsEmulator({
    port: 0,
    ...(options.clock ? { clock: options.clock } : {}),
    seed: {
      accounts: options.accounts.map((account) => ({
        username: account.username ?? 'alice',
        password: PASSWORD,
        tier: account.tier,
        hosts: account.hostLabels.map((label) => ({ label })),
      })),
    },
    ...(options.dnsServers ? { dns: { servers: options.dnsServers } } : {}),
  });
  return { echo, freedns };
}

export interface SettingsDocumentOptions {
  freednsUrl: string;
  sourceUrls: Record<string, string>;
  tier: AccountTier;
  /** alice unless told. */
  username?: string;
  /** One host `h1` whose A record follows IPv4, labelled `home` unless told. */
  hostLabel?: string;
  /** Instead of that one host. */
  hosts?: Host[];
  /** On top of the base: IPv4 from the echo emulator's three sources, documentation addresses. */
  engine?: Record<string, unknown>;
}

/**
 * A version-2 config.json: one freedns.io account on the emulator, its host(s), the echo
 * emulator's three IPv4 sources (plain, JSON, trace) as the only address sources,
 * documentation addresses allowed, router and DNS verification off unless `engine` says.
 */
export function settingsDocument(options: SettingsDocumentOptions) {
  const accountId = 'acc';
  return {
    version: 2,
    accounts: {
      freedns: [
        {
          id: accountId,
          username: options.username ?? 'alice',
          tier: options.tier,
          endpoint: `${options.freednsUrl}/request`,
        },
      ],
      freenom: [],
    },
    hosts: options.hosts ?? [
      {
        id: 'h1',
        accountId,
        label: options.hostLabel ?? 'home',
        records: [{ type: 'A' as const, mode: 'follow' as const }],
        enabled: true,
      },
    ],
    engine: {
      families: ['ipv4'],
      sources: echoSources(options.sourceUrls),
      router: { enabled: false, natPmp: false },
      allowedRanges: ['documentation'],
      // No test and no bench run asks the system resolver for the zone's nameservers.
      verify: { enabled: false },
      ...options.engine,
    },
  };
}

export interface EngineWorldOptions {
  /** Free unless told. */
  tier?: AccountTier;
  settings?: Partial<EngineSettings>;
  /** Use the fake router of the echo emulator (UPnP control URL) as a source and a watch signal. */
  router?: boolean;
  /** With `router`: also subscribe to its GENA events (engine.router.eventUrl). */
  routerEvents?: boolean;
  hosts?: Host[];
  /** How many of the echo emulator's sources to configure (3 by default). */
  echoSources?: number;
  /** Families checked (sources for each); IPv4 only by default. */
  families?: ('ipv4' | 'ipv6')[];
  /** 'jumping' for long simulations (no event-loop turns spent on empty time). */
  clock?: 'fake' | 'jumping';
  /** Virtual time at the start (START unless told). */
  start?: number;
  /** The echo emulator's IPv6 address (2001:db8::10 unless told; null: none). */
  ipv6?: string | null;
  /** The engine's source timeout (3 s unless told). */
  timeoutMs?: number;
  /** Virtual time `start()` lets pass after starting the core (none unless told). */
  settleMs?: number;
  /** The password the secret store holds for the account ('' models an empty entry). */
  password?: string;
  /** Monitoring ports of the core (redaction, webhook secrets), for the monitoring tests. */
  monitoring?: CoreDeps['monitoring'];
  /**
   * Check what DNS serves against the emulator's own nameservers (`servers` of them). Without
   * it verification is off: no test ever asks the system resolver.
   */
  verify?: { servers?: number; intervalMinutes?: number; graceMinutes?: number };
  /**
   * Real files in a throwaway folder (settings, state, history, the engine's ledger and applied
   * values), as a shell runs it; `restart()` reopens everything from disk. In memory otherwise,
   * with fake interfaces and routes; the stores still outlive `restart()`, as files would.
   */
  onDisk?: boolean;
}

export type EngineWorld = WorldBase & ReturnType<typeof memoryHome>['extras'];
export type DiskEngineWorld = WorldBase & Awaited<ReturnType<typeof diskHome>>['extras'];
/** What both kinds of world share: the emulators, the clocks, the core and how to drive it. */
export type WorldBase = ReturnType<typeof drive>;

type NetworkEvent = 'resume' | 'unlock' | 'online' | 'offline';
type CoreParts = Pick<CoreDeps, 'app' | 'clock' | 'monitoring' | 'systemDns' | 'networkEvents'>;
/** What differs between memory and disk: how a core is made, and what the test may look at. */
interface Home {
  make(common: CoreParts): Core;
  extras: object;
  cleanup(): void;
}

/**
 * One engine against in-process emulators on 127.0.0.1, all on one virtual clock: real HTTP,
 * virtual time. The core runs on `wall`, which a test may jump away from the emulators' time.
 */
// The in-memory one last: it is what `Parameters<typeof startEngineWorld>` names.
export async function startEngineWorld(
  options: EngineWorldOptions & { onDisk: true },
): Promise<DiskEngineWorld>;
export async function startEngineWorld(
  options?: EngineWorldOptions & { onDisk?: false },
): Promise<EngineWorld>;
export async function startEngineWorld(options: EngineWorldOptions = {}) {
  const start = options.start ?? START;
  const clock = options.clock === 'jumping' ? new JumpingClock(start) : new FakeClock(start);
  const wall = new WallClock(clock);
  const tier = options.tier ?? 'free';
  const emulators = await startWorldEmulators({
    clock,
    ...(options.ipv6 !== undefined ? { ipv6: options.ipv6 } : {}),
    accounts: [{ tier, hostLabels: (options.hosts ?? [{ label: 'home' }]).map((h) => h.label) }],
    ...(options.verify ? { dnsServers: options.verify.servers ?? 1 } : {}),
  });
  const document = settingsDocument({
    freednsUrl: emulators.freedns.url,
    sourceUrls: emulators.echo.sourceUrls,
    tier,
    ...(options.hosts ? { hosts: options.hosts } : {}),
    engine: engineSettings(options, emulators.echo, emulators.freedns),
  });
  const secrets = { password: options.password ?? PASSWORD };
  const home: Home = options.onDisk
    ? await diskHome(document, clock, wall, secrets)
    : memoryHome(document, secrets, options.router === true);
  return Object.assign(drive(options, { clock, wall, ...emulators }, secrets, home), home.extras);
}

function drive(
  options: EngineWorldOptions,
  world: { clock: FakeClock; wall: WallClock; echo: EchoEmulator; freedns: FreednsEmulator },
  secrets: { password: string },
  home: Home,
) {
  const { clock, echo, freedns } = world;
  const events: { name: string; payload: unknown }[] = [];
  const networkListeners = new Set<(event: NetworkEvent) => void>();
  const make = (): Core => {
    const created = home.make({
      app: { name: 'dnstray', productName: 'DNS Tray', version: '0.0.0-test', shell: 'headless' },
      clock: world.wall,
      ...(options.monitoring ? { monitoring: options.monitoring } : {}),
      systemDns: refusingSystemDns,
      networkEvents: {
        subscribe: (listener) => {
          networkListeners.add(listener);
          return () => networkListeners.delete(listener);
        },
      },
    });
    created.events.subscribe((event) => {
      if (event.name !== 'app:heartbeat' && event.name !== 'status:changed') events.push(event);
    });
    return created;
  };
  let core = make();
  const settle = async () => {
    await core.engine?.idle();
    await core.verifier?.idle();
  };
  return {
    ...world,
    /** What the core emitted, heartbeats and status changes left out. */
    events,
    get core() {
      return core;
    },
    /** What the user types into the account's password field (on disk: from the next restart). */
    setPassword(password: string): void {
      secrets.password = password;
    },
    /** What the shell reports from powerMonitor / online events. */
    emitNetworkEvent(event: NetworkEvent): void {
      for (const listener of networkListeners) listener(event);
    },
    /** Moves virtual time in steps, letting each cycle's real HTTP finish before going on. */
    async advance(ms: number, stepMs = 1_000): Promise<void> {
      if (clock instanceof JumpingClock) return clock.runUntil(clock.now() + ms, settle);
      let done = 0;
      do {
        const step = Math.min(stepMs, ms - done);
        await clock.advance(step);
        await settle();
        done += step;
      } while (done < ms);
    },
    async start(): Promise<void> {
      await core.start();
      await this.advance(options.settleMs ?? 0);
    },
    async restart(): Promise<void> {
      await core.stop();
      core = make();
      await this.start();
    },
    status: (): Promise<CoreStatus> => core.handlers['status:get'](undefined),
    aRecord: (label = 'home') =>
      freedns.state().hosts.find((host) => host.label === label)?.records.A,
    async close(): Promise<void> {
      await core.stop();
      await Promise.all([echo.close(), freedns.close()]);
      home.cleanup();
    },
  };
}

/** The engine section of the world's settings, from its options. */
function engineSettings(
  options: EngineWorldOptions,
  echo: EchoEmulator,
  freedns: FreednsEmulator,
): Record<string, unknown> {
  const families = options.families ?? ['ipv4'];
  return {
    families,
    sources: echoSources(echo.sourceUrls, families, options.echoSources ?? 3),
    // On disk the engine would read the machine's own interfaces: never in a test.
    ...(options.onDisk ? { useInterfaces: false } : {}),
    // Generous: a loaded CI machine must not turn a slow answer into an unknown address.
    timeoutMs: options.timeoutMs ?? 3_000,
    // Router and DNS verification stay off (the document's base) unless asked for.
    ...(options.router && {
      router: {
        enabled: true,
        controlUrl: echo.sourceUrls['igd-control'],
        ...(options.routerEvents ? { eventUrl: echo.sourceUrls['igd-event'] } : {}),
        natPmp: false,
      },
    }),
    ...(options.verify && {
      verify: {
        enabled: true,
        nameservers: freedns.dns!.nameservers,
        intervalMinutes: options.verify.intervalMinutes ?? 30,
        graceMinutes: options.verify.graceMinutes ?? 10,
      },
    }),
    ...options.settings,
  };
}

/** The engine's ports in memory: fake interfaces and routes (never the host's own). */
function memoryHome(
  document: ReturnType<typeof settingsDocument>,
  secrets: { password: string },
  router: boolean,
) {
  const stores = {
    ledger: new MemoryBudgetLedgerStore(),
    applied: new MemoryAppliedRecordStore(),
    history: new MemoryHistorySink(),
  };
  const interfaces = new FakeInterfaceReader();
  // The route picture the engine sees: a plain route, no tunnel unless a test puts one.
  const routes = { picture: ROUTE_PRESENT };
  const [account] = document.accounts.freedns;
  const config: EngineConfig = {
    engine: EngineSettingsSchema.parse(document.engine),
    accounts: [account!],
    hosts: document.hosts,
  };
  return {
    extras: { stores, interfaces, routes, config },
    make: (common: CoreParts) =>
      createCore({
        ...common,
        engine: {
          config: { load: async () => config },
          passwords: { password: async (id) => (id === account!.id ? secrets.password : null) },
          ...stores,
          interfaces,
          routes: { read: async () => routes.picture },
          ...(router ? {} : { router: null as RouterWanReader | null }),
          random: () => 0.5,
        },
      }),
    cleanup: () => undefined,
  };
}

/** The core as a shell runs it, from real files in a throwaway folder. */
async function diskHome(
  document: ReturnType<typeof settingsDocument>,
  clock: FakeClock,
  wall: WallClock,
  secrets: { password: string },
) {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'dnstray-engine-'));
  const first = openStores({ folder, clock, secrets: () => new HeadlessSecretStore({}) });
  const written = await first.settings.replace(document);
  if (!written.ok) throw new Error(`settings refused: ${JSON.stringify(written.errors)}`);
  return {
    extras: {
      folder,
      /** What the engine's ledger file on disk says (throws when it is not valid JSON). */
      ledger: () =>
        JSON.parse(readFileSync(path.join(folder, 'engine-ledger.json'), 'utf8')) as {
          entries: { kind: string; hostId: string }[];
        },
      settingsFile: () => readFileSync(path.join(folder, 'config.json'), 'utf8'),
    },
    make: (common: CoreParts) =>
      createCore({
        ...common,
        stores: openStores({
          folder,
          clock: wall,
          secrets: () => new HeadlessSecretStore({ DNSTRAY_FREEDNS_PASSWORD: secrets.password }),
        }),
      }),
    cleanup: () => rmSync(folder, { recursive: true, force: true }),
  };
}

/** Premium hosts belong to user "bench", free ones to "benchfree". */
export const BENCH_USERS = { premium: 'bench', free: 'benchfree' } as const;

export type BenchWorld = Awaited<ReturnType<typeof startBenchWorld>>;

/** An echo emulator as the bench's shells see it: no IPv6, the router at FIRST_ADDRESS. */
export const startBenchEcho = () => startWorldEcho({ ipv6: null, router: FIRST_ADDRESS });

/**
 * The outside world of headless shells during the bench: the freedns.io emulator with Premium
 * hosts `hostLabels` and free ones `freeLabels`, and an echo emulator whose three sources and fake
 * UPnP router report the "public" address the bench sets. On 127.0.0.1, in real time.
 */
export async function startBenchWorld(
  hostLabels: readonly string[],
  freeLabels: readonly string[] = [],
) {
  const { echo, freedns } = await startWorldEmulators({
    ipv6: null,
    router: FIRST_ADDRESS,
    accounts: [
      { username: BENCH_USERS.premium, tier: 'premium', hostLabels },
      { username: BENCH_USERS.free, tier: 'free', hostLabels: freeLabels },
    ],
  });
  return {
    freedns,
    echo,
    /** Moves the public address: every echo source and (when asked) the router report it. */
    setAddress(address: string, alsoRouter: boolean): void {
      echo.setAddress('ipv4', address);
      if (alsoRouter) echo.setRouterAddress(address);
    },
    /** The A record of host `label` as stored at the emulator. */
    aRecord: (label: string) =>
      freedns.state().hosts.find((host) => host.label === label)?.records.A,
    /** Requests the freedns.io emulator has logged so far. */
    requestCount: () => freedns.state().requestLog.length,
    close: async () => {
      await Promise.all([freedns.close(), echo.close()]);
    },
  };
}

export interface ProfileOptions {
  hostLabel: string;
  pollSeconds: number;
  /** Watch the (fake) router's WAN address every `watchSeconds` as the local change signal. */
  router: boolean;
  watchSeconds: number;
  /** Default Premium. */
  tier?: AccountTier;
}

/**
 * Writes a config.json (settings version 2) for the headless shell: one freedns.io account
 * (Premium unless told) on the emulator, one host whose A record follows IPv4, three echo
 * sources that must agree 2 of 3, and optionally the fake router. Returns the environment
 * holding the password.
 */
export function writeEngineProfile(
  configDir: string,
  world: { freedns: Pick<FreednsEmulator, 'url'>; echo: Pick<EchoEmulator, 'sourceUrls'> },
  options: ProfileOptions,
): NodeJS.ProcessEnv {
  mkdirSync(configDir, { recursive: true, mode: 0o700 });
  const tier = options.tier ?? 'premium';
  const settings = settingsDocument({
    freednsUrl: world.freedns.url,
    sourceUrls: world.echo.sourceUrls,
    tier,
    username: BENCH_USERS[tier],
    hostLabel: options.hostLabel,
    engine: {
      agreement: 2,
      useInterfaces: false,
      ...(options.router
        ? {
            router: {
              enabled: true,
              controlUrl: world.echo.sourceUrls['igd-control'],
              natPmp: false,
            },
          }
        : {}),
      pollSeconds: options.pollSeconds,
      watchSeconds: options.watchSeconds,
    },
  });
  writeFileSync(path.join(configDir, 'config.json'), JSON.stringify(settings, null, '\t'), {
    mode: 0o600,
  });
  return { DNSTRAY_FREEDNS_PASSWORD: PASSWORD };
}

/** When the emulator logged the request that stored `address` (its clock is real time here). */
export function storedAt(world: BenchWorld, label: string, address: string): number {
  const entry = world.freedns
    .state()
    .requestLog.find(
      (e) => e.status === 200 && e.params.host === label && e.params.value === address,
    );
  if (!entry) throw new Error(`no logged request stored ${address} on ${label}`);
  return Date.parse(entry.at);
}

/** Polls `done` every few milliseconds of real time; fails naming `what` after `timeoutMs`. */
export async function until(done: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await wait(5);
  }
}
