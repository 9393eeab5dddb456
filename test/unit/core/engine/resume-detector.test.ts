import { describe, expect, it } from 'vitest';
import { ResumeDetector } from '../../../../electron/core/engine/resume-detector.js';
import type { Clock } from '../../../../electron/core/ports.js';

/** A wall clock the test moves by hand; at most one timer is due at a time. */
function manualClock() {
  let now = 1_000_000;
  let due: (() => void) | null = null;
  const clock: Clock = {
    now: () => now,
    setTimeout: (callback) => ((due = callback), 1),
    clearTimeout: () => void (due = null),
  };
  return {
    clock,
    /** The wall clock moves by `ms`, then the pending timer fires (as after a late wake-up). */
    pass(ms: number) {
      now += ms;
      const fire = due;
      due = null;
      fire?.();
    },
    pending: () => due !== null,
  };
}

describe('telling a resume from the wall clock', () => {
  it('says nothing while the timer fires on time or a little late (a busy machine)', () => {
    const world = manualClock();
    const detector = new ResumeDetector(world.clock, 10_000, 30_000);
    const told: string[] = [];
    detector.subscribe((event) => told.push(event));
    detector.start();
    for (const late of [10_000, 10_000, 14_000, 35_000]) world.pass(late);
    expect(told).toEqual([]);
  });

  it('says resume once when the clock jumped far past the tick (the machine slept)', () => {
    const world = manualClock();
    const detector = new ResumeDetector(world.clock, 10_000, 30_000);
    const told: string[] = [];
    detector.subscribe((event) => told.push(event));
    detector.start();
    world.pass(10_000);
    world.pass(2 * 60 * 60_000);
    world.pass(10_000);
    expect(told).toEqual(['resume']);
  });

  it('stops looking when stopped, and an unsubscribed listener hears nothing', () => {
    const world = manualClock();
    const detector = new ResumeDetector(world.clock, 10_000, 30_000);
    const told: string[] = [];
    const unsubscribe = detector.subscribe((event) => told.push(event));
    detector.start();
    unsubscribe();
    world.pass(60 * 60_000);
    expect(told).toEqual([]);
    detector.stop();
    expect(world.pending()).toBe(false);
  });
});
