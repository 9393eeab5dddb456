import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/create-core.js';
import { dispatch } from '../../../electron/core/dispatch.js';
import { HeadlessSecretStore } from '../../../electron/core/store/headless-secret-store.js';
import { openStores } from '../../../electron/core/store/open-stores.js';
import { startEchoEmulator, type EchoEmulator } from '../../emulators/ip-echo/index.js';
import { FakeClock } from '../../support/fake-clock.js';

const FREEDNS_PASSWORD = 'S3cret-freedns-Pässword!';
const HOOK_SECRET = 'hook/secret+signing=value';
const CHECK_ID = '5f0c2a8e-check-id-7d1b';
const TOPIC = 'dnstray-private-topic-91';
const SECRETS = [FREEDNS_PASSWORD, HOOK_SECRET, CHECK_ID, TOPIC];

/** Every form a secret could take in a file (as test/integration/store/no-secret-leak does). */
const forms = (secret: string) => [
  secret,
  Buffer.from(secret).toString('base64'),
  Buffer.from(secret).toString('hex'),
  encodeURIComponent(secret),
  JSON.stringify(secret).slice(1, -1),
];

let folder: string;
let echo: EchoEmulator;
beforeEach(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'dnstray-diag-'));
  echo = await startEchoEmulator({ port: 0, seed: { ipv4: '203.0.113.10' } });
});
afterEach(async () => {
  await echo.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('diagnostics:export', () => {
  it('holds version, OS, settings, status, the last 500 events, the doctor and recent errors, and no secret', async () => {
    const clock = new FakeClock(Date.UTC(2026, 10, 23, 8));
    const stores = openStores({
      folder,
      clock,
      secrets: () =>
        new HeadlessSecretStore({
          DNSTRAY_FREEDNS_PASSWORD_HOME: FREEDNS_PASSWORD,
          DNSTRAY_WEBHOOK_SECRET_PHONE: HOOK_SECRET,
        }),
    });
    const core = createCore({
      app: { name: 'dnstray', productName: 'DNS Tray', version: '1.2.3', shell: 'headless' },
      clock,
      stores,
    });
    const saved = await dispatch(core.handlers, 'settings:update', {
      patch: {
        accounts: { freedns: [{ id: 'home', username: 'alice' }] },
        hosts: [
          {
            id: 'home',
            accountId: 'home',
            label: 'home',
            records: [{ type: 'A', mode: 'follow' }],
          },
        ],
        engine: {
          families: ['ipv4'],
          useInterfaces: false,
          router: { enabled: false },
          allowedRanges: ['documentation'],
          sources: ['alpha', 'bravo'].map((name, index) => ({
            id: name,
            name,
            family: 'ipv4',
            url: echo.sourceUrls[`${name}-ipv4`],
            format: (['plain', 'json'] as const)[index],
          })),
        },
        monitoring: {
          heartbeat: { url: `https://hc-ping.com/${CHECK_ID}`, style: 'healthchecks' },
          webhooks: [{ id: 'phone', url: `https://ntfy.sh/${TOPIC}`, format: 'ntfy' }],
        },
      },
    });
    expect(saved).toMatchObject({ ok: true, result: { ok: true } });
    for (let i = 0; i < 600; i += 1)
      await stores.history.append({
        kind: 'update-outcome',
        accountId: 'home',
        hostId: 'home',
        hostname: 'home.freedns.io',
        recordType: 'A',
        outcome: i === 599 ? 'rejected' : 'updated',
        value: '203.0.113.10',
        message: i === 599 ? `bad password ${FREEDNS_PASSWORD}` : `event ${i}`,
      });

    const answer = await dispatch(core.handlers, 'diagnostics:export', undefined);
    if (!answer.ok) throw new Error(answer.error.message);
    const { fileName, text } = answer.result as { fileName: string; text: string };
    expect(fileName).toBe('dnstray-diagnostics-2026-11-23-08-00-00.json');
    const report = JSON.parse(text);
    expect(report.app).toEqual({
      name: 'dnstray',
      productName: 'DNS Tray',
      version: '1.2.3',
      shell: 'headless',
    });
    expect(report.os).toMatchObject({ platform: process.platform, node: process.versions.node });
    expect(report.settings.accounts.freedns).toEqual([
      expect.objectContaining({ id: 'home', username: 'alice' }),
    ]);
    expect(report.settings.monitoring.heartbeat.url).toBe('https://hc-ping.com/…');
    expect(report.settings.monitoring.webhooks[0].url).toBe('https://ntfy.sh/…');
    expect(report.status.ok).toBe(true);
    expect(report.status.value).toMatchObject({
      overall: expect.any(String),
      summary: expect.any(String),
    });
    expect(report.history.events).toHaveLength(500);
    expect(report.history.events[0].message).toBe('bad password [secret removed]');
    expect(report.sourceDoctor.ok).toBe(true);
    expect(report.sourceDoctor.value.families[0]).toMatchObject({
      family: 'ipv4',
      state: 'known',
      address: '203.0.113.10',
    });
    expect(report.recentErrors.history).toEqual([
      expect.objectContaining({ outcome: 'rejected', message: 'bad password [secret removed]' }),
    ]);

    for (const secret of SECRETS)
      for (const form of forms(secret)) expect(text, `a form of ${secret}`).not.toContain(form);
  });
});
