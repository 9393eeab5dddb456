import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { engineDepsFromStores } from '../../electron/core/engine/engine-from-stores.js';
import { HeadlessSecretStore } from '../../electron/core/store/headless-secret-store.js';
import { openStores, type Stores } from '../../electron/core/store/open-stores.js';
import { FakeClock } from '../support/fake-clock.js';

/**
 * Damaged files at startup: each case ends with the app open (no throw), a notice that names
 * the file and where the original went, the original bytes kept there, and every part that
 * was still valid carried over.
 */
let folder: string;
const clock = new FakeClock(Date.UTC(2026, 10, 23, 8));

beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'dnstray-reliability-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function open(): Stores {
  return openStores({ folder, clock, secrets: () => new HeadlessSecretStore({}) });
}

const GOOD_HOST = {
  id: 'h1',
  accountId: 'main',
  label: 'home',
  records: [{ type: 'A', mode: 'follow' }],
};
const VALID_SETTINGS = {
  version: 2,
  accounts: { freedns: [{ id: 'main', username: 'alice', tier: 'free' }], freenom: [] },
  hosts: [GOOD_HOST],
};
const validText = JSON.stringify(VALID_SETTINGS, null, '\t');

const damagedSettings: { name: string; bytes: Buffer; keepsHost: boolean }[] = [
  {
    name: 'truncated',
    bytes: Buffer.from(validText.slice(0, validText.length / 2)),
    keepsHost: false,
  },
  { name: 'empty', bytes: Buffer.alloc(0), keepsHost: false },
  { name: 'binary', bytes: Buffer.from([0x00, 0xff, 0x13, 0x37, 0x00, 0x42]), keepsHost: false },
  { name: 'an HTML page', bytes: Buffer.from('<html><body>oops</body></html>'), keepsHost: false },
  { name: 'a JSON array', bytes: Buffer.from('[1,2,3]'), keepsHost: false },
  {
    name: 'from a newer version',
    bytes: Buffer.from(JSON.stringify({ ...VALID_SETTINGS, version: 99 })),
    keepsHost: false,
  },
  {
    name: 'partly invalid (one bad host beside a good one)',
    bytes: Buffer.from(
      JSON.stringify({
        ...VALID_SETTINGS,
        hosts: [GOOD_HOST, { id: 'h2', accountId: 'main', label: '-bad-', records: [] }],
      }),
    ),
    keepsHost: true,
  },
];

describe('a damaged config.json at startup', () => {
  it.each(damagedSettings)(
    'opens with a notice and keeps the original when it is $name',
    async ({ bytes, keepsHost }) => {
      writeFileSync(path.join(folder, 'config.json'), bytes);
      const stores = open();
      const notice = stores.notices.list().find((n) => n.file === 'config.json');
      expect(notice?.level).toBe('warning');
      expect(notice?.message).toMatch(/config\.json could not be used because .+ It was moved to /);
      expect(notice?.movedTo && readFileSync(notice.movedTo)).toEqual(bytes);
      const settings = stores.settings.get();
      expect(settings.hosts.map((host) => host.id)).toEqual(keepsHost ? ['h1'] : []);
      // The repaired file is valid and a change can be saved on top of it.
      expect((await stores.settings.update({ startup: { startHidden: true } })).ok).toBe(true);
      expect(open().settings.get().startup.startHidden).toBe(true);
    },
  );
});

const APPLIED = { h1: { records: { A: '203.0.113.7' }, lastUpdateAt: { A: 0 } } };
const LEDGER_ENTRY = { id: 1, at: Date.UTC(2026, 10, 23, 7), hostId: 'h1', kind: 'update' };

const damagedEngineFiles: {
  name: string;
  file: 'engine-ledger.json' | 'engine-applied.json';
  text: string;
  keepsApplied: boolean;
  says: RegExp;
}[] = [
  {
    name: 'a truncated ledger',
    file: 'engine-ledger.json',
    text: JSON.stringify({ version: 1, entries: [LEDGER_ENTRY] }).slice(0, 40),
    keepsApplied: true,
    says: /will not send updates before 00:00 UTC so it cannot exceed the quota/,
  },
  {
    name: 'a ledger of the wrong shape',
    file: 'engine-ledger.json',
    text: JSON.stringify({ version: 1, entries: [{ ...LEDGER_ENTRY, kind: 'lots' }] }),
    keepsApplied: true,
    says: /will not send updates before 00:00 UTC/,
  },
  {
    name: 'applied values that are not JSON',
    file: 'engine-applied.json',
    text: 'garbage\u0000',
    keepsApplied: false,
    says: /the next check sends each record again/,
  },
  {
    name: 'bad applied values beside good ones',
    file: 'engine-applied.json',
    text: JSON.stringify({ version: 1, hosts: { ...APPLIED, h2: 7 } }),
    keepsApplied: true,
    says: /the values of host h2/,
  },
];

describe('a damaged engine file at startup', () => {
  it.each(damagedEngineFiles)(
    'opens with a notice, keeps the original and the valid parts after $name',
    async ({ file, text, keepsApplied, says }) => {
      writeFileSync(path.join(folder, 'config.json'), validText);
      if (file === 'engine-ledger.json')
        writeFileSync(
          path.join(folder, 'engine-applied.json'),
          JSON.stringify({ version: 1, hosts: APPLIED }),
        );
      writeFileSync(path.join(folder, file), text);
      const stores = open();
      const engine = engineDepsFromStores(stores, clock);
      const notices = stores.notices.list();
      expect(notices.map((n) => n.file)).toEqual([file]);
      expect(notices[0]!.message).toContain(`${file} could not be used`);
      expect(notices[0]!.message).toMatch(says);
      expect(readFileSync(notices[0]!.movedTo!, 'utf8')).toBe(text);
      expect(await engine.applied.get('h1')).toEqual(keepsApplied ? APPLIED.h1 : undefined);
      const ledger = await engine.ledger.load();
      // A lost ledger starts cautious (the day's updates counted as spent); applied values
      // leave the ledger as it was: none.
      expect(ledger.filter((e) => e.hostId === 'h1' && e.kind === 'update')).toHaveLength(
        file === 'engine-ledger.json' ? 2 : 0,
      );
    },
  );
});

describe('a damaged history.json at startup', () => {
  it('keeps every event that still parses and says how many were lost', () => {
    const good = {
      id: 0,
      at: '2026-11-23T07:00:00.000Z',
      kind: 'notice',
      level: 'info',
      message: 'started',
    };
    const text = JSON.stringify({
      version: 1,
      nextId: 3,
      events: [good, { id: 1, kind: 'nonsense' }],
    });
    writeFileSync(path.join(folder, 'history.json'), text);
    const stores = open();
    const notice = stores.notices.list().find((n) => n.file === 'history.json');
    expect(notice?.message).toMatch(/1 damaged event/);
    expect(readFileSync(notice!.movedTo!, 'utf8')).toBe(text);
    expect(readdirSync(folder).filter((f) => f.startsWith('history.corrupt-'))).toHaveLength(1);
  });
});
