import type { Clock } from '../../core/ports.js';

/**
 * Collects a burst of triggers into one call after `quietMs` without a new one (resume, unlock
 * and online often fire together, and networks flap). The call receives every distinct reason
 * of the burst, in first-seen order. `maxWaitMs` bounds the delay under a never-ending burst.
 */
export class Debouncer<Reason> {
  #timer: unknown = null;
  #firstAt = 0;
  #reasons: Reason[] = [];

  constructor(
    private readonly clock: Clock,
    private readonly quietMs: number,
    private readonly maxWaitMs: number,
    private readonly fire: (reasons: Reason[]) => void,
  ) {}

  trigger(reason: Reason): void {
    const now = this.clock.now();
    if (this.#reasons.length === 0) this.#firstAt = now;
    if (!this.#reasons.includes(reason)) this.#reasons.push(reason);
    if (this.#timer !== null) this.clock.clearTimeout(this.#timer);
    const wait = Math.min(this.quietMs, this.#firstAt + this.maxWaitMs - now);
    this.#timer = this.clock.setTimeout(() => this.#flush(), Math.max(0, wait));
  }

  /** Drops a pending burst (the app is quitting). */
  cancel(): void {
    if (this.#timer !== null) this.clock.clearTimeout(this.#timer);
    this.#timer = null;
    this.#reasons = [];
  }

  #flush(): void {
    const reasons = this.#reasons;
    this.#timer = null;
    this.#reasons = [];
    this.fire(reasons);
  }
}
