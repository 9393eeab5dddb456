import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/create-core.js';
import { dispatch } from '../../electron/core/dispatch.js';
import { FreenomClient } from '../../electron/core/freenom/index.js';
import { HeadlessSecretStore } from '../../electron/core/store/headless-secret-store.js';
import { openStores } from '../../electron/core/store/open-stores.js';
import type { RunningEmulator } from '../emulators/common/emulator-server.js';
import { startFreenomEmulator } from '../emulators/freenom/index.js';
import { FakeClock } from '../support/fake-clock.js';
import { CLIENT_TIMEOUT_MS, FAULT_MATRIX, injectFault } from './support/fault-matrix.js';

const EMAIL = 'rel@example.com';
const PASSWORD = 'freenom-pw';
const DOMAINS = 250;
let freenom: RunningEmulator;
let folder: string;
let clock: FakeClock;
let core: Core;

beforeEach(async () => {
  clock = new FakeClock(Date.UTC(2026, 10, 23, 9));
  freenom = await startFreenomEmulator({
    port: 0,
    clock,
    seed: {
      accounts: [
        {
          email: EMAIL,
          password: PASSWORD,
          domains: Array.from({ length: DOMAINS }, (_, i) => ({
            domainname: `rel-${i}.tk`,
            domaintype: 'FREE',
            expires: { daysFromNow: 30 + i },
            nameservers: ['ns1.example.net', 'ns2.example.net'],
          })),
        },
      ],
    },
  });
  folder = mkdtempSync(path.join(os.tmpdir(), 'dnstray-freenom-'));
  const stores = openStores({
    folder,
    clock,
    secrets: () => new HeadlessSecretStore({ DNSTRAY_FREENOM_PASSWORD: PASSWORD }),
  });
  const saved = await stores.settings.update({
    accounts: { freenom: [{ id: 'freenom', email: EMAIL, baseUrl: `${freenom.url}/v2` }] },
  });
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
  core = createCore({
    app: { name: 'dnstray', productName: 'DNS Tray', version: '0', shell: 'headless' },
    clock,
    stores,
  });
});
afterEach(async () => {
  await core.stop();
  await freenom.close();
  rmSync(folder, { recursive: true, force: true });
});

/** Runs a channel while moving virtual time, so the client's retry pauses pass quickly. */
async function call(channel: string, request: unknown) {
  let settled = false;
  const pending = dispatch(core.handlers, channel, request).finally(() => (settled = true));
  while (!settled) {
    await clock.advance(500);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return pending;
}

/** The faults that answer at once and leave nothing to read (a label alone is not one). */
const QUICK = FAULT_MATRIX.filter(
  ({ fault }) => !['delay', 'slowBody', 'wrongContentType'].includes(fault.kind),
);

describe('the Domains list under Freenom faults', () => {
  it.each(QUICK)('keeps the cached list and says what went wrong on $name', async ({ fault }) => {
    const first = await call('domains:list', { page: 1, pageSize: 100, refresh: true });
    expect(first).toMatchObject({ ok: true, result: { total: DOMAINS } });
    const settings = readFileSync(path.join(folder, 'config.json'), 'utf8');

    await injectFault(freenom.url, fault, 50);
    const failed = await call('domains:list', { page: 1, pageSize: 100, refresh: true });
    // Every retry meets the fault too (50 queued), so the refresh must fail and say so.
    expect(failed).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/Freenom/) },
    });

    const cached = await call('domains:list', { page: 3, pageSize: 100, refresh: false });
    expect(cached).toMatchObject({ ok: true, result: { total: DOMAINS } });
    expect(readFileSync(path.join(folder, 'config.json'), 'utf8')).toBe(settings);

    await fetch(`${freenom.url}/_emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ clear: true }),
    });
    const again = await call('domains:list', { page: 1, pageSize: 100, refresh: true });
    expect(again).toMatchObject({ ok: true, result: { total: DOMAINS } });
  });
});

describe('the Domains list when Freenom mislabels its answers', () => {
  it('reads the list when every answer is JSON labelled with the wrong content type', async () => {
    await injectFault(freenom.url, { kind: 'wrongContentType' }, 50);
    const listed = await call('domains:list', { page: 1, pageSize: 100, refresh: true });
    expect(listed).toMatchObject({ ok: true, result: { total: DOMAINS } });
  });
});

describe('the Freenom client under stalls', () => {
  it.each(FAULT_MATRIX.filter(({ fault }) => fault.kind === 'delay' || fault.kind === 'slowBody'))(
    'ends a read hit by $name in a transport error within its timeout',
    async ({ fault }) => {
      await injectFault(freenom.url, fault, 10);
      const client = new FreenomClient({
        credentials: { email: EMAIL, password: PASSWORD },
        baseUrl: `${freenom.url}/v2`,
        timeoutMs: CLIENT_TIMEOUT_MS,
        retry: { readDelaysMs: [] },
      });
      const started = performance.now();
      const result = await client.listDomains({ pagenr: 1, results_per_page: 10 });
      expect(performance.now() - started).toBeLessThan(CLIENT_TIMEOUT_MS + 1_500);
      expect(result).toMatchObject({
        ok: false,
        error: {
          kind: 'transport',
          message: expect.stringMatching(/did not answer in time|cut off/),
        },
      });
      expect(JSON.stringify(result)).not.toContain(PASSWORD);
    },
  );
});
