#!/usr/bin/env node
// Stands in for fpm (CUSTOM_FPM_PATH) in the packaging smoke test: electron-builder's real fpm is
// a download from GitHub. Records the arguments electron-builder 26 computed for the .deb, with
// copies of the maintainer scripts and the desktop entry, which are temporary files it deletes.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const outDir = process.env.FPM_RECORD_DIR;
if (!outDir) {
  console.error('fpm-recorder: set FPM_RECORD_DIR');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const args = process.argv.slice(2);
const valueOf = (flag) => args[args.indexOf(flag) + 1];
copyFileSync(valueOf('--after-install'), path.join(outDir, 'after-install.sh'));
copyFileSync(valueOf('--after-remove'), path.join(outDir, 'after-remove.sh'));
const desktop = args.find((a) => a.endsWith('.desktop') && a.includes('=/usr/share/applications/'));
if (desktop)
  copyFileSync(desktop.slice(0, desktop.indexOf('=')), path.join(outDir, 'entry.desktop'));
writeFileSync(path.join(outDir, 'args.json'), JSON.stringify(args, null, 1));
