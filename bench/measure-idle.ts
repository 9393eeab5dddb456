import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as wait } from 'node:timers/promises';
import { row, type BenchRow, type BenchOptions, type Measurement } from './bench-row.js';
import { startBenchWorld, writeEngineProfile } from '../test/support/engine/engine-world.js';
import { launchHeadless } from './headless-launcher.js';
import { median } from './stats.js';
import type { RunningEmulator } from '../test/emulators/common/emulator-server.js';
import { startFreenomEmulator } from '../test/emulators/freenom/index.js';

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
    return [
      ...(await sampleIdle(options, null)),
      ...(await sampleIdle(options, await startFreenomEmulator({ port: 0 }))),
    ];
  },
};

/** Target (issue 16): median idle RSS of the IP-only profile and of the one with Freenom too. */
const TARGET_MIB = { ip: 60, freenom: 70 };

/** One idle profile: IP only, or (with the Freenom emulator) the demo Freenom account too. */
async function sampleIdle(
  options: BenchOptions,
  freenom: RunningEmulator | null,
): Promise<BenchRow[]> {
  const configDir = mkdtempSync(path.join(os.tmpdir(), 'dnstray-bench-idle-'));
  const world = await startBenchWorld(['idle']);
  const description = `one Premium host following IPv4 (3 echo sources, router watched every 5 s, poll 60 s)${freenom ? ', a Freenom account (the emulator\u2019s demo domains)' : ''}, nothing changing`;
  const id = freenom ? 'headless.idle.freenom' : 'headless.idle';
  const label = freenom ? ', with a Freenom account' : '';
  try {
    const env = writeEngineProfile(configDir, world, {
      hostLabel: 'idle',
      pollSeconds: 60,
      router: true,
      watchSeconds: 5,
    });
    if (freenom) addFreenomAccount(configDir, env, `${freenom.url}/v2`);
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
      const detail = `${Math.round(seconds)} s after a ${SETTLE_MS / 1000} s settle; ${description}; target \u2264 ${freenom ? TARGET_MIB.freenom : TARGET_MIB.ip} MiB`;
      return [
        row(`${id}.rss.median`, `Idle RSS (median)${label}`, median(rss) / 1024, 'MiB', detail),
        row(`${id}.rss.max`, `Idle RSS (max)${label}`, Math.max(...rss) / 1024, 'MiB', detail),
        row(
          `${id}.cpu`,
          `Idle CPU (share of one core)${label}`,
          (cpuSeconds / seconds) * 100,
          '%',
          `${cpuSeconds.toFixed(2)} s CPU in ${Math.round(seconds)} s; ${description}`,
        ),
      ];
    } finally {
      await shell.stop();
    }
  } finally {
    await Promise.all([world.close(), freenom?.close()]);
    rmSync(configDir, { recursive: true, force: true });
  }
}

/** The Freenom emulator's demo account, its password in the environment as a user would. */
function addFreenomAccount(configDir: string, env: NodeJS.ProcessEnv, baseUrl: string): void {
  const file = path.join(configDir, 'config.json');
  const settings = JSON.parse(readFileSync(file, 'utf8')) as { accounts: { freenom: unknown[] } };
  settings.accounts.freenom = [
    { id: 'freenom', email: 'demo@example.com', baseUrl, testMode: false },
  ];
  writeFileSync(file, JSON.stringify(settings, null, '\t'), { mode: 0o600 });
  env.DNSTRAY_FREENOM_PASSWORD = 'demo';
}

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
