import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as wait } from 'node:timers/promises';
import { row, type BenchRow, type BenchOptions, type Measurement } from './bench-row.js';
import { startEngineWorld, writeEngineProfile } from './engine-world.js';
import { launchHeadless } from './headless-launcher.js';
import { median } from './stats.js';

const TICKS_PER_SECOND =
  Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
/** Startup work (loading modules, first check) is not idleness: let it settle first. */
const SETTLE_MS = 5_000;

/**
 * The headless shell's resident memory and CPU while it has nothing to do: running a normal
 * profile against the emulators while the address stays put, sampled from /proc once a second.
 */
export const idleFootprint: Measurement = {
  id: 'headless.idle',
  title: 'Headless shell at idle',
  async run(options: BenchOptions): Promise<BenchRow[]> {
    const configDir = mkdtempSync(path.join(os.tmpdir(), 'dnstray-bench-idle-'));
    const world = await startEngineWorld(['idle']);
    const description =
      'one Premium host following IPv4 (3 echo sources, router watched every 5 s, poll 60 s), nothing changing';
    try {
      const env = writeEngineProfile(configDir, world, {
        hostLabel: 'idle',
        pollSeconds: 60,
        router: true,
        watchSeconds: 5,
      });
      const shell = await launchHeadless(configDir, env);
      try {
        await wait(SETTLE_MS);
        const pid = shell.child.pid!;
        const cpuStart = cpuTicks(pid);
        const rss: number[] = [];
        const started = performance.now();
        while (performance.now() - started < options.idleSeconds * 1000) {
          rss.push(rssKiB(pid));
          await wait(1_000);
        }
        const seconds = (performance.now() - started) / 1000;
        const cpuSeconds = (cpuTicks(pid) - cpuStart) / TICKS_PER_SECOND;
        const detail = `${Math.round(seconds)} s after a ${SETTLE_MS / 1000} s settle; ${description}`;
        return [
          row('headless.idle.rss.median', 'Idle RSS (median)', median(rss) / 1024, 'MiB', detail),
          row('headless.idle.rss.max', 'Idle RSS (max)', Math.max(...rss) / 1024, 'MiB', detail),
          row(
            'headless.idle.cpu',
            'Idle CPU (share of one core)',
            (cpuSeconds / seconds) * 100,
            '%',
            `${cpuSeconds.toFixed(2)} s CPU in ${Math.round(seconds)} s; ${description}`,
          ),
        ];
      } finally {
        await shell.stop();
      }
    } finally {
      await world.close();
      rmSync(configDir, { recursive: true, force: true });
    }
  },
};

function cpuTicks(pid: number): number {
  // Fields after the command name: state is 3rd, utime 14th and stime 15th overall.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

function rssKiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN);
}
