import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  RequestBudget,
  type BudgetLedgerStore,
} from '../../electron/core/budget/request-budget.js';
import { openBudgetLedgerStore } from '../../electron/core/budget/file-budget-ledger-store.js';
import { diskDocument, type DocumentFile } from '../../electron/core/store/document-file.js';
import { openConfBacking } from '../../electron/core/store/open-settings.js';
import { HeadlessSecretStore } from '../../electron/core/store/headless-secret-store.js';
import { openStores } from '../../electron/core/store/open-stores.js';
import type { SettingsBacking } from '../../electron/core/store/settings-store.js';
import { StartupNotices } from '../../electron/core/store/startup-notices.js';
import { openAppliedRecordStore } from '../../electron/core/sync/file-applied-record-store.js';
import { FakeClock } from '../support/fake-clock.js';

/** A disk that is full while `full` is set: every write fails the way Node reports it. */
class DiskSwitch {
  full = false;
  check(): void {
    if (this.full)
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  }
}

let folder: string;
let disk: DiskSwitch;
const clock = new FakeClock(Date.UTC(2026, 10, 23, 8));

beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'dnstray-disk-'));
  disk = new DiskSwitch();
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function failingDocument(name: string): DocumentFile {
  const real = diskDocument(folder, name);
  return { ...real, write: (text) => (disk.check(), real.write(text)) };
}

function failingBacking(dir: string): SettingsBacking {
  const real = openConfBacking(dir);
  return {
    path: real.path,
    get store() {
      return real.store;
    },
    set store(value) {
      disk.check();
      real.store = value;
    },
  };
}

describe('a failing disk write', () => {
  it('leaves engine-applied.json and the values in memory as they were, and the next write lands', async () => {
    const applied = openAppliedRecordStore(failingDocument('engine-applied.json'), {
      clock,
      notices: new StartupNotices(clock),
    });
    const file = path.join(folder, 'engine-applied.json');
    const value = (A: string) => ({ records: { A }, lastUpdateAt: { A: clock.now() } });
    await applied.set('h1', value('203.0.113.7'));
    const before = readFileSync(file, 'utf8');

    disk.full = true;
    (await expect(applied.set('h1', value('203.0.113.8')))).rejects.toThrow(/ENOSPC/);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect((await applied.get('h1'))?.records.A).toBe('203.0.113.7');

    disk.full = false;
    await applied.set('h1', value('203.0.113.8'));
    expect((await applied.get('h1'))?.records.A).toBe('203.0.113.8');
  });

  it('refuses a settings change without losing the saved settings', async () => {
    const stores = openStores({
      folder,
      clock,
      secrets: () => new HeadlessSecretStore({}),
      openBacking: failingBacking,
    });
    expect((await stores.settings.update({ startup: { startHidden: true } })).ok).toBe(true);
    const saved = readFileSync(path.join(folder, 'config.json'), 'utf8');

    disk.full = true;
    let outcome: unknown;
    try {
      outcome = await stores.settings.update({ startup: { openAtLogin: true } });
    } catch (error) {
      outcome = error;
    }
    // Either a refusal or an error is a clear status; what may not happen is a silent loss.
    expect(outcome instanceof Error ? outcome.message : JSON.stringify(outcome)).toMatch(
      /ENOSPC|space|disk/i,
    );
    expect(readFileSync(path.join(folder, 'config.json'), 'utf8')).toBe(saved);
    expect(stores.settings.get().startup).toEqual({ openAtLogin: false, startHidden: true });
  });

  it('stops a freedns.io request whose ledger entry cannot be saved, and still counts it', async () => {
    const real = openBudgetLedgerStore(diskDocument(folder, 'engine-ledger.json'), {
      clock,
      notices: new StartupNotices(clock),
      hosts: () => [],
    });
    const store: BudgetLedgerStore = {
      load: () => real.load(),
      save: async (entries) => (disk.check(), real.save(entries)),
    };
    const budget = await RequestBudget.open(store, clock, { hourlyRequests: 50 });
    await budget.recordRequest('h1');

    disk.full = true;
    (await expect(budget.recordRequest('h1'))).rejects.toThrow(/ENOSPC/);
    // Counting the unsaved request is the safe side: the caller never sent it.
    expect(budget.updatesToday('h1')).toBe(2);
    expect(budget.admit('h1', 2)).toMatchObject({ admitted: false });

    disk.full = false;
    const reopened = await RequestBudget.open(real, clock, { hourlyRequests: 50 });
    expect(reopened.updatesToday('h1')).toBe(1);
  });
});
