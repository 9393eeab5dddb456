import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { headlessCommand } from '../../../scripts/headless-command.mjs';

const root = path.resolve(import.meta.dirname, '../../..');
let folder: string | null = null;
afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = null;
});

/** A package folder whose bin/dnstray-headless.mjs starts with `shebang`. */
function packageWith(shebang: string): string {
  folder = mkdtempSync(path.join(os.tmpdir(), 'dnstray-bin-'));
  mkdirSync(path.join(folder, 'bin'));
  writeFileSync(path.join(folder, 'bin', 'dnstray-headless.mjs'), `${shebang}\nexport {};\n`);
  return folder;
}

describe('npm run headless and npm run sandbox start the shell as the installed command', () => {
  it('with the environment and Node flags of its #! line, then the command itself', () => {
    const dir = packageWith('#!/usr/bin/env -S A_B=1 C=x=y node --one=1 --two');
    expect(headlessCommand(dir)).toEqual({
      env: { A_B: '1', C: 'x=y' },
      args: ['--one=1', '--two', path.join(dir, 'bin', 'dnstray-headless.mjs')],
    });
  });

  it('reads the shipped command (its flags are the ones bench headless.idle measured)', () => {
    const command = headlessCommand(root);
    expect(command.args.at(-1)).toBe(path.join(root, 'bin', 'dnstray-headless.mjs'));
    expect(command.args).toContain('--max-semi-space-size=1');
    expect(command.args).toContain('--interrupt-budget=600000');
    expect(command.env).toEqual({
      MALLOC_ARENA_MAX: '1',
      MALLOC_TRIM_THRESHOLD_: '65536',
      MALLOC_MMAP_THRESHOLD_: '16384',
    });
  });
});
