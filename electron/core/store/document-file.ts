import { statSync } from 'node:fs';
import path from 'node:path';
import {
  moveAside,
  parseJsonBytes,
  readJsonFile,
  writeFileAtomic,
  type ReadResult,
} from './atomic-file.js';
import { tryWithFileLock, withFileLock, type LockAttempt } from './file-lock.js';

/**
 * One persisted JSON document as the stores see it: on disk in both shells, in memory when a
 * core is created without a folder (unit tests of other parts).
 */
export interface DocumentFile {
  /** The file name shown to the user, e.g. "engine-ledger.json". */
  readonly name: string;
  readonly path: string;
  read(): ReadResult;
  write(text: string): void;
  /** Moves the current content aside and returns where it went. */
  moveAside(now: number): string;
  /** Runs `fn` under the file's lock, waiting (without blocking) for another process. */
  withLock<T>(fn: () => T): Promise<T>;
  /** Runs `fn` under the lock only if no other live process holds it; never waits. */
  tryLock<T>(fn: () => T): LockAttempt<T>;
  /** Changes whenever another writer replaced the file, so a cached copy can be reused. */
  revision(): string;
}

/**
 * Identifies one version of a file cheaply. Every atomic write renames a new file into place,
 * so the inode alone changes on each write; size and mtime cover editors that write in place.
 */
export function fileRevision(file: string): string | undefined {
  try {
    const stat = statSync(file, { bigint: true });
    return `${stat.ino}:${stat.size}:${stat.mtimeNs}`;
  } catch {
    return undefined;
  }
}

export function diskDocument(folder: string, name: string): DocumentFile {
  const file = path.join(folder, name);
  return {
    name,
    path: file,
    read: () => readJsonFile(file),
    write: (text) => writeFileAtomic(file, text),
    moveAside: (now) => moveAside(file, now),
    withLock: (fn) => withFileLock(file, fn),
    tryLock: (fn) => tryWithFileLock(file, fn),
    revision: () => fileRevision(file) ?? 'missing',
  };
}

export function memoryDocument(name: string): DocumentFile {
  let content: Buffer | undefined;
  let writes = 0;
  const aside: Buffer[] = [];
  return {
    name,
    path: `(memory)/${name}`,
    read: () => (content === undefined ? { kind: 'missing' } : parseJsonBytes(content)),
    write(text) {
      content = Buffer.from(text);
      writes++;
    },
    moveAside() {
      if (content) aside.push(content);
      content = undefined;
      return `(memory)/${name}.corrupt-${aside.length}.json`;
    },
    withLock: async (fn) => fn(),
    tryLock: (fn) => ({ held: true, value: fn() }),
    revision: () => String(writes),
  };
}
