import {
  closeSync,
  constants,
  copyFileSync,
  fsyncSync,
  openSync,
  readSync,
  statSync,
  ftruncateSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './atomic-file.js';
import { tryWithFileLock, withFileLock, type LockAttempt } from './file-lock.js';

/**
 * A file that grows by appending lines (history.jsonl), as the history store sees it: on disk
 * in both shells, in memory for a core created without a folder.
 */
export interface AppendLog {
  /** The file name shown to the user, e.g. "history.jsonl". */
  readonly name: string;
  readonly path: string;
  /** Identity (changes when the file is replaced whole) and size; undefined when missing. */
  stat(): { identity: string; size: number } | undefined;
  /** The bytes from `start` up to `end`. */
  read(start: number, end: number): Buffer;
  /** Adds text at the end and makes it durable before returning. */
  append(text: string): void;
  /** Cuts the file back to `size` bytes (a torn last line left by a killed writer). */
  truncate(size: number): void;
  /** Replaces the whole file atomically (compaction). */
  replace(text: string): void;
  /** Copies the file to `<name>.corrupt-<time>.jsonl` and returns where, for the user. */
  copyAside(now: number): string;
  /** Runs `fn` under the file's lock, waiting (without blocking) for another process. */
  withLock<T>(fn: () => T): Promise<T>;
  /** Runs `fn` under the lock only if no other live process holds it; never waits. */
  tryLock<T>(fn: () => T): LockAttempt<T>;
}

export function diskAppendLog(folder: string, name: string): AppendLog {
  const file = path.join(folder, name);
  return {
    name,
    path: file,
    stat() {
      try {
        const stat = statSync(file, { bigint: true });
        return { identity: `${stat.dev}:${stat.ino}`, size: Number(stat.size) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    read(start, end) {
      const buffer = Buffer.alloc(Math.max(0, end - start));
      const fd = openSync(file, 'r');
      try {
        let done = 0;
        while (done < buffer.length) {
          const got = readSync(fd, buffer, done, buffer.length - done, start + done);
          if (got === 0) break;
          done += got;
        }
        return buffer.subarray(0, done);
      } finally {
        closeSync(fd);
      }
    },
    append: (text) => withFd(file, 'a', (fd) => writeSync(fd, text)),
    truncate: (size) => withFd(file, 'r+', (fd) => ftruncateSync(fd, size)),
    replace: (text) => writeFileAtomic(file, text),
    copyAside: (now) => copyAside(file, now),
    withLock: (fn) => withFileLock(file, fn),
    tryLock: (fn) => tryWithFileLock(file, fn),
  };
}

function copyAside(file: string, now: number): string {
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
  for (let attempt = 0; ; attempt++) {
    const target = file.replace(
      /\.jsonl$/,
      `.corrupt-${stamp}${attempt ? `-${attempt}` : ''}.jsonl`,
    );
    try {
      copyFileSync(file, target, constants.COPYFILE_EXCL);
      return target;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 100) throw error;
    }
  }
}

function withFd(file: string, flags: string, fn: (fd: number) => void): void {
  const fd = openSync(file, flags, 0o600);
  try {
    fn(fd);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function memoryAppendLog(name: string): AppendLog {
  let content: Buffer | undefined;
  let generation = 0;
  return {
    name,
    path: `(memory)/${name}`,
    stat: () =>
      content === undefined ? undefined : { identity: String(generation), size: content.length },
    read: (start, end) => (content ?? Buffer.alloc(0)).subarray(start, end),
    append(text) {
      content = Buffer.concat([content ?? Buffer.alloc(0), Buffer.from(text)]);
    },
    truncate(size) {
      content = content?.subarray(0, size);
    },
    replace(text) {
      content = Buffer.from(text);
      generation++;
    },
    copyAside: () => `(memory)/${name}.corrupt-${generation}.jsonl`,
    withLock: async (fn) => fn(),
    tryLock: (fn) => ({ held: true, value: fn() }),
  };
}
