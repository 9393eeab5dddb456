#!/usr/bin/env -S MALLOC_ARENA_MAX=1 MALLOC_TRIM_THRESHOLD_=65536 MALLOC_MMAP_THRESHOLD_=16384 node --max-semi-space-size=1 --liftoff-only --interrupt-budget=600000
// `dnstray-headless`: the installed command (package.json "bin"). It runs the built headless
// shell next to it; npm links this file, and Node resolves the link, so the path is the real one.
// --max-semi-space-size=1 (MiB): a 1 MiB young generation instead of 16, about 11 MiB less
// resident at idle (bench headless.idle); the shell allocates little. MALLOC_ARENA_MAX=1 (glibc;
// other C libraries ignore it): one malloc arena, so what V8's worker threads allocate while the
// shell starts (compiler zones) is not left in an arena of their own; without it about one
// start in two idled some 10 MiB higher. --liftoff-only: undici parses HTTP with llhttp
// compiled to WebAssembly, and V8's optimizing tier for it left about 10 MiB resident (bench
// headless.idle 73.6 -> 63.8 MiB median); the baseline tier was no slower on loopback (89 against
// 98 us a request, 3,000 requests). MALLOC_TRIM_THRESHOLD_=65536 MALLOC_MMAP_THRESHOLD_=16384
// (glibc): fixed thresholds, so what the start frees goes back to the system instead of glibc
// raising them after the first large free; about 1.5 MiB less (the [heap] mapping 4.8 -> 3.2).
// --interrupt-budget=600000 (V8's default is 67584): a function must run about nine times as
// long before V8 optimizes it, so the start's short loops (building schemas) no longer pull
// the optimizing compiler into memory, about 1.3 MiB; a 5,000-domain Freenom list read as
// fast as before (bench freenom.list, 113-146 against 151-156 ms; --max-opt=1 was 164-200).
// npm's Windows shim keeps them all (cmd-shim reads
// variables on an env -S line); scripts/headless-command.mjs gives them to npm run headless.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const entry = path.join(import.meta.dirname, '..', 'dist-electron', 'headless.js');
if (!existsSync(entry)) {
  console.error(`dnstray-headless: ${entry} is missing; run "npm run build" in the package first.`);
  process.exit(2);
}
await import(pathToFileURL(entry).href);
