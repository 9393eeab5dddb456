import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = path.resolve(import.meta.dirname, '../../../electron/main');

/** The thin glue: the only files that may load Electron at run time (directly or through another). */
const GLUE = [
  'app-lifecycle.ts',
  'desktop-notifications.ts',
  'main.ts',
  'open-electron-stores.ts',
  'start-at-login.ts',
  'system-events.ts',
  'tray-service.ts',
  'tray-setup.ts',
  'window-factory.ts',
  'window-manager.ts',
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
    if (!spec.startsWith('./')) return false;
    return loadsElectron(spec.slice(2).replace(/\.js$/, '.ts'), seen);
  });
}

describe('the Electron shell stays thin', () => {
  const files = readdirSync(dir).filter((name) => name.endsWith('.ts'));

  it.each(files.filter((file) => !GLUE.includes(file)))(
    '%s decides without loading Electron, so it is tested in plain Node',
    (file) => {
      expect(loadsElectron(file)).toBe(false);
    },
  );

  it('lists only glue files that exist', () => {
    for (const file of GLUE) expect(files).toContain(file);
  });
});
