import type { Clock } from '../../core/ports.js';
import type { NetworkEvents } from '../../core/engine/change-watcher.js';
import { Debouncer } from './debouncer.js';

/** One event as the core's NetworkEvents port (electron/core/engine) delivers it. */
export type NetworkEvent = Parameters<Parameters<NetworkEvents['subscribe']>[0]>[0];

/** What the OS tells the shell (Electron powerMonitor names, plus connectivity). */
export type SystemEvent = 'resume' | 'unlock-screen' | 'online' | 'offline';

/** Resume, unlock and a returning network often arrive together; wait for them to settle. */
export const SYSTEM_EVENT_QUIET_MS = 1_500;
export const SYSTEM_EVENT_MAX_WAIT_MS = 10_000;

/**
 * Turns OS events into the core's NetworkEvents, debounced: a burst is delivered once, as its
 * distinct events, after things go quiet. Going offline is told at once (the engine stops
 * checking and counting failures), coming back online starts a check.
 */
export class ShellNetworkEvents implements NetworkEvents {
  readonly #listeners = new Set<(event: NetworkEvent) => void>();
  readonly #debouncer: Debouncer<NetworkEvent>;
  #online: boolean | null = null;

  constructor(clock: Clock, quietMs = SYSTEM_EVENT_QUIET_MS, maxWaitMs = SYSTEM_EVENT_MAX_WAIT_MS) {
    this.#debouncer = new Debouncer(clock, quietMs, maxWaitMs, (events) => {
      for (const event of events) for (const listener of this.#listeners) listener(event);
    });
  }

  subscribe(listener: (event: NetworkEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  push(event: SystemEvent): void {
    switch (event) {
      case 'resume':
        return this.#debouncer.trigger('resume');
      case 'unlock-screen':
        return this.#debouncer.trigger('unlock');
      case 'online':
      case 'offline':
        return this.observeOnline(event === 'online');
    }
  }

  /**
   * Feeds a connectivity reading (Electron's main process has net.isOnline() but no event, so
   * the shell samples it). Only a change from offline to online is an event; the first reading
   * is the baseline.
   */
  observeOnline(online: boolean): void {
    const wasOffline = this.#online === false;
    const wasOnline = this.#online === true;
    this.#online = online;
    if (online && wasOffline) this.#debouncer.trigger('online');
    // Told at once, not debounced: checks must stop counting failures from now on.
    if (!online && wasOnline) for (const listener of this.#listeners) listener('offline');
  }

  stop(): void {
    this.#debouncer.cancel();
    this.#listeners.clear();
  }
}
