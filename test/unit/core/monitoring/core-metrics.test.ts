import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { createCoreMetrics } from '../../../../electron/core/monitoring/core-metrics.js';
import {
  WEBHOOK_RATE_LIMIT,
  WebhookSender,
} from '../../../../electron/core/monitoring/webhook-sender.js';
import { createMetricsTokenSource } from '../../../../electron/headless/metrics-token.js';
import type { CoreStatus } from '../../../../shared/engine/core-status.js';
import { WebhookSchema } from '../../../../shared/settings/monitoring-settings.js';
import { FakeClock } from '../../../support/fake-clock.js';

const NOW = Date.UTC(2026, 0, 5, 12);
const status: CoreStatus = {
  overall: 'error',
  summary: 'An update failed; see the host for details.',
  families: [],
  hosts: [
    {
      hostId: 'h1',
      label: 'home',
      updatesLeftToday: 1,
      dailyLimit: 2,
      pausedReason: null,
      records: [
        { record: 'A', applied: null, outcome: null, lastUpdateAt: null },
        {
          record: 'AAAA',
          applied: null,
          outcome: { kind: 'deferred', until: null, reason: 'paused' },
          lastUpdateAt: null,
        },
        {
          record: 'TXT',
          applied: null,
          outcome: { kind: 'rejected', serverMessage: 'no', reason: 'no' },
          lastUpdateAt: null,
        },
        {
          record: 'CNAME',
          applied: 'target.example',
          outcome: { kind: 'unchanged', value: 'target.example' },
          lastUpdateAt: null,
          verification: {
            state: 'drifted',
            detail: 'DNS says other.example',
            dnsSays: 'other.example',
            driftedSince: new Date(NOW - 60_000).toISOString(),
            lastPublishedAt: null,
            checkedAt: new Date(NOW).toISOString(),
            needsAttention: false,
            answers: [],
          },
        },
      ],
    },
  ],
  nextCheckAt: new Date(NOW + 42_000).toISOString(),
  pausedUntil: null,
  requestsInLastHour: 7,
  hourlyRequestBudget: 50,
};

describe('the metrics registry', () => {
  it('reports record states, budgets, the next check and days to expiry per domain', async () => {
    const metrics = createCoreMetrics({
      status: () => status,
      now: () => NOW,
      domains: () => [
        { domain: 'example.tk', daysLeft: 12 },
        { domain: 'unknown.ml', daysLeft: null },
      ],
      memory: () => ({ rss: 5_000_000, heapUsed: 2_000_000 }),
    });
    const text = await metrics.render();
    const lines = text.split('\n');
    expect(lines).toContain('dnstray_record_state{host="home",record="A",state="pending"} 1');
    expect(lines).toContain('dnstray_record_state{host="home",record="AAAA",state="deferred"} 1');
    expect(lines).toContain('dnstray_record_state{host="home",record="TXT",state="rejected"} 1');
    expect(lines).toContain('dnstray_record_state{host="home",record="TXT",state="in-sync"} 0');
    // freedns.io said unchanged, but the nameservers serve something else.
    expect(lines).toContain('dnstray_record_state{host="home",record="CNAME",state="drifted"} 1');
    expect(lines).toContain('dnstray_record_state{host="home",record="CNAME",state="in-sync"} 0');
    expect(lines).toContain(
      'dnstray_record_dns_state{host="home",record="CNAME",state="drifted"} 1',
    );
    expect(text).not.toContain('dnstray_record_dns_state{host="home",record="A"');
    expect(lines).toContain('dnstray_requests_left_this_hour 43');
    expect(lines).toContain('dnstray_updates_left_today{host="home"} 1');
    expect(lines).toContain('dnstray_next_check_seconds 42');
    expect(lines).toContain('dnstray_domain_expiry_days{domain="example.tk"} 12');
    expect(text).not.toContain('unknown.ml');
    expect(lines).toContain('dnstray_process_resident_memory_bytes 5000000');
  });

  it('keeps two registries apart (never the global one)', async () => {
    const one = createCoreMetrics({ status: () => status, now: () => NOW, domains: () => [] });
    const two = createCoreMetrics({ status: () => status, now: () => NOW, domains: () => [] });
    one.observeCheck({ at: NOW, ok: false, message: 'x' });
    expect(await one.render()).toContain('dnstray_checks_total{outcome="failed"} 1');
    expect(await two.render()).toContain('dnstray_checks_total{outcome="failed"} 0');
  });

  it('counts what happened before the first scrape, and after it', async () => {
    const metrics = createCoreMetrics({ status: () => status, now: () => NOW, domains: () => [] });
    metrics.observeCheck({ at: NOW, ok: true, message: 'x' });
    metrics.observeOutcome({ outcome: { kind: 'updated' } } as never);
    metrics.observeAddressChange('ipv4', NOW);
    const first = (await metrics.render()).split('\n');
    expect(first).toContain('dnstray_checks_total{outcome="ok"} 1');
    expect(first).toContain('dnstray_requests_total{outcome="updated"} 1');
    expect(first).toContain('dnstray_updates_total{outcome="updated"} 1');
    expect(first).toContain(
      `dnstray_detection_last_change_timestamp_seconds{family="ipv4"} ${NOW / 1000}`,
    );
    metrics.observeCheck({ at: NOW, ok: true, message: 'x' });
    expect((await metrics.render()).split('\n')).toContain('dnstray_checks_total{outcome="ok"} 2');
    expect(metrics.contentType).toBe(Registry.PROMETHEUS_CONTENT_TYPE);
  });
});

describe('the webhook rate limit', () => {
  it('sends at most 6 events a minute per webhook, then again after the minute', async () => {
    const clock = new FakeClock(NOW);
    const sent: string[] = [];
    const sender = new WebhookSender({
      clock,
      webhooks: () => [WebhookSchema.parse({ id: 'phone', url: 'https://hooks.example.net/x' })],
      secretFor: () => undefined,
      redact: (text) => text,
      send: async (request) => {
        sent.push(String(request.body));
        return { kind: 'response', status: 200, statusText: 'OK', contentType: null, body: '' };
      },
      log: { report: () => undefined },
    });
    const change = (n: number) =>
      sender.observe({
        name: 'ip:changed',
        payload: { family: 'ipv4', address: `203.0.113.${n}`, previous: '203.0.113.1', at: '' },
      });
    for (let n = 2; n < 12; n += 1) change(n);
    await sender.idle();
    expect(sent).toHaveLength(WEBHOOK_RATE_LIMIT.perWindow);
    await clock.advance(WEBHOOK_RATE_LIMIT.windowMs);
    change(99);
    await sender.idle();
    expect(sent).toHaveLength(WEBHOOK_RATE_LIMIT.perWindow + 1);
    expect(sent.at(-1)).toContain('203.0.113.99');
  });
});

describe('the metrics token file', () => {
  it('is refused when others can read it, and used once it is 0600', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'dnstray-token-'));
    try {
      const file = path.join(folder, 'token');
      writeFileSync(file, 'a-long-enough-token-1234\n');
      chmodSync(file, 0o644);
      const warnings: string[] = [];
      const token = createMetricsTokenSource(
        () => file,
        (message) => warnings.push(message),
      );
      expect(token()).toBeNull();
      expect(token()).toBeNull();
      expect(warnings).toEqual([
        `metrics token file ${file} was not used: other users can read it; run: chmod 600 '${file}'`,
      ]);
      chmodSync(file, 0o600);
      expect(token()).toBe('a-long-enough-token-1234');
      expect(warnings.join('')).not.toContain('a-long-enough-token-1234');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
