import { describe, expect, it } from 'vitest';
import {
  ShellNetworkEvents,
  type NetworkEvent,
} from '../../../../electron/main/system/shell-network-events.js';
import { FakeClock } from '../../../support/fake-clock.js';

function setup() {
  const clock = new FakeClock();
  const events = new ShellNetworkEvents(clock, 1_500, 10_000);
  const seen: NetworkEvent[] = [];
  events.subscribe((event) => seen.push(event));
  return { clock, events, seen };
}

describe('system events into the core', () => {
  it('delivers waking up (resume, unlock, network back) once each, after they settle', async () => {
    const { clock, events, seen } = setup();
    events.observeOnline(true);
    events.push('offline');
    events.push('resume');
    events.push('unlock-screen');
    await clock.advance(200);
    events.push('online');
    events.push('resume');
    await clock.advance(1_499);
    // Going offline is told at once; the waking-up burst waits until it settles.
    expect(seen).toEqual(['offline']);
    await clock.advance(1);
    expect(seen).toEqual(['offline', 'resume', 'unlock', 'online']);
  });

  it('treats the first connectivity reading as the baseline, not as news', async () => {
    const { clock, events, seen } = setup();
    events.observeOnline(true);
    events.observeOnline(true);
    await clock.advance(5_000);
    expect(seen).toEqual([]);
  });

  it('says "offline" at once when the network goes away, and "online" when it comes back', async () => {
    const { clock, events, seen } = setup();
    events.observeOnline(true);
    events.observeOnline(false);
    expect(seen).toEqual(['offline']);
    events.observeOnline(false);
    await clock.advance(5_000);
    expect(seen).toEqual(['offline']);
    events.observeOnline(true);
    await clock.advance(5_000);
    expect(seen).toEqual(['offline', 'online']);
  });

  it('does not call a first offline reading news: the baseline', async () => {
    const { clock, events, seen } = setup();
    events.observeOnline(false);
    await clock.advance(5_000);
    expect(seen).toEqual([]);
  });

  it('stops delivering after stop, even a burst already pending', async () => {
    const { clock, events, seen } = setup();
    events.push('resume');
    events.stop();
    await clock.advance(5_000);
    expect(seen).toEqual([]);
  });
});
