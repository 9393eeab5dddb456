// Where a real Electron binary is, found without require('electron') (which would try to
// download one). Shared by `npm start` (scripts/start-electron.mjs) and the _electron tests.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * ELECTRON_BIN wins (and must exist); otherwise node_modules/electron/path.txt, which exists
 * only after a real download, names the binary under dist/.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string | null}
 */
export function findElectronBinary(env = process.env) {
  if (env.ELECTRON_BIN) return existsSync(env.ELECTRON_BIN) ? env.ELECTRON_BIN : null;
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

/** The one line `npm start` prints instead of Electron's stack trace. */
export const NO_ELECTRON_START_LINE =
  'dnstray: there is no Electron binary (node_modules/electron/dist is missing); get one with `npx install-electron` (or set ELECTRON_BIN=/path/to/electron), or run `npm run headless`, which serves the same windows in your browser.';
