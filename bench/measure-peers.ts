import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as wait } from 'node:timers/promises';
import {
  notAvailable,
  row,
  type BenchOptions,
  type BenchRow,
  type Measurement,
} from './bench-row.js';
import {
  BENCH_USERS,
  FIRST_ADDRESS,
  PASSWORD,
  startBenchEcho,
  startBenchWorld,
  until,
  writeEngineProfile,
} from '../test/support/engine/engine-world.js';
import { launchHeadless } from './headless-launcher.js';
import { median } from './stats.js';
import type { EchoEmulator } from '../test/emulators/ip-echo/index.js';
import type { FreednsEmulator } from '../test/emulators/freedns-io/index.js';

const INSTALL_HINT =
  'install it with `apt-get install inadyn` (Debian/Ubuntu) or `brew install inadyn`';
/** Premium hosts take 15 updates a day: one host per client keeps a series under it. */
const MAX_CHANGES = 14;
const WATCH_SECONDS = 5;
const RSS_SECONDS = 10;

/** One client under test: how to read its latest check and move the address it sees. */
interface Client {
  label: string;
  echo: EchoEmulator;
  /** Echo source whose request count marks one check (our three sources are asked together). */
  source: string;
  pid(): number;
}

/**
 * inadyn beside the headless shell, same freedns.io emulator, same poll period, in one run.
 * Fairness: each change comes at the same random offset after *that client's* latest check
 * (seen as its echo request), so neither poller is favoured by where its timer happened to be.
 */
export const peers: Measurement = {
  id: 'peers',
  title: 'inadyn beside the headless shell (same emulator, same period)',
  async run(options: BenchOptions): Promise<BenchRow[]> {
    const inadyn = findInadyn();
    if (!inadyn) {
      process.stderr.write(` (inadyn is not installed: ${INSTALL_HINT})`);
      return [
        notAvailable(
          'peers',
          'inadyn beside the headless shell',
          `inadyn is not installed; ${INSTALL_HINT}`,
        ),
      ];
    }
    const changes = Math.min(options.changes, MAX_CHANGES);
    const period = options.pollSeconds;
    const offsets = Array.from({ length: changes }, () => Math.random() * period * 1000);
    // The bench's own emulator account (Premium user "bench"), one echo emulator per client.
    const world = await startBenchWorld(['ours', 'peer', 'router']);
    const { freedns } = world;
    const echoes = [world.echo, ...(await Promise.all([startBenchEcho(), startBenchEcho()]))];
    const dirs: string[] = [];
    const stops: (() => Promise<void>)[] = [];
    try {
      const ours = await startOurs(freedns, echoes[0]!, 'ours', period, false, dirs, stops);
      const peer = startInadyn(inadyn.path, freedns, echoes[1]!, period, dirs, stops);
      const router = await startOurs(freedns, echoes[2]!, 'router', 3_600, true, dirs, stops);
      await until(
        () => freedns.state().hosts.find((h) => h.label === 'ours')?.records.A === FIRST_ADDRESS,
        60_000,
        'the first write of ours',
      );
      await until(() => echoes[1]!.requestCount('alpha') > 0, 60_000, 'inadyn\u2019s first check');
      const routerHost = () => freedns.state().hosts.find((h) => h.label === 'router');
      await until(
        () => routerHost()?.records.A === FIRST_ADDRESS,
        60_000,
        'the first write of router',
      );
      const [oursRss, peerRss] = await Promise.all([sampleRss(ours.pid()), sampleRss(peer.pid())]);
      const [oursPoll, peerPoll, oursRouter] = await Promise.all([
        series(freedns, ours, offsets, period, false, 10),
        series(freedns, peer, offsets, period, false, 20),
        series(
          freedns,
          router,
          offsets.map((o) => (o / period) * WATCH_SECONDS),
          WATCH_SECONDS,
          true,
          30,
        ),
      ]);
      const how = `${changes} changes each; poll every ${period} s; each change at the same random offset (0\u2013${period} s) after that client\u2019s own latest check; one freedns.io emulator, one echo emulator per client, all on 127.0.0.1`;
      const ratio = (a: number[], b: number[]) => median(a) / median(b);
      return [
        row(
          'peers.poll.ours.median',
          'Change to stored record, poll, DNS Tray (median)',
          median(oursPoll) / 1000,
          's',
          how,
        ),
        row(
          'peers.poll.inadyn.median',
          `Change to stored record, poll, inadyn ${inadyn.version} (median)`,
          median(peerPoll) / 1000,
          's',
          how,
        ),
        row(
          'peers.poll.ratio',
          'DNS Tray / inadyn, poll path (medians)',
          ratio(oursPoll, peerPoll),
          '\u00d7',
          how,
        ),
        row(
          'peers.router.ours.median',
          'Change to stored record, router signal, DNS Tray (median)',
          median(oursRouter) / 1000,
          's',
          `${changes} changes; router WAN read every ${WATCH_SECONDS} s, poll off`,
        ),
        row(
          'peers.router.ratio',
          'DNS Tray router signal / inadyn poll (medians)',
          ratio(oursRouter, peerPoll),
          '\u00d7',
          'inadyn has no router signal: its poll is what it has',
        ),
        row(
          'peers.rss.ours',
          'Idle RSS, DNS Tray headless (median)',
          oursRss,
          'MiB',
          `${RSS_SECONDS} s after the first check; poll profile, 3 echo sources`,
        ),
        row(
          'peers.rss.inadyn',
          `Idle RSS, inadyn ${inadyn.version} (median)`,
          peerRss,
          'MiB',
          `${RSS_SECONDS} s after its first check`,
        ),
      ];
    } finally {
      for (const stop of stops) await stop();
      await Promise.all([world.close(), ...echoes.slice(1).map((e) => e.close())]);
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
  },
};

function findInadyn(): { path: string; version: string } | null {
  for (const candidate of ['inadyn', '/usr/sbin/inadyn', '/usr/local/sbin/inadyn']) {
    const probe = spawnSync(candidate, ['--version'], { encoding: 'utf8' });
    if (probe.status === 0) return { path: candidate, version: probe.stdout.trim() };
  }
  return null;
}

async function startOurs(
  freedns: FreednsEmulator,
  echo: EchoEmulator,
  label: string,
  pollSeconds: number,
  router: boolean,
  dirs: string[],
  stops: (() => Promise<void>)[],
): Promise<Client> {
  const configDir = mkdtempSync(path.join(os.tmpdir(), 'dnstray-bench-peer-'));
  dirs.push(configDir);
  const env = writeEngineProfile(
    configDir,
    { freedns, echo },
    {
      hostLabel: label,
      pollSeconds,
      router,
      watchSeconds: WATCH_SECONDS,
    },
  );
  const shell = await launchHeadless(configDir, env);
  stops.push(async () => void (await shell.stop()));
  return { label, echo, source: 'alpha', pid: () => shell.child.pid! };
}

/** inadyn's custom provider in the router GET form; checkip on our echo; cache seeded (no DNS). */
function startInadyn(
  bin: string,
  freedns: FreednsEmulator,
  echo: EchoEmulator,
  period: number,
  dirs: string[],
  stops: (() => Promise<void>)[],
): Client {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dnstray-bench-inadyn-'));
  dirs.push(dir);
  const cache = path.join(dir, 'cache');
  mkdirSync(cache);
  writeFileSync(path.join(cache, 'peer.cache'), `${FIRST_ADDRESS}\n`);
  const host = (url: string) => new URL(url).host;
  const conf = [
    `period = ${period}`,
    'verify-address = false',
    'custom freedns-emulator {',
    '  ssl = false',
    `  username = ${BENCH_USERS.premium}`,
    `  password = ${PASSWORD}`,
    `  ddns-server = ${host(freedns.url)}`,
    '  ddns-path = "/request?username=%u&password=%p&host=%h&myip=%i"',
    `  checkip-server = ${host(echo.url)}`,
    '  checkip-path = /s/alpha/ipv4/plain',
    '  checkip-ssl = false',
    '  hostname = peer',
    '}',
  ].join('\n');
  writeFileSync(path.join(dir, 'inadyn.conf'), conf, { mode: 0o600 });
  const child: ChildProcess = spawn(
    bin,
    ['-n', '--no-pidfile', '-f', path.join(dir, 'inadyn.conf'), '--cache-dir', cache, '-l', 'info'],
    { stdio: ['ignore', 'ignore', 'ignore'] },
  );
  stops.push(async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await exited;
  });
  return { label: 'peer', echo, source: 'alpha', pid: () => child.pid! };
}

async function series(
  freedns: FreednsEmulator,
  client: Client,
  offsets: number[],
  period: number,
  viaRouter: boolean,
  base: number,
): Promise<number[]> {
  const latencies: number[] = [];
  for (const [i, offset] of offsets.entries()) {
    if (!viaRouter) await nextCheck(client, period);
    await wait(offset);
    const address = `203.0.113.${base + i + 1}`;
    const changedAt = Date.now();
    client.echo.setAddress('ipv4', address);
    if (viaRouter) client.echo.setRouterAddress(address);
    await until(
      () => freedns.state().hosts.find((h) => h.label === client.label)?.records.A === address,
      period * 3000 + 30_000,
      `${client.label} to become ${address}`,
    );
    const entry = freedns
      .state()
      .requestLog.find(
        (e) =>
          e.status === 200 &&
          e.params.host === client.label &&
          (e.params.value ?? e.params.myip) === address,
      );
    if (!entry) throw new Error(`no logged request stored ${address} on ${client.label}`);
    latencies.push(Date.parse(entry.at) - changedAt);
  }
  return latencies;
}

/** Resolves just after the client's next check reaches its echo source. */
async function nextCheck(client: Client, period: number): Promise<void> {
  const seen = client.echo.requestCount(client.source);
  await until(
    () => client.echo.requestCount(client.source) > seen,
    period * 3000 + 30_000,
    `a check by ${client.label}`,
  );
}

async function sampleRss(pid: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < RSS_SECONDS; i++) {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    samples.push(Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024);
    await wait(1_000);
  }
  return median(samples);
}
