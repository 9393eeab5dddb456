import type { Clock } from '../../electron/core/ports.js';

export interface Timer {
  id: number;
  at: number;
  callback: () => void;
}

/**
 * Virtual time for tests: nothing happens until the test advances the clock, and then every
 * timer due runs in order. Days pass in milliseconds; no test ever sleeps.
 */
export class FakeClock implements Clock {
  #now: number;
  #timers: Timer[] = [];
  #nextId = 1;

  constructor(start: Date | number = Date.UTC(2026, 0, 1)) {
    this.#now = typeof start === 'number' ? start : start.getTime();
  }

  now(): number {
    return this.#now;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const timer = { id: this.#nextId++, at: this.#now + Math.max(0, ms), callback };
    this.#timers.push(timer);
    return timer.id;
  }

  clearTimeout(handle: unknown): void {
    this.#timers = this.#timers.filter((timer) => timer.id !== handle);
  }

  get pendingTimers(): number {
    return this.#timers.length;
  }

  /** Moves time forward, running each timer at its due time; awaits microtasks between them. */
  async advance(ms: number): Promise<void> {
    const target = this.#now + ms;
    for (;;) {
      const next = this.takeDue(target);
      if (!next) break;
      this.#now = next.at;
      next.callback();
      await flushMicrotasks();
    }
    this.#now = target;
    await flushMicrotasks();
  }

  /** Removes and returns the earliest timer due by `target` (ties in the order they were set). */
  protected takeDue(target: number): Timer | undefined {
    this.#timers.sort((a, b) => a.at - b.at || a.id - b.id);
    const next = this.#timers[0];
    if (!next || next.at > target) return undefined;
    this.#timers.shift();
    return next;
  }

  /** Jumps the wall clock without running timers (a clock jump, forward or back). */
  jump(ms: number): void {
    this.#now += ms;
  }
}

export async function flushMicrotasks(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await new Promise<void>((resolve) => setImmediate(resolve));
}
