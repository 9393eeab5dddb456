/**
 * A second DNS Tray process contending for a store's lock.
 * `hold FILE`: takes FILE's lock, says "holding" and never lets go (the test kills it -9).
 * `count FILE`: for every "go" line on stdin, takes FILE's lock once, increments the number in
 * FILE, and answers "ok", or "overlap" when another process was inside the lock at once.
 * `hold-a-while FILE`: takes FILE's lock, marks itself inside, increments FILE, says
 * "holding", keeps the lock 1.5 s (a slow disk), then lets go and says "released".
 * `append FOLDER`: opens the stores in FOLDER and appends history events as fast as it can,
 * printing each id once its append has returned (the test kills it -9 mid-way).
 * Usage: node --import tsx lock-child.ts MODE FILE
 */
import { closeSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { systemClock } from '../../../electron/core/ports.js';
import { withFileLock } from '../../../electron/core/store/file-lock.js';
import { HeadlessSecretStore } from '../../../electron/core/store/headless-secret-store.js';
import { openStores } from '../../../electron/core/store/open-stores.js';

const [mode, file] = process.argv.slice(2) as [
  'hold' | 'hold-a-while' | 'count' | 'append',
  string,
];
const forever = new Int32Array(new SharedArrayBuffer(4));

if (mode === 'hold') {
  withFileLock(file, () => {
    console.log('holding');
    Atomics.wait(forever, 0, 0);
  });
} else if (mode === 'hold-a-while') {
  withFileLock(file, () => {
    closeSync(openSync(`${file}.inside`, 'wx'));
    writeFileSync(file, String(Number(readFileSync(file, 'utf8')) + 1));
    console.log('holding');
    Atomics.wait(forever, 0, 0, 1_500);
    rmSync(`${file}.inside`);
  });
  console.log('released');
} else if (mode === 'append') {
  const stores = openStores({
    folder: file,
    clock: systemClock,
    secrets: () => new HeadlessSecretStore({}),
  });
  for (let index = 0; ; index++) {
    const event = stores.history.append({ kind: 'notice', level: 'info', message: `n${index}` });
    console.log(String(event.id));
  }
} else {
  console.log('ready');
  createInterface({ input: process.stdin }).on('line', () => {
    let overlap = false;
    withFileLock(file, () => {
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
