import { echoSources } from '../echo-sources.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as wait } from 'node:timers/promises';
import { startEchoEmulator, type EchoEmulator } from '../../emulators/ip-echo/index.js';
import { startFreednsEmulator, type FreednsEmulator } from '../../emulators/freedns-io/index.js';

export const FREEDNS_PASSWORD = 'bench-password';
export const FIRST_ADDRESS = '203.0.113.10';

/**
 * The outside world of one headless shell during the bench: a freedns.io emulator with one
 * Premium account, and an echo emulator whose three sources and fake UPnP router report the
 * "public" address the bench sets. All on 127.0.0.1, in this process.
 */
export interface EngineWorld {
  freedns: FreednsEmulator;
  echo: EchoEmulator;
  /** Moves the public address: every echo source and (when asked) the router report it. */
  setAddress(address: string, alsoRouter: boolean): void;
  /** The A record of host `label` as stored at the emulator. */
  aRecord(label: string): string | undefined;
  /** Requests the freedns.io emulator has logged so far. */
  requestCount(): number;
  close(): Promise<void>;
}

/** Premium hosts belong to user "bench", free ones (`freeLabels`) to "benchfree". */
export async function startEngineWorld(
  hostLabels: readonly string[],
  freeLabels: readonly string[] = [],
): Promise<EngineWorld> {
  const freedns = await startFreednsEmulator({
    port: 0,
    seed: {
      accounts: [
        {
          username: 'bench',
          password: FREEDNS_PASSWORD,
          tier: 'premium',
          hosts: hostLabels.map((label) => ({ label })),
        },
        {
          username: 'benchfree',
          password: FREEDNS_PASSWORD,
          tier: 'free',
          hosts: freeLabels.map((label) => ({ label })),
        },
      ],
    },
  });
  const echo = await startEchoEmulator({
    port: 0,
    seed: { ipv4: FIRST_ADDRESS, ipv6: null, router: FIRST_ADDRESS },
  });
  return {
    freedns,
    echo,
    setAddress(address, alsoRouter) {
      echo.setAddress('ipv4', address);
      if (alsoRouter) echo.setRouterAddress(address);
    },
    aRecord: (label) => freedns.state().hosts.find((host) => host.label === label)?.records.A,
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
  /** Default Premium ("bench"); free uses "benchfree". */
  tier?: 'free' | 'premium';
}

/**
 * Writes a config.json (settings version 2) for the headless shell: one freedns.io account
 * (Premium unless told) on the emulator, one host whose A record follows IPv4, three echo sources that must
 * agree 2 of 3, and optionally the fake router. Returns the environment holding the password.
 */
export function writeEngineProfile(
  configDir: string,
  world: EngineWorld,
  options: ProfileOptions,
): NodeJS.ProcessEnv {
  mkdirSync(configDir, { recursive: true, mode: 0o700 });
  const settings = {
    version: 2,
    accounts: {
      freedns: [
        {
          id: 'main',
          username: options.tier === 'free' ? 'benchfree' : 'bench',
          tier: options.tier ?? 'premium',
          endpoint: `${world.freedns.url}/request`,
        },
      ],
      freenom: [],
    },
    hosts: [
      {
        id: 'h1',
        accountId: 'main',
        label: options.hostLabel,
        records: [{ type: 'A', mode: 'follow' }],
        enabled: true,
      },
    ],
    engine: {
      families: ['ipv4'],
      sources: echoSources(world.echo.sourceUrls),
      agreement: 2,
      useInterfaces: false,
      router: options.router
        ? { enabled: true, controlUrl: world.echo.sourceUrls['igd-control'], natPmp: false }
        : { enabled: false, natPmp: false },
      allowedRanges: ['documentation'],
      pollSeconds: options.pollSeconds,
      watchSeconds: options.watchSeconds,
      // The bench never asks the system resolver for the zone's nameservers.
      verify: { enabled: false },
    },
  };
  writeFileSync(path.join(configDir, 'config.json'), JSON.stringify(settings, null, '\t'), {
    mode: 0o600,
  });
  return { DNSTRAY_FREEDNS_PASSWORD: FREEDNS_PASSWORD };
}

/** When the emulator logged the request that stored `address` (its clock is real time here). */
export function storedAt(world: EngineWorld, label: string, address: string): number {
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
