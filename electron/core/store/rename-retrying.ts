import { renameSync } from 'node:fs';

/** Errors that antivirus scanners and search indexers cause on Windows while they hold a file. */
const TRANSIENT = new Set(['EPERM', 'EBUSY', 'EACCES']);
/** A few short pauses (35 ms in all): long enough for a scanner to let go, short for the loop. */
const PAUSES_MS = [5, 10, 20];
const SLEEPER = new Int32Array(new SharedArrayBuffer(4));

export interface RenameRetryOptions {
  rename?: (from: string, to: string) => void;
  sleep?: (ms: number) => void;
  pauses?: readonly number[];
}

/**
 * `renameSync`, retried a few times when the target is briefly held by another program, so a
 * save does not fail because an indexer opened the file at the wrong moment.
 */
export function renameRetrying(from: string, to: string, options: RenameRetryOptions = {}): void {
  const rename = options.rename ?? renameSync;
  const sleep = options.sleep ?? sleepBriefly;
  const pauses = options.pauses ?? PAUSES_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (!TRANSIENT.has(code) || attempt >= pauses.length) throw error;
      sleep(pauses[attempt]!);
    }
  }
}

/** A synchronous pause of a few milliseconds; the stores' writes are synchronous. */
export function sleepBriefly(ms: number): void {
  Atomics.wait(SLEEPER, 0, 0, ms);
}
