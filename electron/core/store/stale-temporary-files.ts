import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { isHolderGone } from './lock-holder.js';

/**
 * A temporary file this old has no writer: a write takes milliseconds, and the libraries that
 * write config.json retry for at most a second or two.
 */
const ABANDONED_MS = 10_000;
/** Ours: `.<name>.<pid>.<random>.tmp` (atomic-file.ts), owned by that process while it runs. */
const OURS = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;
/** conf / electron-store (atomically): `<name>.tmp-<10 digits><6 hex>`, no owner recorded. */
const LIBRARY = /\.tmp-\d{10}[0-9a-f]{6}$/;
/** The lock's own short-lived files: `<name>.lock[.steal-<token>].<token>.new|.tmp`. */
const LOCK_PARTS = /\.lock(\.steal-\w+)*\.\w{16}\.(new|tmp)$/;

/**
 * Removes temporary files that crashed writers left behind (seven after 25 kills, before this),
 * and only those: ours when the process that made it is gone, the libraries' and the lock's
 * when they are too old for any live writer. Run on start, under the settings file's lock.
 * Returns the names removed.
 */
export function removeStaleTemporaryFiles(folder: string, now = Date.now()): string[] {
  const removed: string[] = [];
  for (const name of safeList(folder)) {
    const file = path.join(folder, name);
    const age = ageOf(file, now);
    if (age === undefined) continue;
    const ours = OURS.exec(name);
    // A live PID that has held a temporary file for over 10 s is a reused one.
    const stale = ours
      ? isHolderGone({ pid: Number(ours[1]), host: '', started: '', token: '' }, age)
      : (LIBRARY.test(name) || LOCK_PARTS.test(name)) && age > ABANDONED_MS;
    if (!stale) continue;
    rmSync(file, { force: true });
    removed.push(name);
  }
  return removed;
}

function safeList(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

function ageOf(file: string, now: number): number | undefined {
  try {
    const stat = statSync(file);
    return stat.isFile() ? now - stat.mtimeMs : undefined;
  } catch {
    return undefined;
  }
}
