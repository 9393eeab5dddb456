import { closeSync, linkSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { describeHolder, isHolderGone, thisProcess, type LockHolder } from './lock-holder.js';
import { renameRetrying, sleepBriefly } from './rename-retrying.js';

/** A live holder only reads and writes one small file; waiting longer means it is stuck. */
const GIVE_UP_MS = 5_000;
const held = new Set<string>();

export class LockTimeoutError extends Error {
  constructor(readonly file: string) {
    super(`Another DNS Tray process is holding ${file}; try again in a moment.`);
    this.name = 'LockTimeoutError';
  }
}

/**
 * Runs `fn` while holding `<file>.lock`, so two processes (the tray app and a headless shell,
 * or two stores in tests) never interleave a read-modify-write of the same file.
 * A lock whose holder process is gone (killed mid-write) is taken over at once, never by age;
 * only a live holder is waited for, in pauses of a few milliseconds, since it holds the lock
 * only for one small synchronous write.
 */
// Give-up times are real time, so they use the wall clock, not the core's injected Clock.
export function withFileLock<T>(file: string, fn: () => T): T {
  // Re-entrant within this process: a store may read (and repair) a file while updating it.
  if (held.has(file)) return fn();
  const lock = `${file}.lock`;
  const mine = thisProcess(randomBytes(8).toString('hex'));
  acquire(lock, mine, file);
  held.add(file);
  try {
    return fn();
  } finally {
    held.delete(file);
    if (readHolder(lock)?.token === mine.token) rmSync(lock, { force: true });
  }
}

function acquire(lock: string, mine: LockHolder, file: string): void {
  const started = Date.now();
  for (let pause = 1; ; pause = Math.min(pause * 2, 8)) {
    if (createExclusive(lock, mine)) return;
    const holder = readHolder(lock);
    if (holder === undefined) continue; // released meanwhile: try again at once
    if (isHolderGone(holder, lockAge(lock)) && takeOver(lock, holder, mine)) return;
    if (Date.now() - started > GIVE_UP_MS) throw new LockTimeoutError(file);
    sleepBriefly(pause);
  }
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
