import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMetricsTokenSource } from '../../../electron/headless/metrics-token.js';
import { createMonitoringRoutes } from '../../../electron/headless/monitoring-routes.js';
import { startHeadlessServer, type HeadlessServer } from '../../../electron/headless/server.js';
import { startEngineWorld, type EngineWorld } from '../../support/engine/engine-world.js';

const SESSION_TOKEN = 'session-token-0123456789abcdefghijklmnop';
const METRICS_TOKEN = 'metrics-token-zyxwvutsrqponmlkjihgfedcba';

let harness: EngineWorld | null = null;
let server: HeadlessServer | null = null;
let folder: string | null = null;
afterEach(async () => {
  await server?.close();
  await harness?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
  harness = server = folder = null;
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** The fake scraper: plain HTTP, no cookie, optionally a Bearer token. */
function scrape(pathname: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: server!.port, path: pathname, headers },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** A strict reader of the Prometheus text format: every line is HELP, TYPE or a sample. */
function parseExposition(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || /^# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* .+$/.test(line)) continue;
    const match =
      /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{((?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*",?)*)\})? (-?[0-9.e+-]+|NaN|[+-]Inf)$/.exec(
        line,
      );
    if (!match) throw new Error(`not a valid exposition line: ${line}`);
    const labels: Record<string, string> = {};
    for (const pair of (match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g))
      labels[pair[1]!] = pair[2]!;
    samples.push({ name: match[1]!, labels, value: Number(match[3]) });
  }
  return samples;
}

function valueOf(samples: Sample[], name: string, labels: Record<string, string> = {}): number {
  const found = samples.filter(
    (sample) =>
      sample.name === name &&
      Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
  );
  if (found.length !== 1)
    throw new Error(`${found.length} samples of ${name} ${JSON.stringify(labels)}`);
  return found[0]!.value;
}

async function startServed(): Promise<void> {
  harness = await startEngineWorld();
  folder = mkdtempSync(path.join(os.tmpdir(), 'dnstray-metrics-'));
  const tokenFile = path.join(folder, 'metrics-token');
  writeFileSync(tokenFile, `${METRICS_TOKEN}\n`);
  chmodSync(tokenFile, 0o600);
  writeFileSync(path.join(folder, 'index.html'), '<!doctype html>');
  const core = harness.core;
  server = await startHeadlessServer({
    core,
    port: 0,
    token: SESSION_TOKEN,
    rendererDir: folder,
    routes: createMonitoringRoutes({
      monitoring: core.monitoring,
      sessionToken: SESSION_TOKEN,
      metricsToken: createMetricsTokenSource(
        () => tokenFile,
        () => undefined,
      ),
    }),
  });
  await harness.start();
  await harness.advance(20_000);
}

describe('GET /metrics on the headless shell', () => {
  it('serves the engine state in the Prometheus text format to a scraper with the metrics token', async () => {
    await startServed();
    expect(harness!.aRecord()).toBe('203.0.113.10');

    const answer = await scrape('/metrics', { Authorization: `Bearer ${METRICS_TOKEN}` });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const samples = parseExposition(answer.body);
    expect(valueOf(samples, 'dnstray_detection_state', { family: 'ipv4', state: 'known' })).toBe(1);
    expect(valueOf(samples, 'dnstray_detection_state', { family: 'ipv4', state: 'unknown' })).toBe(
      0,
    );
    expect(
      valueOf(samples, 'dnstray_detection_last_change_timestamp_seconds', { family: 'ipv4' }),
    ).toBeGreaterThan(Date.UTC(2026, 0, 1) / 1000);
    expect(valueOf(samples, 'dnstray_checks_total', { outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(valueOf(samples, 'dnstray_checks_total', { outcome: 'failed' })).toBe(0);
    expect(valueOf(samples, 'dnstray_requests_total', { outcome: 'updated' })).toBe(1);
    expect(valueOf(samples, 'dnstray_updates_total', { outcome: 'updated' })).toBe(1);
    const status = await harness!.core.handlers['status:get'](undefined);
    expect(valueOf(samples, 'dnstray_requests_left_this_hour')).toBe(
      status.hourlyRequestBudget - status.requestsInLastHour,
    );
    expect(valueOf(samples, 'dnstray_updates_left_today', { host: 'home' })).toBe(
      status.hosts[0]!.updatesLeftToday,
    );
    expect(
      valueOf(samples, 'dnstray_record_state', { host: 'home', record: 'A', state: 'in-sync' }),
    ).toBe(1);
    expect(
      valueOf(samples, 'dnstray_record_state', { host: 'home', record: 'A', state: 'failed' }),
    ).toBe(0);
    const nextCheck = valueOf(samples, 'dnstray_next_check_seconds');
    expect(nextCheck).toBeGreaterThan(0);
    expect(nextCheck).toBeLessThanOrEqual(60);
    expect(valueOf(samples, 'dnstray_process_resident_memory_bytes')).toBeGreaterThan(1_000_000);
  });

  it('takes the session token as a Bearer too, and answers 401 without one, with a wrong one or with only the cookie', async () => {
    await startServed();
    expect((await scrape('/metrics', { Authorization: `Bearer ${SESSION_TOKEN}` })).status).toBe(
      200,
    );
    const refused = [
      await scrape('/metrics'),
      await scrape('/metrics', { Authorization: 'Bearer wrong-token-0123456789abcdefghij' }),
      await scrape('/metrics', { Authorization: `Bearer ${METRICS_TOKEN}x` }),
      await scrape('/metrics', { Authorization: `Basic ${METRICS_TOKEN}` }),
      await scrape('/metrics', { Cookie: `dnstray_token_${server!.port}=${SESSION_TOKEN}` }),
      await scrape(`/metrics?token=${SESSION_TOKEN}`),
    ];
    for (const answer of refused) {
      expect(answer.status).toBe(401);
      expect(answer.body).toBe('unauthorized\n');
      expect(answer.headers['www-authenticate']).toBe('Bearer realm="dnstray"');
    }
    const every = [...refused, await scrape('/healthz')];
    for (const answer of every) {
      const text = answer.body + JSON.stringify(answer.headers);
      expect(text).not.toContain(SESSION_TOKEN);
      expect(text).not.toContain(METRICS_TOKEN);
    }
  });

  it('answers /healthz 200 without a token, and 503 with no details once checks fail for 15 minutes', async () => {
    await startServed();
    const healthy = await scrape('/healthz');
    expect(healthy).toMatchObject({ status: 200, body: 'ok\n' });

    for (const name of ['alpha', 'bravo', 'charlie'])
      harness!.echo.setBehaviour(name, { behaviour: 'fail' });
    await harness!.advance(5 * 60_000, 5_000);
    expect((await scrape('/healthz')).status).toBe(200); // failing, but within the grace period
    await harness!.advance(11 * 60_000, 5_000);
    const sick = await scrape('/healthz');
    expect(sick).toMatchObject({ status: 503, body: 'unhealthy\n' });
    const samples = parseExposition(
      (await scrape('/metrics', { Authorization: `Bearer ${METRICS_TOKEN}` })).body,
    );
    expect(valueOf(samples, 'dnstray_checks_total', { outcome: 'failed' })).toBeGreaterThanOrEqual(
      3,
    );
    expect(valueOf(samples, 'dnstray_detection_state', { family: 'ipv4', state: 'unknown' })).toBe(
      1,
    );

    for (const name of ['alpha', 'bravo', 'charlie'])
      harness!.echo.setBehaviour(name, { behaviour: 'honest' });
    await harness!.core.handlers['sync:updateNow'](undefined);
    await harness!.advance(20_000);
    expect((await scrape('/healthz')).status).toBe(200);
  });
});
