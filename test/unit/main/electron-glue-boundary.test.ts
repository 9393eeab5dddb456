import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = path.resolve(import.meta.dirname, '../../../electron/main');

/** The thin glue: the only files that may load Electron at run time (directly or through another). */
const GLUE = [
  'app/app-lifecycle.ts',
  'app/open-electron-stores.ts',
  'app/smoke-test.ts',
  'login/start-at-login.ts',
  'main.ts',
  'notifications/desktop-notifications.ts',
  'system/system-events.ts',
  'tray/tray-service.ts',
  'tray/tray-setup.ts',
  'windows/window-factory.ts',
  'windows/window-manager.ts',
];

/** Runtime imports of a file: `import type` lines are erased and do not count. */
function runtimeImports(file: string): string[] {
  const source = readFileSync(path.join(dir, file), 'utf8');
  const imports = source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)';/gms);
  return [...imports].map((match) => match[1]!);
}

function loadsElectron(file: string, seen = new Set<string>()): boolean {
  if (seen.has(file)) return false;
  seen.add(file);
  return runtimeImports(file).some((spec) => {
    if (spec === 'electron') return true;
    if (!spec.startsWith('.')) return false;
    const target = path.posix.join(path.posix.dirname(file), spec).replace(/\.js$/, '.ts');
    // Only files inside electron/main are followed; the core and shared/ are linted apart.
    return !target.startsWith('..') && loadsElectron(target, seen);
  });
}

describe('the Electron shell stays thin', () => {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => name.split(path.sep).join('/'));

  it.each(files.filter((file) => !GLUE.includes(file)))(
    '%s decides without loading Electron, so it is tested in plain Node',
    (file) => {
      expect(loadsElectron(file)).toBe(false);
    },
  );

  it('lists only glue files that exist', () => {
    for (const file of GLUE) expect(files).toContain(file);
  });

  it('groups the shell by role, with only main.ts at the top', () => {
    const top = files.filter((file) => !file.includes('/'));
    expect(top).toEqual(['main.ts']);
  });
});
