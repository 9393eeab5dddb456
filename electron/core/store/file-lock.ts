import { closeSync, linkSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { describeHolder, isHolderGone, thisProcess, type LockHolder } from './lock-holder.js';
import { setTimeout as delay } from 'node:timers/promises';
import { renameRetrying } from './rename-retrying.js';

/** A live holder only reads and writes one small file; waiting longer means it is stuck. */
const GIVE_UP_MS = 5_000;
const held = new Set<string>();

export class LockTimeoutError extends Error {
  constructor(readonly file: string) {
    super(`Another DNS Tray process is holding ${file}; try again in a moment.`);
    this.name = 'LockTimeoutError';
  }
}

/** What one try at the lock did: ran `fn` under it, or found a live holder and ran nothing. */
export type LockAttempt<T> = { held: true; value: T } | { held: false };

/**
 * Runs `fn` while holding `<file>.lock`, so two processes (the tray app and a headless shell,
 * or two stores in tests) never interleave a read-modify-write of the same file. Never waits:
 * a lock whose holder process is gone (killed mid-write) is taken over at once, never by age;
 * a live holder means `{ held: false }` and `fn` is not run.
 */
export function tryWithFileLock<T>(file: string, fn: () => T): LockAttempt<T> {
  // Re-entrant within this process: a store may read (and repair) a file while updating it.
  // `fn` is synchronous, so no other task of this process can run while the lock is held.
  if (held.has(file)) return { held: true, value: fn() };
  const lock = `${file}.lock`;
  const mine = thisProcess(randomBytes(8).toString('hex'));
  if (!acquireNow(lock, mine)) return { held: false };
  held.add(file);
  try {
    return { held: true, value: fn() };
  } finally {
    held.delete(file);
    if (readHolder(lock)?.token === mine.token) rmSync(lock, { force: true });
  }
}

/**
 * `tryWithFileLock`, waiting for a live holder without blocking the event loop: when the lock
 * is free (nearly always) `fn` runs before this returns; otherwise it is retried after timer
 * pauses of 1 to 8 ms, for at most 5 s, then it fails with `LockTimeoutError`.
 */
// Give-up times are real time, so they use the wall clock, not the core's injected Clock.
export function withFileLock<T>(file: string, fn: () => T): Promise<T> {
  try {
    const first = tryWithFileLock(file, fn);
    if (first.held) return Promise.resolve(first.value);
  } catch (error) {
    return Promise.reject(error as Error);
  }
  return waitForLock(file, fn);
}

async function waitForLock<T>(file: string, fn: () => T): Promise<T> {
  const started = Date.now();
  for (let pause = 1; ; pause = Math.min(pause * 2, 8)) {
    if (Date.now() - started > GIVE_UP_MS) throw new LockTimeoutError(file);
    await delay(pause);
    const attempt = tryWithFileLock(file, fn);
    if (attempt.held) return attempt.value;
  }
}

/** Takes the lock if it is free or its holder is gone; false while a live process holds it. */
function acquireNow(lock: string, mine: LockHolder): boolean {
  for (let tries = 0; tries < 3; tries++) {
    if (createExclusive(lock, mine)) return true;
    const holder = readHolder(lock);
    if (holder === undefined) continue; // released meanwhile: try again at once
    if (isHolderGone(holder, lockAge(lock))) return takeOver(lock, holder, mine);
    return false;
  }
  return false;
}

/**
 * Replaces `target`, which names the dead `gone`, with `mine`. Only the process that creates
 * `<target>.steal-<token>` may do it, so of three processes that all see the same dead
 * holder exactly one takes over; a taker that dies mid-way is taken over the same way.
 */
function takeOver(target: string, gone: LockHolder, mine: LockHolder, depth = 0): boolean {
  const marker = `${target}.steal-${gone.token}`;
  if (!createExclusive(marker, mine)) {
    const taker = readHolder(marker);
    if (!taker || depth > 8 || !isHolderGone(taker, lockAge(marker))) return false;
    if (!takeOver(marker, taker, mine, depth + 1)) return false;
  }
  try {
    if (readHolder(target)?.token !== gone.token) return false; // someone else already did
    const temp = `${target}.${mine.token}.tmp`;
    writeWhole(temp, mine, 'w');
    renameRetrying(temp, target);
    return true;
  } finally {
    rmSync(marker, { force: true });
  }
}

/** Creates `target` holding `holder`, complete from the first moment anyone can see it. */
function createExclusive(target: string, holder: LockHolder): boolean {
  const temp = `${target}.${holder.token}.new`;
  writeWhole(temp, holder, 'w');
  try {
    linkSync(temp, target);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // File systems without hard links (FAT, some network shares): exclusive create instead.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    return createInPlace(target, holder);
  } finally {
    rmSync(temp, { force: true });
  }
}

function createInPlace(target: string, holder: LockHolder): boolean {
  try {
    writeWhole(target, holder, 'wx');
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function writeWhole(target: string, holder: LockHolder, flags: 'w' | 'wx'): void {
  const fd = openSync(target, flags, 0o600);
  try {
    writeSync(fd, describeHolder(holder));
  } finally {
    closeSync(fd);
  }
}

/** The holder named in a lock file, or undefined when there is no lock. */
function readHolder(lock: string): LockHolder | undefined {
  let text: string;
  try {
    text = readFileSync(lock, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const value = JSON.parse(text) as Partial<LockHolder> | number;
    // Locks written by earlier versions hold only a PID.
    if (typeof value === 'number')
      return { pid: value, host: '', started: '', token: digest(text) };
    const token = String(value.token ?? '');
    return {
      pid: Number(value.pid),
      host: String(value.host ?? ''),
      started: String(value.started ?? ''),
      token: /^[0-9a-f]{16}$/.test(token) ? token : digest(text),
    };
  } catch {
    // Half-written by an earlier version: only its age can tell.
    return { pid: 0, host: '', started: '', token: digest(text) };
  }
}

/** A file-name-safe token for a lock of unknown shape. */
function digest(text: string): string {
  return `x${createHash('sha256').update(text).digest('hex').slice(0, 15)}`;
}

function lockAge(lock: string): number {
  try {
    return Date.now() - statSync(lock).mtimeMs;
  } catch {
    return 0;
  }
}
