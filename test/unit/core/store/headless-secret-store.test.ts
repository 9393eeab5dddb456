import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  HeadlessSecretStore,
  readSecretsFile,
  secretVariableName,
} from '../../../../electron/core/store/headless-secret-store.js';

const home = { service: 'freedns' as const, accountId: 'home-1' };
const reg = { service: 'freenom' as const, accountId: 'reg' };
let folder: string;
const secretsPath = () => path.join(folder, 'secrets.env');

function writeSecrets(text: string, mode = 0o600): string {
  writeFileSync(secretsPath(), text);
  chmodSync(secretsPath(), mode);
  return secretsPath();
}

beforeEach(() => (folder = mkdtempSync(path.join(os.tmpdir(), 'dnstray-hsecrets-'))));
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('headless secrets', () => {
  it('names per-account variables in upper case with other characters as "_"', () => {
    expect(secretVariableName('freedns')).toBe('DNSTRAY_FREEDNS_PASSWORD');
    expect(secretVariableName('freedns', 'home-1')).toBe('DNSTRAY_FREEDNS_PASSWORD_HOME_1');
    expect(secretVariableName('freenom', 'reg')).toBe('DNSTRAY_FREENOM_PASSWORD_REG');
  });

  it('prefers the per-account name, then the service-wide one, environment before file', () => {
    const file = new Map([
      ['DNSTRAY_FREEDNS_PASSWORD_HOME_1', 'from-file-account'],
      ['DNSTRAY_FREENOM_PASSWORD', 'from-file-service'],
    ]);
    const store = new HeadlessSecretStore({ DNSTRAY_FREEDNS_PASSWORD: 'from-env-service' }, file);
    expect(store.get(home)).toBe('from-file-account');
    expect(store.get({ service: 'freedns', accountId: 'other' })).toBe('from-env-service');
    expect(store.get(reg)).toBe('from-file-service');
    const envWins = new HeadlessSecretStore(
      { DNSTRAY_FREEDNS_PASSWORD_HOME_1: 'from-env-account' },
      file,
    );
    expect(envWins.get(home)).toBe('from-env-account');
    expect(
      store
        .status([home, reg, { service: 'freenom', accountId: 'x' }])
        .accounts.map((a) => a.storage),
    ).toEqual(['secrets-file', 'secrets-file', 'secrets-file']);
    expect(new HeadlessSecretStore({}).status([home])).toEqual({
      encryption: 'not-applicable',
      accounts: [{ ...home, set: false, storage: 'none' }],
    });
  });

  it('asks before keeping a password typed in the web UI, and then keeps it for this run only', async () => {
    const store = new HeadlessSecretStore({});
    const asked = await store.set(home, 'typed-secret');
    expect(asked.outcome).toBe('choice-needed');
    expect(asked.message).toContain('DNSTRAY_FREEDNS_PASSWORD_HOME_1');
    expect(store.get(home)).toBeUndefined();
    expect((await store.set(home, 'typed-secret', 'keep-for-this-run')).storage).toBe('this-run');
    expect(store.get(home)).toBe('typed-secret');
    expect((await store.clear(home)).storage).toBe('none');
    expect(store.get(home)).toBeUndefined();
  });

  it('reads NAME=value lines, comments and blank lines from a 0600 file', () => {
    const file = writeSecrets(
      '# passwords\n\nDNSTRAY_FREEDNS_PASSWORD=a=b=c\r\nDNSTRAY_FREENOM_PASSWORD_REG= spaced \n',
    );
    expect(readSecretsFile(file)).toEqual(
      new Map([
        ['DNSTRAY_FREEDNS_PASSWORD', 'a=b=c'],
        ['DNSTRAY_FREENOM_PASSWORD_REG', ' spaced'],
      ]),
    );
  });

  it.runIf(process.platform !== 'win32').each([
    [0o644, '0644'],
    [0o640, '0640'],
    [0o604, '0604'],
    [0o660, '0660'],
  ])('refuses a secrets file with mode %o and says how to fix it', (mode, shown) => {
    const file = writeSecrets('DNSTRAY_FREEDNS_PASSWORD=hunter2\n', mode);
    expect(() => readSecretsFile(file)).toThrow(
      `secrets file ${file} can be read by other users (mode ${shown}); it must be 0600. Run: chmod 600 '${file}'`,
    );
  });

  it.each([
    ['PASSWORD=hunter2\n', 'line 1: expected NAME=password'],
    ['# ok\nDNSTRAY_FREEDNS_PASSWORD\n', 'line 2: expected NAME=password'],
    ['DNSTRAY_FREEDNS_PASSWORD=\n', 'line 1: DNSTRAY_FREEDNS_PASSWORD has no value'],
    ['dnstray_freedns_password=hunter2\n', 'line 1: expected NAME=password'],
  ])('refuses %j naming the line but never the value', (text, message) => {
    const file = writeSecrets(text);
    expect(() => readSecretsFile(file)).toThrow(message);
    try {
      readSecretsFile(file);
    } catch (error) {
      expect((error as Error).message).not.toContain('hunter2');
    }
  });

  it('refuses a missing file and a folder', () => {
    expect(() => readSecretsFile(path.join(folder, 'nope'))).toThrow('cannot be read (ENOENT)');
    expect(() => readSecretsFile(folder)).toThrow('is not a regular file');
  });

  it('removes configured passwords from free text', () => {
    const store = new HeadlessSecretStore({
      DNSTRAY_FREEDNS_PASSWORD: 'hunter2',
      PATH: '/usr/bin',
    });
    expect(store.redact('auth hunter2 failed in /usr/bin')).toBe(
      'auth [secret removed] failed in /usr/bin',
    );
  });

  it('redacts a whole answer with one redactor, and a password kept later from the next one on', async () => {
    const store = new HeadlessSecretStore(
      { DNSTRAY_FREEDNS_PASSWORD: 'env-pass', HOME: '/root' },
      new Map([['DNSTRAY_FREENOM_PASSWORD', 'file&pass']]),
    );
    const answer = Array.from({ length: 1_000 }, (_, i) =>
      i % 2 ? `event ${i}: env-pass refused` : `event ${i}: url?password=file%26pass`,
    );
    const before = store.redactor();
    expect(answer.map(before).filter((text) => /env-pass|file%26pass/.test(text))).toEqual([]);
    expect(before('nothing secret in /root')).toBe('nothing secret in /root');

    await store.set(reg, 'kept-for-run', 'keep-for-this-run');
    expect(store.redactor()('login kept-for-run')).toBe('login [secret removed]');
    expect(store.redact('login kept-for-run')).toBe('login [secret removed]');
  });
});
