import { describe, expect, it } from 'vitest';
import { Debouncer } from '../../../../electron/main/system/debouncer.js';
import { FakeClock } from '../../../support/fake-clock.js';

function setup(quietMs = 2_000, maxWaitMs = 10_000) {
  const clock = new FakeClock();
  const fired: string[][] = [];
  const debouncer = new Debouncer<string>(clock, quietMs, maxWaitMs, (r) => fired.push(r));
  return { clock, fired, debouncer };
}

describe('system event debouncer', () => {
  it('turns resume, unlock and online arriving together into one check', async () => {
    const { clock, fired, debouncer } = setup();
    debouncer.trigger('resume');
    await clock.advance(300);
    debouncer.trigger('unlock-screen');
    debouncer.trigger('online');
    debouncer.trigger('online');
    await clock.advance(1_999);
    expect(fired).toEqual([]);
    await clock.advance(1);
    expect(fired).toEqual([['resume', 'unlock-screen', 'online']]);
  });

  it('fires again for a later, separate event', async () => {
    const { clock, fired, debouncer } = setup();
    debouncer.trigger('resume');
    await clock.advance(5_000);
    debouncer.trigger('online');
    await clock.advance(5_000);
    expect(fired).toEqual([['resume'], ['online']]);
  });

  it('does not wait forever while a network keeps flapping', async () => {
    const { clock, fired, debouncer } = setup(2_000, 10_000);
    for (let i = 0; i < 12; i++) {
      debouncer.trigger(i % 2 ? 'online' : 'offline');
      await clock.advance(1_000);
    }
    expect(fired).toEqual([['offline', 'online']]);
    expect(clock.now() - Date.UTC(2026, 0, 1)).toBe(12_000);
  });

  it('drops a pending burst when cancelled', async () => {
    const { clock, fired, debouncer } = setup();
    debouncer.trigger('resume');
    debouncer.cancel();
    await clock.advance(60_000);
    expect(fired).toEqual([]);
    expect(clock.pendingTimers).toBe(0);
  });
});
