import { closeSync, openSync, rmSync, statSync, writeSync } from 'node:fs';

const WAIT = new Int32Array(new SharedArrayBuffer(4));
/** A lock older than this belongs to a process that died holding it. */
const STALE_MS = 10_000;
const GIVE_UP_MS = 10_000;
const held = new Set<string>();

export class LockTimeoutError extends Error {
  constructor(readonly file: string) {
    super(`Another DNS Tray process is holding ${file}; try again in a moment.`);
    this.name = 'LockTimeoutError';
  }
}

/**
 * Runs `fn` while holding `<file>.lock`, so two processes (the tray app and a headless shell,
 * or two stores in tests) never interleave a read-modify-write of the same file. The stores
 * are synchronous, so the wait is a short blocking back-off, not a timer.
 */
// Lock ages are real file times, so they use the wall clock, not the core's injected Clock.
export function withFileLock<T>(file: string, fn: () => T): T {
  // Re-entrant within this process: a store may read (and repair) a file while updating it.
  if (held.has(file)) return fn();
  const lock = `${file}.lock`;
  const started = Date.now();
  let fd: number | undefined;
  while (fd === undefined) {
    try {
      fd = openSync(lock, 'wx', 0o600);
      writeSync(fd, String(process.pid));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (isStale(lock)) rmSync(lock, { force: true });
      else if (Date.now() - started > GIVE_UP_MS) throw new LockTimeoutError(file);
      else Atomics.wait(WAIT, 0, 0, 2);
    }
  }
  held.add(file);
  try {
    return fn();
  } finally {
    held.delete(file);
    closeSync(fd);
    rmSync(lock, { force: true });
  }
}

function isStale(lock: string): boolean {
  try {
    return Date.now() - statSync(lock).mtimeMs > STALE_MS;
  } catch {
    return false;
  }
}
