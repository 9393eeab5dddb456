import type { Clock } from '../ports.js';
import type { NetworkEvents } from './change-watcher.js';

/** How often the wall clock is looked at, and how far past that counts as having slept. */
export const RESUME_TICK_MS = 10_000;
export const RESUME_DRIFT_MS = 30_000;

/**
 * Tells "resume" where no OS power event reaches (plain Node has none): a timer due every
 * `tickMs` that finds the wall clock moved far more than that means the process was suspended.
 * A busy event loop delays a timer by seconds, not by `driftMs`.
 */
export class ResumeDetector implements NetworkEvents {
  readonly #listeners = new Set<(event: 'resume') => void>();
  #timer: unknown = null;
  #last = 0;

  constructor(
    private readonly clock: Clock,
    private readonly tickMs = RESUME_TICK_MS,
    private readonly driftMs = RESUME_DRIFT_MS,
  ) {}

  subscribe(listener: (event: 'resume') => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  start(): void {
    this.#last = this.clock.now();
    this.#schedule();
  }

  stop(): void {
    if (this.#timer !== null) this.clock.clearTimeout(this.#timer);
    this.#timer = null;
  }

  #schedule(): void {
    this.#timer = this.clock.setTimeout(() => {
      const now = this.clock.now();
      const slept = now - this.#last - this.tickMs > this.driftMs;
      this.#last = now;
      this.#schedule();
      if (slept) for (const listener of this.#listeners) listener('resume');
    }, this.tickMs);
  }
}
