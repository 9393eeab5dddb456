import { echoSources } from '../echo-sources.js';
import { createCore, type Core, type CoreDeps } from '../../../electron/core/create-core.js';
import type { RouterWanReader } from '../../../electron/core/public-ip/router-source.js';
import type { EngineConfig } from '../../../electron/core/engine/engine-config.js';
import {
  EngineSettingsSchema,
  type EngineSettings,
} from '../../../shared/engine/engine-settings.js';
import type { AccountTier, Host } from '../../../shared/records/desired-records.js';
import { startFreednsEmulator, type FreednsEmulator } from '../../emulators/freedns-io/index.js';
import { startEchoEmulator } from '../../emulators/ip-echo/index.js';
import { FakeClock } from '../fake-clock.js';
import { FakeInterfaceReader } from '../../fakes/fake-interface-reader.js';
import type { RoutePicture } from '../../../electron/core/public-ip/routes/route-picture.js';
import { MemoryAppliedRecordStore } from '../../fakes/memory-applied-record-store.js';
import { MemoryBudgetLedgerStore } from '../../fakes/memory-budget-ledger-store.js';
import { MemoryHistorySink } from '../../fakes/memory-history-sink.js';
import { JumpingClock } from '../jumping-clock.js';

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

export const START = Date.UTC(2026, 0, 5, 0, 0);

export interface HarnessOptions {
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
  /** The password the secret store holds for the account ('' models an empty entry). */
  password?: string;
  /** Monitoring ports of the core (redaction, webhook secrets), for the monitoring tests. */
  monitoring?: CoreDeps['monitoring'];
  /**
   * Check what DNS serves against the emulator's own nameservers (`servers` of them). Without
   * it verification is off: no test ever asks the system resolver.
   */
  verify?: { servers?: number; intervalMinutes?: number; graceMinutes?: number };
}

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
 * One engine against in-process emulators on 127.0.0.1, all on one FakeClock: real HTTP,
 * virtual time. Stores outlive `restart()`, as files would.
 */
export async function startHarness(options: HarnessOptions = {}) {
  const clock = options.clock === 'jumping' ? new JumpingClock(START) : new FakeClock(START);
  const echo = await startEchoEmulator({
    port: 0,
    clock,
    seed: { ipv4: '203.0.113.10', ipv6: '2001:db8::10' },
  });
  const freedns: FreednsEmulator = await startFreednsEmulator({
    port: 0,
    clock,
    seed: {
      accounts: [
        {
          username: 'alice',
          password: 'secret-pw',
          tier: options.tier ?? 'free',
          hosts: (options.hosts ?? [{ label: 'home' }]).map((host) => ({ label: host.label })),
        },
      ],
    },
    ...(options.verify ? { dns: { servers: options.verify.servers ?? 1 } } : {}),
  });
  const stores = {
    ledger: new MemoryBudgetLedgerStore(),
    applied: new MemoryAppliedRecordStore(),
    history: new MemoryHistorySink(),
  };
  const interfaces = new FakeInterfaceReader();
  // The route picture the engine sees: a plain route, no tunnel unless a test puts one (never the host's own).
  const routes: { picture: RoutePicture } = { picture: ROUTE_PRESENT };
  const families = options.families ?? ['ipv4'];
  const settings = EngineSettingsSchema.parse({
    families,
    sources: echoSources(echo.sourceUrls, families, options.echoSources ?? 3),
    allowedRanges: ['documentation'],
    // Generous: a loaded CI machine must not turn a slow answer into an unknown address.
    timeoutMs: 3_000,
    router: options.router
      ? {
          enabled: true,
          controlUrl: echo.sourceUrls['igd-control'],
          ...(options.routerEvents ? { eventUrl: echo.sourceUrls['igd-event'] } : {}),
          natPmp: false,
        }
      : { enabled: false },
    verify: options.verify
      ? {
          enabled: true,
          nameservers: freedns.dns!.nameservers,
          intervalMinutes: options.verify.intervalMinutes ?? 30,
          graceMinutes: options.verify.graceMinutes ?? 10,
        }
      : { enabled: false },
    ...options.settings,
  });
  const config: EngineConfig = {
    engine: settings,
    accounts: [
      {
        id: 'acc',
        username: 'alice',
        tier: options.tier ?? 'free',
        endpoint: `${freedns.url}/request`,
      },
    ],
    hosts: options.hosts ?? [
      {
        id: 'h1',
        accountId: 'acc',
        label: 'home',
        records: [{ type: 'A', mode: 'follow' }],
        enabled: true,
      },
    ],
  };
  const secrets = { password: options.password ?? 'secret-pw' };
  const events: { name: string; payload: unknown }[] = [];
  const networkListeners = new Set<(event: 'resume' | 'unlock' | 'online' | 'offline') => void>();
  let core: Core = make();

  function make(): Core {
    const created = createCore({
      app: { name: 'dnstray', productName: 'DNS Tray', version: '0.0.0-test', shell: 'headless' },
      clock,
      ...(options.monitoring ? { monitoring: options.monitoring } : {}),
      systemDns: refusingSystemDns,
      engine: {
        config: { load: async () => config },
        passwords: { password: async (id) => (id === 'acc' ? secrets.password : null) },
        ledger: stores.ledger,
        applied: stores.applied,
        history: stores.history,
        interfaces,
        routes: { read: async () => routes.picture },
        networkEvents: {
          subscribe: (listener) => {
            networkListeners.add(listener);
            return () => networkListeners.delete(listener);
          },
        },
        ...(options.router ? {} : { router: null as RouterWanReader | null }),
        random: () => 0.5,
      },
    });
    created.events.subscribe((event) => {
      if (event.name !== 'app:heartbeat' && event.name !== 'status:changed') events.push(event);
    });
    return created;
  }

  return {
    clock,
    echo,
    freedns,
    stores,
    interfaces,
    routes,
    config,
    events,
    /** What the user types into the account's password field. */
    setPassword(password: string): void {
      secrets.password = password;
    },
    /** What the shell reports from powerMonitor / online events. */
    emitNetworkEvent(event: 'resume' | 'unlock' | 'online' | 'offline'): void {
      for (const listener of networkListeners) listener(event);
    },
    get core() {
      return core;
    },
    /** Moves virtual time in steps, letting each cycle's real HTTP finish before going on. */
    async advance(ms: number, stepMs = 1_000): Promise<void> {
      if (clock instanceof JumpingClock)
        return clock.runUntil(clock.now() + ms, async () => {
          await core.engine!.idle();
          await core.verifier?.idle();
        });
      let done = 0;
      do {
        const step = Math.min(stepMs, ms - done);
        await clock.advance(step);
        await core.engine!.idle();
        await core.verifier?.idle();
        done += step;
      } while (done < ms);
    },
    async start(): Promise<void> {
      await core.start();
      await this.advance(0);
    },
    async restart(): Promise<void> {
      await core.stop();
      core = make();
      await this.start();
    },
    aRecord(label = 'home'): string | undefined {
      return freedns.state().hosts.find((host) => host.label === label)?.records.A;
    },
    async close(): Promise<void> {
      await core.stop();
      await Promise.all([echo.close(), freedns.close()]);
    },
  };
}
export type Harness = Awaited<ReturnType<typeof startHarness>>;
