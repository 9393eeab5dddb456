import { describe, expect, it } from 'vitest';
import {
  CycleScheduler,
  type CycleResult,
  type Trigger,
} from '../../../../electron/core/engine/cycle-scheduler.js';
import { FakeClock } from '../../../support/fake-clock.js';

const calm: CycleResult = { transient: false, confirmSoon: false };

function setup(options: { random?: number; results?: CycleResult[] } = {}) {
  const clock = new FakeClock(Date.UTC(2026, 0, 1));
  const runs: { at: number; triggers: readonly Trigger[] }[] = [];
  let running = 0;
  let overlap = false;
  let release: (() => void) | null = null;
  let hold = false;
  const scheduler = new CycleScheduler({
    clock,
    random: () => options.random ?? 0.5,
    pollMs: () => 60_000,
    debounceMs: 1_000,
    confirmMs: 15_000,
    runCycle: async (triggers) => {
      running += 1;
      if (running > 1) overlap = true;
      runs.push({ at: clock.now() - Date.UTC(2026, 0, 1), triggers });
      if (hold) await new Promise<void>((resolve) => (release = resolve));
      running -= 1;
      return options.results?.shift() ?? calm;
    },
  });
  return {
    clock,
    runs,
    scheduler,
    overlap: () => overlap,
    holdNext: () => (hold = true),
    release: () => {
      hold = false;
      release?.();
    },
  };
}

describe('CycleScheduler', () => {
  it('runs a check at start, then polls every 60 s with jitter', async () => {
    const { clock, runs, scheduler } = setup({ random: 1 });
    scheduler.start();
    await clock.advance(0);
    await clock.advance(66_000);
    expect(runs.map((run) => run.at)).toEqual([0, 66_000]);
    await scheduler.stop();
  });

  it('collapses a burst of triggers into one cycle after the debounce', async () => {
    const { clock, runs, scheduler } = setup();
    scheduler.start();
    await clock.advance(0);
    for (const trigger of ['resume', 'online', 'interfaces', 'online'] as const) {
      scheduler.trigger(trigger);
      await clock.advance(200);
    }
    await clock.advance(1_000);
    expect(runs).toHaveLength(2);
    expect(runs[1]!.triggers).toEqual(['resume', 'online', 'interfaces']);
    await scheduler.stop();
  });

  it('never runs two cycles at once: a trigger during a cycle runs after it', async () => {
    const { clock, runs, scheduler, overlap, holdNext, release } = setup();
    holdNext();
    scheduler.start();
    await clock.advance(0);
    scheduler.trigger('update-now', 0);
    await clock.advance(5_000);
    expect(runs).toHaveLength(1);
    release();
    await scheduler.idle();
    await clock.advance(1_000);
    expect(runs).toHaveLength(2);
    expect(runs[1]!.triggers).toEqual(['update-now']);
    expect(overlap()).toBe(false);
    await scheduler.stop();
  });

  it.each([
    [0, [15_000, 30_000, 60_000, 120_000, 240_000, 480_000, 900_000, 900_000]],
    [1, [30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_800_000, 1_800_000]],
  ])('backs off transient failures from 30 s to 30 min, jittered (random %d)', (random, delays) => {
    const { scheduler } = setup({ random });
    expect(delays.map((_, index) => scheduler.backoffMs(index + 1))).toEqual(delays);
  });

  it('retries after the backoff instead of the poll, and looks again soon to confirm a new address', async () => {
    const transient = { transient: true, confirmSoon: false };
    const { clock, runs, scheduler } = setup({
      random: 1,
      results: [transient, transient, { transient: false, confirmSoon: true }],
    });
    scheduler.start();
    await clock.advance(0);
    await clock.advance(30_000);
    await clock.advance(60_000);
    await clock.advance(15_000);
    expect(runs.map((run) => run.at)).toEqual([0, 30_000, 90_000, 105_000]);
    expect(scheduler.nextCheckAt).toBe(Date.UTC(2026, 0, 1) + 105_000 + 66_000);
    await scheduler.stop();
  });

  it('sets no timer after stop', async () => {
    const { clock, scheduler } = setup();
    scheduler.start();
    await clock.advance(0);
    await scheduler.stop();
    scheduler.trigger('online');
    expect(clock.pendingTimers).toBe(0);
  });
});
