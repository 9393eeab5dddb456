import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as wait } from 'node:timers/promises';
import { row, type BenchOptions, type BenchRow, type Measurement } from './bench-row.js';
import {
  FIRST_ADDRESS,
  startBenchWorld,
  storedAt,
  until,
  writeEngineProfile,
  type BenchWorld,
} from '../test/support/engine/engine-world.js';
import { launchHeadless } from './headless-launcher.js';
import { median, percentile } from './stats.js';

/** Premium hosts take 15 updates a day: a fresh host and profile every 10 changes. */
const BATCH = 10;
/** The router is still read every 5 s (the default) as the fallback; the events must beat it. */
const WATCH_SECONDS = 5;
const POLL_SECONDS = 3_600;

/**
 * Time from a router WAN change to the new value stored at the freedns.io emulator, through the
 * real headless shell, when the router's UPnP GENA events are subscribed (engine.router.eventUrl):
 * the fake IGD sends NOTIFY at the change, the engine checks at once.
 */
export const routerEvent: Measurement = {
  id: 'sync.router-event',
  title: 'Router WAN change to stored record, UPnP events (headless shell)',
  async run(options: BenchOptions): Promise<BenchRow[]> {
    const labels = Array.from({ length: Math.ceil(options.changes / BATCH) }, (_, i) => `ev${i}`);
    const world = await startBenchWorld(labels);
    try {
      const latencies = await runSeries(world, labels, options.changes);
      const detail = `${latencies.length} changes; router GENA events subscribed (router also read every ${WATCH_SECONDS} s as fallback), poll off; Premium host, 2 of 3 echo sources agree`;
      return [
        row(
          'sync.latency.router-event.median',
          'Change to stored record, router event (median)',
          median(latencies) / 1000,
          's',
          detail,
        ),
        row(
          'sync.latency.router-event.p95',
          'Change to stored record, router event (p95)',
          percentile(latencies, 95) / 1000,
          's',
          detail,
        ),
      ];
    } finally {
      await world.close();
    }
  },
};

async function runSeries(world: BenchWorld, labels: string[], changes: number) {
  const latencies: number[] = [];
  let next = 11;
  for (let batch = 0; latencies.length < changes; batch++) {
    const label = labels[batch]!;
    const configDir = mkdtempSync(path.join(os.tmpdir(), 'dnstray-bench-event-'));
    world.setAddress(FIRST_ADDRESS, true);
    const env = writeEngineProfile(configDir, world, {
      hostLabel: label,
      pollSeconds: POLL_SECONDS,
      router: true,
      watchSeconds: WATCH_SECONDS,
    });
    addEventUrl(configDir, world.echo.sourceUrls['igd-event']!);
    const shell = await launchHeadless(configDir, env);
    try {
      await until(() => world.aRecord(label) === FIRST_ADDRESS, 60_000, `the first write`);
      await until(() => world.echo.igdEvents.subscribers.size > 0, 10_000, 'the subscription');
      for (let i = 0; i < BATCH && latencies.length < changes; i++) {
        // A random moment relative to the shell's 5 s router reads, as in sync.latency.
        await wait(Math.random() * WATCH_SECONDS * 1000);
        const address = `203.0.113.${next++}`;
        const changedAt = Date.now();
        world.setAddress(address, true);
        await until(() => world.aRecord(label) === address, 30_000, `${label} to be ${address}`);
        latencies.push(storedAt(world, label, address) - changedAt);
      }
    } finally {
      await shell.stop();
      rmSync(configDir, { recursive: true, force: true });
    }
  }
  return latencies;
}

/** The shared profile writer knows only controlUrl; the event URL sits beside it. */
function addEventUrl(configDir: string, eventUrl: string): void {
  const file = path.join(configDir, 'config.json');
  const settings = JSON.parse(readFileSync(file, 'utf8')) as {
    engine: { router: Record<string, unknown> };
  };
  settings.engine.router.eventUrl = eventUrl;
  writeFileSync(file, JSON.stringify(settings, null, '\t'), { mode: 0o600 });
}
