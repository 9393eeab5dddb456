import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HeadlessSecretStore } from '../../../electron/core/store/headless-secret-store.js';
import { openStores } from '../../../electron/core/store/open-stores.js';
import { diskDocument } from '../../../electron/core/store/document-file.js';
import { openAppliedRecordStore } from '../../../electron/core/sync/file-applied-record-store.js';
import { HistoryListRequestSchema } from '../../../shared/settings/store-contract.js';
import { SettingsSchema } from '../../../shared/settings/settings-schema.js';
import { FakeClock } from '../../support/fake-clock.js';

const COUNT = 40;
// fsync-heavy and serialised by the lock: slow disks under load need more than the default.
const SLOW_DISK_MS = 60_000;
const writer = path.join(import.meta.dirname, 'fixtures', 'store-writer.ts');
let folder: string;

beforeEach(() => (folder = mkdtempSync(path.join(os.tmpdir(), 'dnstray-writers-'))));
afterEach(() => rmSync(folder, { recursive: true, force: true }));

interface Writer {
  child: ChildProcess;
  lines: AsyncIterator<string>;
  /** Listened for from the start: a fast writer may exit before the test looks. */
  exited: Promise<number | null>;
}

function startWriter(kind: string): Writer {
  const child = spawn(process.execPath, ['--import', 'tsx', writer, folder, kind, String(COUNT)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return {
    child,
    exited,
    lines: createInterface({ input: child.stdout! })[Symbol.asyncIterator](),
  };
}

const open = () =>
  openStores({ folder, clock: new FakeClock(), secrets: () => new HeadlessSecretStore({}) });
/** The engine's applied values, the state two writers share most often. */
const openApplied = (stores: ReturnType<typeof open>) =>
  openAppliedRecordStore(diskDocument(folder, 'engine-applied.json'), {
    clock: new FakeClock(),
    notices: stores.notices,
  });
const appliedHosts = () =>
  Object.keys(
    JSON.parse(readFileSync(path.join(folder, 'engine-applied.json'), 'utf8')).hosts as object,
  ).sort();

describe('two writers on one folder', () => {
  it(
    'two processes changing settings, applied values and history at once lose nothing and leave valid files',
    { timeout: SLOW_DISK_MS },
    async () => {
      const writers = [startWriter('hosts'), startWriter('domains')];
      for (const { lines } of writers) expect((await lines.next()).value).toBe('ready');
      for (const { child } of writers) child.stdin!.write('go\n');
      for (const { lines, exited } of writers) {
        expect((await lines.next()).value).toBe('done');
        expect(await exited).toBe(0);
      }

      const settings = SettingsSchema.parse(
        JSON.parse(readFileSync(path.join(folder, 'config.json'), 'utf8')),
      );
      expect(settings.ui.windowBounds.hosts?.x).toBe(COUNT - 1);
      expect(settings.ui.windowBounds.domains?.x).toBe(COUNT - 1);
      const stores = open();
      const expected = ['hosts', 'domains'].flatMap((kind) =>
        Array.from({ length: COUNT }, (_, index) => `${kind}-${index}`),
      );
      expect(appliedHosts()).toEqual(expected.sort());
      const history = stores.history.list(HistoryListRequestSchema.parse({ limit: 1_000 }));
      expect(history.total).toBe(2 * COUNT);
      expect(new Set(history.events.map((event) => event.id)).size).toBe(2 * COUNT);
      expect(stores.notices.list()).toEqual([]);
      // No temporary, lock or moved-aside file is left behind.
      expect(readdirSync(folder).sort()).toEqual([
        'config.json',
        'engine-applied.json',
        'history.jsonl',
      ]);
    },
  );

  it("two stores in one process see each other's changes instead of overwriting them", async () => {
    const first = open();
    const second = open();
    await first.settings.update({ ui: { theme: 'dark' } });
    await second.settings.update({ startup: { openAtLogin: true } });
    await openApplied(first).set('h1', { records: { A: '203.0.113.7' }, lastUpdateAt: {} });
    await openApplied(second).set('h2', { records: { AAAA: '2001:db8::1' }, lastUpdateAt: {} });
    await first.history.append({ kind: 'notice', level: 'info', message: 'one' });
    await second.history.append({ kind: 'notice', level: 'info', message: 'two' });
    const third = open();
    expect(third.settings.get()).toMatchObject({
      ui: { theme: 'dark' },
      startup: { openAtLogin: true },
    });
    expect(appliedHosts()).toEqual(['h1', 'h2']);
    expect(
      third.history.list(HistoryListRequestSchema.parse({})).events.map((event) => event.id),
    ).toEqual([1, 0]);
  });
});
