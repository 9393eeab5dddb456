import { readFileSync } from 'node:fs';
import os from 'node:os';

/** Who holds a lock: enough to tell, from another process, whether that holder still exists. */
export interface LockHolder {
  pid: number;
  host: string;
  /** When the process started ("" where the system does not say): a reused PID differs here. */
  started: string;
  /** Random per acquisition, so a lock is only ever released or taken over by identity. */
  token: string;
}

/**
 * Only where a holder cannot be checked (another machine on a shared folder, a system that
 * does not give process start times, a lock from an earlier version): a lock this old is
 * abandoned, as a live holder keeps it for one small write.
 */
const UNVERIFIABLE_STALE_MS = 10_000;

export function thisProcess(token: string): LockHolder {
  return { pid: process.pid, host: os.hostname(), started: processStart(process.pid), token };
}

export function describeHolder(holder: LockHolder): string {
  return JSON.stringify(holder);
}

/** True when the holder's process no longer exists (killed mid-write), or its PID was reused. */
export function isHolderGone(holder: LockHolder, ageMs: number): boolean {
  const unverifiable = ageMs > UNVERIFIABLE_STALE_MS;
  if (!Number.isInteger(holder.pid) || holder.pid <= 0) return unverifiable;
  if (holder.host !== '' && holder.host !== os.hostname()) return unverifiable;
  // This process never waits for itself (the lock is re-entrant), so this is an earlier one.
  if (holder.pid === process.pid) return true;
  if (!isRunning(holder.pid)) return true;
  const started = processStart(holder.pid);
  if (holder.started !== '' && started !== '') return started !== holder.started;
  return unverifiable;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The start time in clock ticks since boot (Linux), or "" where it cannot be read. */
export function processStart(pid: number): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces and parentheses); starttime is 22nd.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
  } catch {
    return '';
  }
}
