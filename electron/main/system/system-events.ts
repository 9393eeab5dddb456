import { net, powerMonitor } from 'electron';
import type { Clock } from '../../core/ports.js';
import { ShellNetworkEvents } from './shell-network-events.js';

/** How often connectivity is sampled: Electron's main process has net.isOnline() but no event. */
const ONLINE_SAMPLE_MS = 5_000;

/**
 * Feeds resume, unlock-screen and offline→online into the core's NetworkEvents port, debounced
 * by ShellNetworkEvents. Returns the port and a function that stops it all.
 */
export function setupSystemEvents(clock: Clock): { events: ShellNetworkEvents; stop(): void } {
  const events = new ShellNetworkEvents(clock);
  const onResume = (): void => events.push('resume');
  const onUnlock = (): void => events.push('unlock-screen');
  powerMonitor.on('resume', onResume);
  powerMonitor.on('unlock-screen', onUnlock);
  let timer: unknown = null;
  const sample = (): void => {
    events.observeOnline(net.isOnline());
    timer = clock.setTimeout(sample, ONLINE_SAMPLE_MS);
  };
  sample();
  return {
    events,
    stop() {
      clock.clearTimeout(timer);
      powerMonitor.off('resume', onResume);
      powerMonitor.off('unlock-screen', onUnlock);
      events.stop();
    },
  };
}
