import { describe, expect, it } from 'vitest';
import { runQuitSteps } from '../../../../electron/main/app/quit-sequence.js';

describe('quitting', () => {
  it('runs each step after the previous one finished, in order', async () => {
    const order: string[] = [];
    const slow = () =>
      new Promise<void>((resolve) => setTimeout(() => (order.push('core'), resolve()), 20));
    await runQuitSteps(
      [
        ['tray status', () => order.push('unsubscribe')],
        ['core', slow],
        ['tray', () => order.push('destroy')],
      ],
      () => undefined,
    );
    expect(order).toEqual(['unsubscribe', 'core', 'destroy']);
  });

  it('logs a failing step and still runs the rest', async () => {
    const log: string[] = [];
    const done: string[] = [];
    const failures = await runQuitSteps(
      [
        ['core', () => Promise.reject(new Error('disk full'))],
        ['tray', () => done.push('tray')],
      ],
      (message) => log.push(message),
    );
    expect(failures).toEqual(['core: disk full']);
    expect(log).toEqual(['while quitting: core: disk full']);
    expect(done).toEqual(['tray']);
  });
});
