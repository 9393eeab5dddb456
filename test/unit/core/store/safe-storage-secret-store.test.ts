import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diskDocument } from '../../../../electron/core/store/document-file.js';
import {
  SafeStorageSecretStore,
  type SafeStorageLike,
} from '../../../../electron/core/store/safe-storage-secret-store.js';
import { StartupNotices } from '../../../../electron/core/store/startup-notices.js';
import { FakeClock } from '../../../support/fake-clock.js';

/** Stands in for Electron's safeStorage: a reversible scramble that never looks like the input. */
class FakeSafeStorage implements SafeStorageLike {
  available = true;
  isEncryptionAvailable(): boolean {
    return this.available;
  }
  encryptString(plainText: string): Buffer {
    return Buffer.from([...Buffer.from(`v10${plainText}`)].map((byte) => byte ^ 0x5a));
  }
  decryptString(encrypted: Buffer): string {
    const plain = Buffer.from([...encrypted].map((byte) => byte ^ 0x5a)).toString();
    if (!plain.startsWith('v10')) throw new Error('Error while decrypting the ciphertext provided');
    return plain.slice(3);
  }
}

const home = { service: 'freedns' as const, accountId: 'home' };
const secret = 'correct horse battery staple';
let folder: string;
let crypto: FakeSafeStorage;
let notices: StartupNotices;
const open = () =>
  new SafeStorageSecretStore(
    crypto,
    diskDocument(folder, 'secrets.json'),
    new FakeClock(),
    notices,
  );

beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'dnstray-secrets-'));
  crypto = new FakeSafeStorage();
  notices = new StartupNotices(new FakeClock());
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('safeStorage secret store', () => {
  it('saves a password encrypted, never in clear text, and reads it back after a restart', async () => {
    expect(await open().set(home, secret)).toMatchObject({
      outcome: 'stored',
      storage: 'encrypted',
    });
    const onDisk = readFileSync(path.join(folder, 'secrets.json'), 'utf8');
    expect(onDisk).not.toContain(secret);
    expect(onDisk).not.toContain(Buffer.from(secret).toString('base64'));
    const reopened = open();
    expect(reopened.get(home)).toBe(secret);
    expect(reopened.status([home, { service: 'freenom', accountId: 'reg' }])).toEqual({
      encryption: 'available',
      accounts: [
        { ...home, set: true, storage: 'encrypted' },
        { service: 'freenom', accountId: 'reg', set: false, storage: 'none' },
      ],
    });
  });

  it('asks the user first when the system offers no encryption, and writes nothing', async () => {
    crypto.available = false;
    const store = open();
    const answer = await store.set(home, secret);
    expect(answer.outcome).toBe('choice-needed');
    expect(answer.message).toContain('no encryption');
    expect(answer.message).toContain('for this run only');
    expect(store.get(home)).toBeUndefined();
    expect(existsSync(path.join(folder, 'secrets.json'))).toBe(false);
  });

  it('names the OS backend in the question when the shell says which one failed', async () => {
    crypto.available = false;
    const named = Object.assign(crypto, {
      describeUnavailable: () =>
        'This system offers no encryption for saved passwords: KWallet did not answer.',
    });
    const answer = await new SafeStorageSecretStore(
      named,
      diskDocument(folder, 'secrets.json'),
      new FakeClock(),
      notices,
    ).set(home, secret);
    expect(answer.outcome).toBe('choice-needed');
    expect(answer.message).toMatch(/^This system offers no encryption .*KWallet did not answer\. /);
    expect(answer.message).toContain('for this run only');
    expect(answer.message).not.toContain(secret);
  });

  it('keeps the password in memory only when the user chooses this run', async () => {
    crypto.available = false;
    const store = open();
    expect(await store.set(home, secret, 'keep-for-this-run')).toMatchObject({
      outcome: 'kept-for-this-run',
      storage: 'this-run',
    });
    expect(store.get(home)).toBe(secret);
    expect(store.status([home]).accounts[0]).toMatchObject({ set: true, storage: 'this-run' });
    expect(existsSync(path.join(folder, 'secrets.json'))).toBe(false);
    expect(open().get(home)).toBeUndefined();
  });

  it('stores nothing when the user chooses not to store it', async () => {
    crypto.available = false;
    const store = open();
    expect(await store.set(home, secret, 'do-not-store')).toMatchObject({
      outcome: 'not-stored',
      storage: 'none',
    });
    expect(store.get(home)).toBeUndefined();
  });

  it('treats a password encrypted under another login as not set', async () => {
    await open().set(home, secret);
    crypto.decryptString = () => {
      throw new Error('Error while decrypting the ciphertext provided');
    };
    expect(open().get(home)).toBeUndefined();
  });

  it('forgets a cleared password and removes it from the file', async () => {
    const store = open();
    await store.set(home, secret);
    await store.clear(home);
    expect(open().get(home)).toBeUndefined();
    expect(JSON.parse(readFileSync(path.join(folder, 'secrets.json'), 'utf8')).encrypted).toEqual(
      {},
    );
  });

  it('removes every known password from free text', async () => {
    const store = open();
    await store.set(home, secret);
    expect(store.redact(`login failed for ${secret}!`)).toBe('login failed for [secret removed]!');
  });

  it('moves a damaged secrets file aside, keeps it, and says the passwords must be entered again', async () => {
    writeFileSync(
      path.join(folder, 'secrets.json'),
      '{"version":1,"encrypted":{"freedns:home":"not base64!"}}',
    );
    const store = open();
    expect(store.get(home)).toBeUndefined();
    expect(readdirSync(folder)).toContain('secrets.corrupt-2026-01-01T00-00-00-000Z.json');
    expect(notices.list()[0]).toMatchObject({ file: 'secrets.json', level: 'warning' });
    expect((await store.set(home, secret)).outcome).toBe('stored');
    expect(open().get(home)).toBe(secret);
  });
});
