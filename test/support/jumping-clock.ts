import { FakeClock } from './fake-clock.js';

/**
 * Virtual time for long simulations: `runUntil` jumps from one due timer to the next and, after
 * each, waits for the work it started (`settle`, e.g. the engine's running cycle with its real
 * HTTP). Unlike FakeClock.advance it spends no event-loop turns on empty stretches, which is what
 * makes 30 simulated days fit in seconds. The timer queue is FakeClock's.
 */
export class JumpingClock extends FakeClock {
  constructor(start: number) {
    super(start);
  }

  async runUntil(target: number, settle: () => Promise<void>): Promise<void> {
    for (;;) {
      await settle();
      await microtaskTurns();
      const next = this.takeDue(target);
      if (!next) break;
      this.jump(Math.max(0, next.at - this.now()));
      next.callback();
    }
    this.jump(Math.max(0, target - this.now()));
  }
}

/** Lets promise chains started by a timer (a watcher's reading) register their next timer. */
async function microtaskTurns(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
}
