/**
 * A second DNS Tray process contending for a store's lock.
 * `hold FILE`: takes FILE's lock, says "holding" and never lets go (the test kills it -9).
 * `count FILE`: for every "go" line on stdin, takes FILE's lock once, increments the number in
 * FILE, and answers "ok", or "overlap" when another process was inside the lock at once.
 * `hold-a-while FILE`: takes FILE's lock, marks itself inside, increments FILE, says
 * "holding", keeps the lock 1.5 s (a slow disk, a stopped process), then lets go and says
 * "released".
 * `hold-until-told FILE`: takes FILE's lock as a live process does, says "holding", and lets
 *   go (saying "released") when a line arrives on stdin; meanwhile its event loop is free.
 * `append FOLDER`: opens the stores in FOLDER and appends history events as fast as it can,
 * printing each id once its append has returned (the test kills it -9 mid-way).
 * Usage: node --import tsx lock-child.ts MODE FILE
 */
import { closeSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { randomBytes } from 'node:crypto';
import { systemClock } from '../../../electron/core/ports.js';
import { describeHolder, thisProcess } from '../../../electron/core/store/lock-holder.js';
import { withFileLock } from '../../../electron/core/store/file-lock.js';
import { HeadlessSecretStore } from '../../../electron/core/store/headless-secret-store.js';
import { openStores } from '../../../electron/core/store/open-stores.js';

const [mode, file] = process.argv.slice(2) as [
  'hold' | 'hold-a-while' | 'hold-until-told' | 'count' | 'append',
  string,
];
const forever = new Int32Array(new SharedArrayBuffer(4));

if (mode === 'hold') {
  withFileLock(file, () => {
    console.log('holding');
    Atomics.wait(forever, 0, 0);
  });
} else if (mode === 'hold-a-while') {
  await withFileLock(file, () => {
    closeSync(openSync(`${file}.inside`, 'wx'));
    writeFileSync(file, String(Number(readFileSync(file, 'utf8')) + 1));
    console.log('holding');
    Atomics.wait(forever, 0, 0, 1_500);
    rmSync(`${file}.inside`);
  });
  console.log('released');
} else if (mode === 'hold-until-told') {
  // The lock as withFileLock writes it, held across event-loop turns, as no store ever does.
  const lock = `${file}.lock`;
  writeFileSync(lock, describeHolder(thisProcess(randomBytes(8).toString('hex'))), { flag: 'wx' });
  console.log('holding');
  createInterface({ input: process.stdin }).once('line', () => {
    rmSync(lock);
    console.log('released');
    process.exit(0);
  });
} else if (mode === 'append') {
  const stores = openStores({
    folder: file,
    clock: systemClock,
    secrets: () => new HeadlessSecretStore({}),
  });
  for (let index = 0; ; index++) {
    const event = await stores.history.append({
      kind: 'notice',
      level: 'info',
      message: `n${index}`,
    });
    console.log(String(event.id));
  }
} else {
  console.log('ready');
  createInterface({ input: process.stdin }).on('line', async () => {
    let overlap = false;
    await withFileLock(file, () => {
      const inside = `${file}.inside`;
      try {
        closeSync(openSync(inside, 'wx'));
      } catch {
        overlap = true;
      }
      const count = Number(readFileSync(file, 'utf8'));
      Atomics.wait(forever, 0, 0, 2); // a write takes a moment; let the others try meanwhile
      writeFileSync(file, String(count + 1));
      if (!overlap) rmSync(inside);
    });
    console.log(overlap ? 'overlap' : 'ok');
  });
}
