import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCore, type Core } from '../../../electron/core/create-core.js';
import { dispatch } from '../../../electron/core/dispatch.js';
import { createFreednsClient } from '../../../electron/core/freedns-io/index.js';
import { HeadlessSecretStore } from '../../../electron/core/store/headless-secret-store.js';
import { diskDocument } from '../../../electron/core/store/document-file.js';
import { openAppliedRecordStore } from '../../../electron/core/sync/file-applied-record-store.js';
import {
  openStores,
  safeStorageSecrets,
  type OpenSecretStore,
  type Stores,
} from '../../../electron/core/store/open-stores.js';
import type { SafeStorageLike } from '../../../electron/core/store/safe-storage-secret-store.js';
import { startFreednsEmulator, type FreednsEmulator } from '../../emulators/freedns-io/index.js';
import { FakeClock } from '../../support/fake-clock.js';

const FREEDNS_PASSWORD = 'S3cret-freedns-Pässword!';
const FREENOM_PASSWORD = 'Fr33nom/secret+value';
const WRONG_PASSWORD = 'Wr0ng-but-still-secret';
const SECRETS = [FREEDNS_PASSWORD, FREENOM_PASSWORD, WRONG_PASSWORD];

/** Every form a secret could take on disk or on the wire. */
const forms = (secret: string) => [
  secret,
  Buffer.from(secret).toString('base64'),
  Buffer.from(secret).toString('hex'),
  encodeURIComponent(secret),
  JSON.stringify(secret).slice(1, -1),
];

const xorSafeStorage: SafeStorageLike = {
  isEncryptionAvailable: () => true,
  encryptString: (text) => Buffer.from([...Buffer.from(text)].map((byte) => byte ^ 0xa5)),
  decryptString: (data) => Buffer.from([...data].map((byte) => byte ^ 0xa5)).toString(),
};

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

interface Shell {
  name: string;
  secrets: OpenSecretStore;
  choice: 'keep-for-this-run' | undefined;
}
const shells: Shell[] = [
  {
    name: 'tray app (safeStorage)',
    secrets: safeStorageSecrets(xorSafeStorage),
    choice: undefined,
  },
  {
    name: 'headless (environment)',
    secrets: () => new HeadlessSecretStore({ DNSTRAY_FREENOM_PASSWORD: FREENOM_PASSWORD }),
    choice: 'keep-for-this-run',
  },
];

let folder: string;
let emulator: FreednsEmulator;
let clock: FakeClock;

beforeEach(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'dnstray-leak-'));
  clock = new FakeClock(Date.UTC(2026, 10, 23, 8));
  emulator = await startFreednsEmulator({
    port: 0,
    clock,
    seed: {
      accounts: [
        { username: 'alice', password: FREEDNS_PASSWORD, tier: 'free', hosts: [{ label: 'home' }] },
      ],
    },
  });
});
afterEach(async () => {
  await emulator.close();
  rmSync(folder, { recursive: true, force: true });
  vi.restoreAllMocks();
});

describe.each(shells)('after a full scenario in the $name', (shell) => {
  it('no secret is in any file of the folder, in the console, in an event or in any answer', async () => {
    const printed: string[] = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation(
        (...args: unknown[]) => void printed.push(args.map(String).join(' ')),
      );
    }
    const stores: Stores = openStores({ folder, clock, secrets: shell.secrets });
    const core: Core = createCore({
      app: { name: 'dnstray', productName: 'DNS Tray', version: '1.0.0', shell: 'headless' },
      clock,
      stores,
    });
    const sent: unknown[] = [];
    core.events.subscribe((event) => sent.push(event));
    const call = async (channel: string, request?: unknown) => {
      const answer = await dispatch(core.handlers, channel, request);
      sent.push(answer);
      return answer;
    };

    const endpoint = `${emulator.url}/request`;
    expect(
      await call('settings:update', {
        patch: {
          accounts: {
            freedns: [
              {
                id: 'home',
                username: 'alice',
                endpoint: `http://127.0.0.1:${new URL(emulator.url).port}/request`,
              },
            ],
            freenom: [
              {
                id: 'reg',
                email: 'alice@example.com',
                baseUrl: 'http://127.0.0.1:9/v2',
                testMode: true,
              },
            ],
          },
          hosts: [
            {
              id: 'home',
              accountId: 'home',
              label: 'home',
              records: [{ type: 'A', mode: 'follow' }],
            },
          ],
          // No test asks the system resolver for the zone's nameservers.
          engine: { verify: { enabled: false } },
        },
      }),
    ).toMatchObject({ ok: true, result: { ok: true } });
    const freedns = { service: 'freedns', accountId: 'home' } as const;
    expect(
      await call('secrets:set', {
        ...freedns,
        secret: FREEDNS_PASSWORD,
        whenUnencrypted: shell.choice,
      }),
    ).toMatchObject({ ok: true });
    await call('secrets:set', {
      service: 'freenom',
      accountId: 'reg',
      secret: FREENOM_PASSWORD,
      whenUnencrypted: shell.choice,
    });

    // An update that works, through the real client and the emulator, with the stored password.
    const client = createFreednsClient({
      endpoint,
      username: 'alice',
      password: () => stores.secrets.get(freedns) ?? '',
      clock,
    });
    const updated = await client.setAddress('home', 'A', '203.0.113.7');
    expect(updated.kind).toBe('accepted');
    await openAppliedRecordStore(diskDocument(folder, 'engine-applied.json'), {
      clock,
      notices: stores.notices,
    }).set('home', { records: { A: '203.0.113.7' }, lastUpdateAt: { A: clock.now() } });
    await stores.history.append({
      kind: 'update-outcome',
      accountId: 'home',
      hostId: 'home',
      hostname: 'home.freedns.io',
      recordType: 'A',
      outcome: 'updated',
      value: '203.0.113.7',
      message: updated.kind === 'accepted' ? updated.message : '',
    });

    // Errors: a wrong password, a server message that repeats the password, bad input.
    await call('secrets:set', {
      ...freedns,
      secret: WRONG_PASSWORD,
      whenUnencrypted: shell.choice,
    });
    const wrong = createFreednsClient({
      endpoint,
      username: 'alice',
      password: () => stores.secrets.get(freedns) ?? '',
      clock,
    });
    const rejected = await wrong.setAddress('home', 'A', '203.0.113.8');
    expect(rejected).toMatchObject({ kind: 'rejected', reason: 'bad-credentials' });
    await stores.history.append({
      kind: 'update-outcome',
      accountId: 'home',
      hostId: 'home',
      hostname: 'home.freedns.io',
      recordType: 'A',
      outcome: 'rejected',
      value: null,
      message: `Login failed for alice:${WRONG_PASSWORD}`,
    });
    expect(
      await call('secrets:set', {
        service: 'freedns',
        accountId: 'ghost',
        secret: FREEDNS_PASSWORD,
      }),
    ).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('no freedns.io account "ghost"') },
    });
    expect(await call('secrets:set', { ...freedns, secret: '' })).toMatchObject({
      ok: false,
      error: { field: 'request.secret' },
    });
    expect(
      await call('settings:update', {
        patch: {
          accounts: {
            freedns: [{ id: 'home', username: 'alice', password: FREEDNS_PASSWORD, tier: 'gold' }],
          },
        },
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const exported = (await call('settings:export')) as { ok: true; result: { json: string } };
    await call('settings:import', {
      json: `{"version":2,"accounts":{"freedns":[{"id":"x","username":"u","password":"${FREEDNS_PASSWORD}"}]}}`,
    });
    await call('settings:import', { json: exported.result.json });
    // The first import removed both accounts, and with them their passwords: enter them again.
    for (const [ref, secret] of [
      [freedns, FREEDNS_PASSWORD],
      [{ service: 'freenom', accountId: 'reg' }, FREENOM_PASSWORD],
    ] as const) {
      await call('secrets:set', { ...ref, secret, whenUnencrypted: shell.choice });
    }
    for (const channel of ['settings:get', 'secrets:status', 'history:list', 'app:notices'])
      await call(channel);
    await core.stop();

    // The stored password still works (nothing was lost on the way) and is reported only as set.
    expect(stores.secrets.get(freedns)).toBe(FREEDNS_PASSWORD);
    const status = (await dispatch(core.handlers, 'secrets:status', undefined)) as {
      ok: true;
      result: { accounts: { set: boolean }[] };
    };
    expect(status.result.accounts.map((account) => account.set)).toEqual([true, true]);

    const files = filesUnder(folder);
    expect(files.map((file) => path.basename(file))).toEqual(
      expect.arrayContaining(['config.json', 'engine-applied.json', 'history.jsonl']),
    );
    const everything = [
      ...files.map((file) => readFileSync(file).toString('latin1') + readFileSync(file, 'utf8')),
      JSON.stringify(sent),
      printed.join('\n'),
    ].join('\n');
    for (const secret of SECRETS)
      for (const form of forms(secret)) expect(everything).not.toContain(form);
    expect(JSON.stringify(sent)).toContain('[secret removed]');
  });
});
