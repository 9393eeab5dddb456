import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startShell, type ShellProcess } from './support/headless-shell.js';

/**
 * The shipped headless shell started on a profile whose every file is damaged: it must come
 * up, serve, say what it moved aside, and keep the originals.
 */
let shell: ShellProcess | undefined;
let folder: string | undefined;

afterEach(async () => {
  await shell?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('the headless shell on a damaged profile', () => {
  it('starts, serves, names every file it moved aside and keeps the originals', async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'dnstray-damaged-'));
    writeFileSync(
      path.join(folder, 'config.json'),
      '{"version":2,"accounts":{"freedns":[{"id":"main",',
    );
    writeFileSync(path.join(folder, 'engine-ledger.json'), Buffer.from([0, 1, 2, 3, 255]));
    writeFileSync(path.join(folder, 'engine-applied.json'), '{"version":1,"hosts":{"h1":');
    writeFileSync(path.join(folder, 'history.json'), '<html>not a history</html>');
    shell = await startShell(folder, { DNSTRAY_FREEDNS_PASSWORD: 'x' });

    expect((await shell.invoke('settings:get', undefined)).ok).toBe(true);
    expect((await shell.invoke('status:get', undefined)).ok).toBe(true);
    const notices = (await shell.invoke('app:notices', undefined)).result as {
      notices: { file: string }[];
    };
    expect(notices.notices.map((notice) => notice.file).sort()).toEqual([
      'config.json',
      'engine-applied.json',
      'engine-ledger.json',
      'history.json',
    ]);
    expect(shell.stderr()).toMatch(/config\.json could not be used/);
    expect(shell.stderr()).toMatch(/engine-ledger\.json could not be used.*will not send updates/);
    expect(shell.stderr()).toMatch(/engine-applied\.json could not be used/);
    expect(readdirSync(folder).filter((name) => name.includes('.corrupt-'))).toHaveLength(4);
    expect(shell.child.exitCode).toBeNull();
  });
});
