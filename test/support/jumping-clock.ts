import type { Clock } from '../../electron/core/ports.js';

interface Timer {
  id: number;
  at: number;
  callback: () => void;
}

/**
 * Virtual time for long simulations: `runUntil` jumps from one due timer to the next and, after
 * each, waits for the work it started (`settle`, e.g. the engine's running cycle with its real
 * HTTP). Unlike FakeClock.advance it spends no event-loop turns on empty stretches, which is what
 * makes 30 simulated days fit in seconds.
 */
export class JumpingClock implements Clock {
  #now: number;
  #timers: Timer[] = [];
  #nextId = 1;

  constructor(start: number) {
    this.#now = start;
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

  async runUntil(target: number, settle: () => Promise<void>): Promise<void> {
    for (;;) {
      await settle();
      await microtaskTurns();
      let next: Timer | undefined;
      for (const timer of this.#timers)
        if (!next || timer.at < next.at || (timer.at === next.at && timer.id < next.id))
          next = timer;
      if (!next || next.at > target) break;
      this.#timers = this.#timers.filter((timer) => timer !== next);
      this.#now = Math.max(this.#now, next.at);
      next.callback();
    }
    this.#now = Math.max(this.#now, target);
  }
}

/** Lets promise chains started by a timer (a watcher's reading) register their next timer. */
async function microtaskTurns(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
}
