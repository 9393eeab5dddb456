import { afterEach, describe, expect, it } from 'vitest';
import type { RecordVerification } from '../../../shared/engine/record-verification.js';
import { startEngineWorld, type EngineWorld } from '../../support/engine/engine-world.js';

let harness: EngineWorld | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

const MINUTE = 60_000;
const aWrites = (h: EngineWorld) =>
  h.freedns.state().requestLog.filter((entry) => entry.params.record === 'A');

async function dnsControl(h: EngineWorld, body: unknown): Promise<void> {
  const response = await fetch(`${h.freedns.url}/_emulator/dns`, {
    method: 'POST',
    body: JSON.stringify(body),
  });
  expect(response.status, await response.clone().text()).toBe(200);
}

async function verificationOfA(h: EngineWorld): Promise<RecordVerification | undefined> {
  const status = await h.core.handlers['status:get'](undefined);
  return status.hosts[0]?.records.find((record) => record.record === 'A')?.verification;
}

async function notices(h: EngineWorld): Promise<string[]> {
  const page = await h.core.handlers['history:list']({ kinds: ['notice'], offset: 0, limit: 50 });
  return page.events.map((event) => (event.kind === 'notice' ? event.message : ''));
}

async function started(verify: NonNullable<Parameters<typeof startEngineWorld>[0]>['verify']) {
  const h = await startEngineWorld({ tier: 'premium', verify, settings: { timeoutMs: 1_000 } });
  harness = h;
  await h.start();
  await h.advance(20_000);
  expect(h.aRecord()).toBe('203.0.113.10');
  return h;
}

describe('checking what DNS serves', () => {
  it('sees a record published by every nameserver after the update', async () => {
    const h = await started({ servers: 2 });
    expect(await verificationOfA(h)).toMatchObject({
      state: 'published',
      dnsSays: '203.0.113.10',
      needsAttention: false,
    });
    const answers = (await verificationOfA(h))!.answers;
    expect(answers.map((a) => [a.server, a.outcome])).toEqual(
      h.freedns.dns!.nameservers.map((server) => [server, 'answer']),
    );
  });

  it('detects a record edited on the website and repairs it exactly once within one interval', async () => {
    const h = await started({ intervalMinutes: 30, graceMinutes: 10 });
    await h.advance(11 * MINUTE, 5_000);
    await dnsControl(h, { action: 'edit', label: 'home', record: 'A', value: '198.51.100.66' });
    expect(h.aRecord()).toBe('198.51.100.66');
    const drifts: unknown[] = [];
    h.core.events.subscribe((event) => {
      if (event.name === 'dns:drift') drifts.push(event.payload);
    });
    await h.advance(31 * MINUTE, 5_000);
    expect(h.aRecord()).toBe('203.0.113.10');
    expect(aWrites(h).map((entry) => entry.params.value)).toEqual(['203.0.113.10', '203.0.113.10']);
    expect(await verificationOfA(h)).toMatchObject({ state: 'published', needsAttention: false });
    expect(await notices(h)).toEqual([
      'home.freedns.io A: drift repaired: DNS said 198.51.100.66, set back to 203.0.113.10',
    ]);
    expect(drifts).toEqual([expect.objectContaining({ kind: 'repaired', record: 'A' })]);
    // Nothing more to repair: two more intervals send nothing.
    await h.advance(60 * MINUTE, 10_000);
    expect(aWrites(h)).toHaveLength(2);
  });

  it('shows a slow nameserver as propagating within the grace period, then published', async () => {
    const clockStart = Date.now();
    const h = await startEngineWorld({
      tier: 'premium',
      verify: { servers: 2, graceMinutes: 10 },
      settings: { timeoutMs: 1_000 },
    });
    harness = h;
    await dnsControl(h, { action: 'delay', ms: 5 * MINUTE, server: 1 });
    await h.start();
    await h.advance(20_000);
    const early = await verificationOfA(h);
    expect(early).toMatchObject({
      state: 'propagating',
      detail: expect.stringContaining('1 of 2'),
    });
    expect(early!.answers.map((a) => a.outcome)).toEqual(['answer', 'no-data']);
    await h.advance(11 * MINUTE, 5_000);
    expect(await verificationOfA(h)).toMatchObject({ state: 'published' });
    expect(aWrites(h)).toHaveLength(1);
    expect(Date.now() - clockStart).toBeLessThan(60_000);
  });

  it('reports unknown, and writes nothing, when the nameserver times out', async () => {
    const h = await started({ intervalMinutes: 30, graceMinutes: 0 });
    await dnsControl(h, { action: 'fault', kind: 'timeout', count: 1000 });
    await dnsControl(h, { action: 'edit', label: 'home', record: 'A', value: '198.51.100.66' });
    await h.advance(61 * MINUTE, 10_000);
    const verification = await verificationOfA(h);
    expect(verification).toMatchObject({ state: 'unknown', needsAttention: false });
    expect(verification!.detail).toContain('no answer in time');
    expect(aWrites(h)).toHaveLength(1);
  });

  it('stops repairing a record that keeps drifting and says why', async () => {
    const h = await started({ intervalMinutes: 30, graceMinutes: 5 });
    await h.advance(6 * MINUTE, 5_000);
    await dnsControl(h, {
      action: 'edit',
      label: 'home',
      record: 'A',
      value: '198.51.100.66',
      sticky: true,
    });
    await h.advance(3 * 30 * MINUTE, 10_000);
    expect(aWrites(h).map((entry) => entry.params.value)).toEqual(['203.0.113.10', '203.0.113.10']);
    const verification = await verificationOfA(h);
    expect(verification).toMatchObject({
      state: 'drifted',
      needsAttention: true,
      dnsSays: '198.51.100.66',
    });
    const status = await h.core.handlers['status:get'](undefined);
    expect(status.overall).toBe('attention');
    expect(status.summary).toContain('something else is writing it');
    // A scraper sees the same: /metrics renders what DNS serves, not only freedns.io's word.
    const metrics = (await h.core.monitoring.metrics.render()).split('\n');
    expect(metrics).toContain('dnstray_record_state{host="home",record="A",state="drifted"} 1');
    expect(metrics).toContain('dnstray_record_dns_state{host="home",record="A",state="drifted"} 1');
    expect((await notices(h)).at(0)).toMatch(
      /DNS still says 198\.51\.100\.66 after DNS Tray set it back to 203\.0\.113\.10: something else is writing this record/,
    );
  });

  it('never sends a freedns.io request by itself, whatever the nameservers answer', async () => {
    const h = await started({ servers: 2, intervalMinutes: 5 });
    const requests = h.freedns.state().requestLog.length;
    const queries = h.freedns.dns!.zone.queries.length;
    for (const kind of ['servfail', 'refused', 'lame', 'truncate', 'extra'] as const)
      await dnsControl(h, { action: 'fault', kind, count: 2 });
    await h.advance(60 * MINUTE, 10_000);
    expect(h.freedns.dns!.zone.queries.length).toBeGreaterThan(queries + 10);
    expect(h.freedns.state().requestLog.length).toBe(requests);
    expect(await verificationOfA(h)).toMatchObject({ state: 'published' });
  });
});
