import { mkdtempSync, rmSync } from 'node:fs';
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

/** Premium hosts take 15 updates a day; a fresh host and profile every 10 changes stays clear of it. */
const BATCH = 10;
/** A free host has 2 updates a day: the first write and one change, so one change per profile. */
const FREE_CHANGES = 5;
const WATCH_SECONDS = 5;
/** The local-event series must not be helped by the poll. */
const LOCAL_SERIES_POLL_SECONDS = 3_600;

interface SeriesSpec {
  kind: 'local' | 'poll';
  changes: number;
  pollSeconds: number;
  tier: 'free' | 'premium';
}

/**
 * Time from an address change to the new value stored at the freedns.io emulator, through the
 * real headless shell (dist-electron/headless.js) reading its config.json: once when a local
 * signal sees the change (the router's WAN address, read over UPnP every 5 s), once when only
 * the poll finds it. Changes come at a random moment relative to the shell's timers.
 */
export const addressChange: Measurement = {
  id: 'sync.latency',
  title: 'Address change to stored record (headless shell)',
  async run(options: BenchOptions): Promise<BenchRow[]> {
    const labels = Array.from(
      { length: 2 * Math.ceil(options.changes / BATCH) },
      (_, i) => `bench${i}`,
    );
    const freeLabels = Array.from({ length: FREE_CHANGES }, (_, i) => `free${i}`);
    const world = await startBenchWorld(labels, freeLabels);
    try {
      const local = await runSeries(world, labels.slice(0, labels.length / 2), {
        kind: 'local',
        changes: options.changes,
        pollSeconds: LOCAL_SERIES_POLL_SECONDS,
        tier: 'premium',
      });
      const poll = await runSeries(world, labels.slice(labels.length / 2), {
        kind: 'poll',
        changes: options.changes,
        pollSeconds: options.pollSeconds,
        tier: 'premium',
      });
      const free = await runSeries(world, freeLabels, {
        kind: 'local',
        changes: Math.min(FREE_CHANGES, options.changes),
        pollSeconds: LOCAL_SERIES_POLL_SECONDS,
        tier: 'free',
      });
      const localDetail = `${local.latencies.length} changes; router WAN read every ${WATCH_SECONDS} s (default), poll off; Premium host, 2 of 3 echo sources agree`;
      const pollDetail = `${poll.latencies.length} changes; poll every ${options.pollSeconds} s (jittered), no local signal; Premium host, 2 of 3 agree`;
      const all = local.requests + poll.requests;
      const changes = local.latencies.length + poll.latencies.length;
      const freeDetail = `${free.latencies.length} changes, one per fresh free host; as the local-event row, plus the confirming check a free account waits for before spending one of its 2 daily updates`;
      return [
        row(
          'sync.latency.local.median',
          'Change to stored record, local event (median)',
          median(local.latencies) / 1000,
          's',
          localDetail,
        ),
        row(
          'sync.latency.local.p95',
          'Change to stored record, local event (p95)',
          percentile(local.latencies, 95) / 1000,
          's',
          localDetail,
        ),
        row(
          'sync.latency.poll.median',
          'Change to stored record, poll only (median)',
          median(poll.latencies) / 1000,
          's',
          pollDetail,
        ),
        row(
          'sync.latency.poll.p95',
          'Change to stored record, poll only (p95)',
          percentile(poll.latencies, 95) / 1000,
          's',
          pollDetail,
        ),
        row(
          'sync.latency.free.median',
          'Change to stored record, free account, local event (median)',
          median(free.latencies) / 1000,
          's',
          freeDetail,
        ),
        row(
          'sync.requests.per-change',
          'freedns.io requests per address change',
          all / changes,
          'requests',
          `${all} requests for ${changes} changes of one A record`,
        ),
      ];
    } finally {
      await world.close();
    }
  },
};

async function runSeries(world: BenchWorld, labels: string[], spec: SeriesSpec) {
  const latencies: number[] = [];
  let requests = 0;
  let next = 11;
  for (let batch = 0; latencies.length < spec.changes; batch++) {
    const label = labels[batch]!;
    const configDir = mkdtempSync(path.join(os.tmpdir(), `dnstray-bench-${spec.kind}-`));
    world.setAddress(FIRST_ADDRESS, true);
    const env = writeEngineProfile(configDir, world, {
      hostLabel: label,
      pollSeconds: spec.pollSeconds,
      router: spec.kind === 'local',
      watchSeconds: WATCH_SECONDS,
      tier: spec.tier,
    });
    const shell = await launchHeadless(configDir, env);
    try {
      await until(
        () => world.aRecord(label) === FIRST_ADDRESS,
        60_000,
        `the first write of ${label}`,
      );
      const before = world.requestCount();
      const period = spec.kind === 'local' ? WATCH_SECONDS : spec.pollSeconds;
      for (
        let i = 0;
        i < (spec.tier === 'free' ? 1 : BATCH) && latencies.length < spec.changes;
        i++
      ) {
        await wait(Math.random() * period * 1000);
        const address = `203.0.113.${next++}`;
        const changedAt = Date.now();
        world.setAddress(address, spec.kind === 'local');
        await until(
          () => world.aRecord(label) === address,
          period * 3000 + 30_000,
          `${label} to become ${address}`,
        );
        latencies.push(storedAt(world, label, address) - changedAt);
      }
      requests += world.requestCount() - before;
    } finally {
      await shell.stop();
      rmSync(configDir, { recursive: true, force: true });
    }
  }
  return { latencies, requests };
}
