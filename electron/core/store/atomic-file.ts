import { closeSync, fsyncSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { renameRetrying } from './rename-retrying.js';

/**
 * Writes a file so that a crash leaves either the old or the new content, never a mix:
 * write a temporary file beside it, fsync it, rename it over the target, fsync the folder.
 */
export function writeFileAtomic(file: string, text: string, mode = 0o600): void {
  const temp = temporaryName(file);
  const fd = openSync(temp, 'w', mode);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameRetrying(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(path.dirname(file));
}

/** `.<name>.<pid>.<random>.tmp`: the PID lets a later start tell a dead writer's leftover. */
export function temporaryName(file: string): string {
  return path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
}

/** Makes the rename itself durable; some platforms (Windows) cannot open a folder, which is fine. */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Folder fsync is best effort: the data itself was already fsynced.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export type ReadResult =
  { kind: 'missing' } | { kind: 'json'; value: unknown } | { kind: 'unreadable'; reason: string };

/** Reads and parses a JSON file, saying in words why it cannot be used. */
export function readJsonFile(file: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'unreadable', reason: `it could not be read (${code ?? 'error'})` };
  }
  return parseJsonBytes(bytes);
}

export function parseJsonBytes(bytes: Buffer): ReadResult {
  if (bytes.length === 0) return { kind: 'unreadable', reason: 'it is empty' };
  if (bytes.includes(0)) return { kind: 'unreadable', reason: 'it holds binary data, not JSON' };
  const text = bytes.toString('utf8');
  if (text.includes('\uFFFD')) return { kind: 'unreadable', reason: 'it is not valid UTF-8 text' };
  try {
    return { kind: 'json', value: JSON.parse(text) as unknown };
  } catch {
    return {
      kind: 'unreadable',
      reason: text.trim() === '' ? 'it is empty' : 'it is not valid JSON (truncated or damaged)',
    };
  }
}

/**
 * Moves an unusable file aside as `<name>.corrupt-<time>.json` (never overwriting an earlier
 * one) and returns the new path, so the user can be told exactly where it went.
 */
export function moveAside(file: string, now: number): string {
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
  const base = file.replace(/\.json$/, '');
  for (let attempt = 0; ; attempt++) {
    const target = `${base}.corrupt-${stamp}${attempt === 0 ? '' : `-${attempt}`}.json`;
    try {
      // Creating the copy exclusively ('wx') refuses to overwrite an existing file, unlike rename.
      copyToNewFile(file, target);
      rmSync(file, { force: true });
      return target;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 100) throw error;
    }
  }
}

/** Copies `from` into a file `to` that must not exist yet (EEXIST otherwise), synced to disk. */
function copyToNewFile(from: string, to: string): void {
  const bytes = readFileSync(from);
  const fd = openSync(to, 'wx', 0o600);
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
