import { echoSources } from '../echo-sources.js';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../../../electron/core/create-core.js';
import { HeadlessSecretStore } from '../../../electron/core/store/headless-secret-store.js';
import { openStores } from '../../../electron/core/store/open-stores.js';
import type { CoreStatus } from '../../../shared/engine/core-status.js';
import { startFreednsEmulator, type FreednsEmulator } from '../../emulators/freedns-io/index.js';
import { startEchoEmulator } from '../../emulators/ip-echo/index.js';
import { FakeClock } from '../fake-clock.js';
import type { Clock } from '../../../electron/core/ports.js';

export const PASSWORD = 'reliability-pw';

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
export const START = Date.UTC(2026, 10, 23, 9, 0);

/**
 * The whole core as a shell runs it, from real files in a throwaway folder (settings, state,
 * history, the engine's ledger and applied values), against the emulators on 127.0.0.1, on one
 * FakeClock shared with the emulators. `restart()` reopens everything from disk, as after a
 * crash or an upgrade.
 */
export async function startEngineWorld(tier: 'free' | 'premium' = 'premium') {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'dnstray-engine-'));
  const clock = new FakeClock(START);
  const wall = new WallClock(clock);
  const echo = await startEchoEmulator({
    port: 0,
    clock,
    seed: { ipv4: '203.0.113.10', ipv6: null },
  });
  const freedns: FreednsEmulator = await startFreednsEmulator({
    port: 0,
    clock,
    seed: {
      accounts: [{ username: 'alice', password: PASSWORD, tier, hosts: [{ label: 'home' }] }],
    },
  });
  const settings = oneHostSettings(freedns.url, echo.sourceUrls, tier, { timeoutMs: 2_000 });
  const open = () => {
    const stores = openStores({
      folder,
      clock: wall,
      secrets: () => new HeadlessSecretStore({ DNSTRAY_FREEDNS_PASSWORD: PASSWORD }),
    });
    return createCore({
      app: {
        name: 'dnstray',
        productName: 'DNS Tray',
        version: '0.0.0-reliability',
        shell: 'headless',
      },
      clock: wall,
      stores,
    });
  };
  const first = openStores({ folder, clock, secrets: () => new HeadlessSecretStore({}) });
  const written = await first.settings.replace(settings);
  if (!written.ok) throw new Error(`settings refused: ${JSON.stringify(written.errors)}`);
  let core: Core = open();

  return {
    folder,
    clock,
    wall,
    echo,
    freedns,
    get core() {
      return core;
    },
    /** Moves virtual time in 1 s steps, letting each cycle's real HTTP finish before going on. */
    async advance(ms: number): Promise<void> {
      for (let done = 0; done < ms; done += 1_000) {
        await clock.advance(Math.min(1_000, ms - done));
        await core.engine?.idle();
      }
    },
    async start(): Promise<void> {
      await core.start();
      await this.advance(5_000);
    },
    async restart(): Promise<void> {
      await core.stop();
      core = open();
      await this.start();
    },
    status(): Promise<CoreStatus> {
      return core.handlers['status:get'](undefined);
    },
    aRecord: () => freedns.state().hosts.find((host) => host.label === 'home')?.records.A,
    /** What the engine's ledger file on disk says (throws when it is not valid JSON). */
    ledger: () =>
      JSON.parse(readFileSync(path.join(folder, 'engine-ledger.json'), 'utf8')) as {
        entries: { kind: string; hostId: string }[];
      },
    settingsFile: () => readFileSync(path.join(folder, 'config.json'), 'utf8'),
    async close(): Promise<void> {
      await core.stop();
      await Promise.all([echo.close(), freedns.close()]);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
export type EngineWorld = Awaited<ReturnType<typeof startEngineWorld>>;

/**
 * A version-2 config.json: one account `main` (user alice), one host `home` whose A record
 * follows IPv4, and the echo emulator's three IPv4 sources (plain, JSON, trace) as the only
 * address sources, documentation addresses allowed.
 */
export function oneHostSettings(
  freednsUrl: string,
  sourceUrls: Record<string, string>,
  tier: 'free' | 'premium',
  engineExtra: Record<string, unknown> = {},
) {
  return {
    version: 2,
    accounts: {
      freedns: [{ id: 'main', username: 'alice', tier, endpoint: `${freednsUrl}/request` }],
      freenom: [],
    },
    hosts: [
      {
        id: 'h1',
        accountId: 'main',
        label: 'home',
        records: [{ type: 'A', mode: 'follow' }],
        enabled: true,
      },
    ],
    engine: {
      families: ['ipv4'],
      sources: echoSources(sourceUrls),
      useInterfaces: false,
      router: { enabled: false, natPmp: false },
      allowedRanges: ['documentation'],
      // No test asks the system resolver for the zone's nameservers.
      verify: { enabled: false },
      ...engineExtra,
    },
  };
}
