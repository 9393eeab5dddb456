import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../../scripts/electron-binary.mjs';

const root = path.resolve(import.meta.dirname, '../../..');
const script = path.join(root, 'scripts', 'start-electron.mjs');

/** Runs `npm start`'s script with ELECTRON_BIN pointing at a file that does not exist. */
function startWithoutBinary() {
  return spawnSync(process.execPath, [script], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_BIN: path.join(root, 'no-such-electron') },
    timeout: 15_000,
  });
}

describe('npm start without an Electron binary', () => {
  it('finds no binary when ELECTRON_BIN names a missing file', () => {
    expect(findElectronBinary({ ELECTRON_BIN: path.join(root, 'no-such-electron') })).toBeNull();
  });

  it('says so in one line, with how to get one and the headless alternative, and fails', () => {
    const run = startWithoutBinary();
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/there is no Electron binary/);
    expect(lines[0]).toContain('npx install-electron');
    expect(lines[0]).toContain('npm run headless');
    expect(run.stderr).not.toMatch(/\bat .*\(|Error:/);
  });
});
