#!/usr/bin/env -S node --max-semi-space-size=1
// `dnstray-headless`: the installed command (package.json "bin"). It runs the built headless
// shell next to it; npm links this file, and Node resolves the link, so the path is the real one.
// --max-semi-space-size=1 (MiB): a 1 MiB young generation instead of 16, about 11 MiB less
// resident at idle (bench headless.idle); the shell allocates little. npm's Windows shim keeps it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const entry = path.join(import.meta.dirname, '..', 'dist-electron', 'headless.js');
if (!existsSync(entry)) {
  console.error(`dnstray-headless: ${entry} is missing; run "npm run build" in the package first.`);
  process.exit(2);
}
await import(pathToFileURL(entry).href);
