import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Finds a real Electron binary without require('electron'), which would try to download one.
 * ELECTRON_BIN wins; otherwise node_modules/electron/path.txt exists only after a real download.
 */
export function findElectronBinary(): string | null {
  if (process.env.ELECTRON_BIN)
    return existsSync(process.env.ELECTRON_BIN) ? process.env.ELECTRON_BIN : null;
  try {
    const pkgDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathTxt = path.join(pkgDir, 'path.txt');
    if (!existsSync(pathTxt)) return null;
    const bin = path.join(pkgDir, 'dist', readFileSync(pathTxt, 'utf8').trim());
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

export const NO_ELECTRON_REASON =
  'no Electron binary (node_modules/electron/dist is missing: its download from GitHub is not possible on this machine); set ELECTRON_BIN=/path/to/electron to run these tests';
