import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HeadlessSecretStore } from '../../../../electron/core/store/headless-secret-store.js';
import { openStores } from '../../../../electron/core/store/open-stores.js';
import { FakeClock } from '../../../support/fake-clock.js';

let folder: string;
beforeEach(() => (folder = mkdtempSync(path.join(os.tmpdir(), 'dnstray-temps-'))));
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const open = () =>
  openStores({ folder, clock: new FakeClock(), secrets: () => new HeadlessSecretStore({}) });
/** A file as a crashed writer left it, `ageMs` ago. */
function leftover(name: string, ageMs: number): void {
  const file = path.join(folder, name);
  writeFileSync(file, '{"version":2,"hos');
  const then = new Date(Date.now() - ageMs);
  utimesSync(file, then, then);
}
/** The PID of a process that has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

describe('temporary files left by crashed writers', () => {
  it('are removed on start when no live writer can own them, and only those', async () => {
    writeFileSync(path.join(folder, 'config.json'), '{"version":2}');
    const dead = deadPid();
    // conf's (atomically) temporary files: seven left by killed shells, one being written now.
    for (let index = 0; index < 7; index++)
      leftover(`config.json.tmp-${String(1764600000 + index).padStart(10, '0')}a1b2c3`, 60_000);
    leftover('config.json.tmp-1764609999ffffff', 0);
    // Ours name their writer: a dead one's goes, a live one's (this process) writing now stays.
    leftover(`.engine-ledger.json.${dead}.0123abcd.tmp`, 0);
    leftover(`.history.jsonl.${process.ppid}.89abcdef.tmp`, 0);
    // The user's own files that merely look similar are never touched.
    leftover('notes.tmp', 60_000);

    const stores = open();
    expect(readdirSync(folder).sort()).toEqual([
      `.history.jsonl.${process.ppid}.89abcdef.tmp`,
      'config.json',
      'config.json.tmp-1764609999ffffff',
      'notes.tmp',
    ]);
    expect(stores.notices.list()).toEqual([]);
    expect((await stores.settings.update({ ui: { theme: 'dark' } })).ok).toBe(true);
  });
});
