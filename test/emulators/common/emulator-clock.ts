import type { Clock } from '../../../electron/core/ports.js';

/**
 * The emulators' notion of time: real time plus an offset that tests move through
 * `POST /_emulator/clock`. In-process tests may pass their own Clock instead.
 */
export class EmulatorClock implements Clock {
  #offsetMs = 0;
  constructor(private readonly base: Clock | null = null) {}

  now(): number {
    return (this.base ? this.base.now() : Date.now()) + this.#offsetMs;
  }
  advance(ms: number): void {
    this.#offsetMs += ms;
  }
  /** Back to the base clock's time (real time without a base): what /_emulator/reset means. */
  reset(): void {
    this.#offsetMs = 0;
  }
  set(epochMs: number): void {
    this.#offsetMs += epochMs - this.now();
  }
  setTimeout(callback: () => void, ms: number): unknown {
    return setTimeout(callback, ms);
  }
  clearTimeout(handle: unknown): void {
    clearTimeout(handle as NodeJS.Timeout);
  }
}
