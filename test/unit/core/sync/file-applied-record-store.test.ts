import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diskDocument } from '../../../../electron/core/store/document-file.js';
import { StartupNotices } from '../../../../electron/core/store/startup-notices.js';
import { openAppliedRecordStore } from '../../../../electron/core/sync/file-applied-record-store.js';
import type { AppliedHost } from '../../../../electron/core/sync/sync-ports.js';
import { FakeClock } from '../../../support/fake-clock.js';

let folder: string;
let clock: FakeClock;
let notices: StartupNotices;
beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'dnstray-applied-'));
  clock = new FakeClock(Date.UTC(2026, 0, 5, 10, 0));
  notices = new StartupNotices(clock);
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const where = () => path.join(folder, 'engine-applied.json');
const open = () =>
  openAppliedRecordStore(diskDocument(folder, 'engine-applied.json'), { clock, notices });
const applied = (address: string): AppliedHost => ({
  records: { A: address },
  lastUpdateAt: { A: 1_000 },
});

describe('the applied-records file', () => {
  it('keeps what freedns.io accepted, and a pause, across a restart', async () => {
    await open().set('h1', {
      records: { A: '198.51.100.4', MX: [{ target: 'mx.example.net', preference: 10 }] },
      lastUpdateAt: { A: 1_000 },
      paused: {
        fingerprint: 'f',
        reason: 'bad-credentials',
        serverMessage: 'Invalid username or password.',
        at: 2_000,
      },
    });
    const again = await open().get('h1');
    expect(again?.records).toEqual({
      A: '198.51.100.4',
      MX: [{ target: 'mx.example.net', preference: 10 }],
    });
    expect(again?.paused?.reason).toBe('bad-credentials');
    expect(statSync(where()).mode & 0o777).toBe(0o600);
    expect(notices.list()).toEqual([]);
  });

  it('knows nothing of a host it never wrote', async () => {
    expect(await open().get('nope')).toBeUndefined();
  });

  it('sees the hosts another store wrote instead of overwriting them', async () => {
    const first = open();
    const second = open();
    await first.set('h1', applied('198.51.100.1'));
    await second.set('h2', applied('198.51.100.2'));
    await first.set('h3', applied('198.51.100.3'));
    const hosts = JSON.parse(readFileSync(where(), 'utf8')).hosts as Record<string, unknown>;
    expect(Object.keys(hosts).sort()).toEqual(['h1', 'h2', 'h3']);
  });
});

const DAMAGED: { name: string; bytes: Buffer; reason: RegExp }[] = [
  {
    name: 'truncated',
    bytes: Buffer.from('{"version":1,"hosts":{"h1":{"records":'),
    reason: /not valid JSON/,
  },
  { name: 'not JSON', bytes: Buffer.from('applied: yes'), reason: /not valid JSON/ },
  { name: 'binary', bytes: Buffer.from([0, 1, 2, 3, 255]), reason: /binary/ },
  {
    name: 'of the wrong schema',
    bytes: Buffer.from('{"version":1,"hosts":[1,2]}'),
    reason: /does not hold applied record values/,
  },
];

describe('a damaged applied-records file', () => {
  it.each(DAMAGED)(
    'is moved aside when $name, and the user is told where and that records are sent again',
    async ({ bytes, reason }) => {
      writeFileSync(where(), bytes);
      const store = open();
      const [notice, ...others] = notices.list();
      expect(others).toEqual([]);
      expect(notice).toMatchObject({ level: 'warning', file: 'engine-applied.json' });
      expect(notice!.movedTo).toMatch(/engine-applied\.corrupt-2026-01-05T10-00-00-000Z\.json$/);
      expect(readFileSync(notice!.movedTo!)).toEqual(bytes);
      expect(notice!.message).toMatch(reason);
      expect(notice!.message).toContain(`It was moved to ${notice!.movedTo}`);
      expect(notice!.message).toContain('the next check sends each record again');
      expect(await store.get('h1')).toBeUndefined();
      await store.set('h1', applied('198.51.100.9'));
      expect((await open().get('h1'))?.records.A).toBe('198.51.100.9');
      expect(notices.list()).toHaveLength(1);
    },
  );

  it('keeps the hosts that are still valid and names the ones it dropped', async () => {
    writeFileSync(
      where(),
      JSON.stringify({
        version: 1,
        hosts: { good: applied('198.51.100.5'), bad: { records: { A: 5 } } },
      }),
    );
    const store = open();
    expect((await store.get('good'))?.records.A).toBe('198.51.100.5');
    expect(await store.get('bad')).toBeUndefined();
    const [notice] = notices.list();
    expect(notice!.message).toMatch(/the values of host bad/);
    expect(notice!.message).toContain(notice!.movedTo!);
  });
});
