import type { Clock } from '../ports.js';

/** Something cheap to look at locally; a different answer than last time means "check now". */
export interface WatchedSignal {
  trigger: 'interfaces' | 'router';
  /** A fingerprint of the current state; a rejection counts as the state "unavailable". */
  read(): Promise<string>;
  /** Signals that can also tell of a change themselves (router events) push the new reading. */
  watch?(push: (value: string) => void): () => void;
}

/** Shell events (Electron powerMonitor / online), delivered to the core through this port. */
export interface NetworkEvents {
  subscribe(listener: (event: 'resume' | 'unlock' | 'online' | 'offline') => void): () => void;
}

/**
 * Looks at the interfaces and the router every few seconds (no third-party request) and calls
 * `onChange` when one differs from its previous reading. The first reading is the baseline.
 */
export class ChangeWatcher {
  #timer: unknown = null;
  #last = new Map<string, string>();
  #stopped = true;
  #reading: Promise<void> | null = null;
  #unwatch: (() => void)[] = [];

  constructor(
    private readonly clock: Clock,
    private readonly intervalMs: number,
    private readonly signals: readonly WatchedSignal[],
    /** `pushed`: the signal told of the change itself, so it is fresh news worth acting on now. */
    private readonly onChange: (trigger: WatchedSignal['trigger'], pushed: boolean) => void,
  ) {}

  start(): void {
    if (this.signals.length === 0) return;
    this.#stopped = false;
    for (const signal of this.signals)
      if (signal.watch) this.#unwatch.push(signal.watch((value) => this.#pushed(signal, value)));
    this.#reading = this.#tick();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    for (const unwatch of this.#unwatch.splice(0)) unwatch();
    if (this.#timer !== null) this.clock.clearTimeout(this.#timer);
    this.#timer = null;
    await this.#reading;
  }

  #pushed(signal: WatchedSignal, value: string): void {
    if (this.#stopped) return;
    const previous = this.#last.get(signal.trigger);
    this.#last.set(signal.trigger, value);
    if (previous !== value) this.onChange(signal.trigger, true);
  }

  async #tick(): Promise<void> {
    const readings = await Promise.all(
      this.signals.map(
        async (signal) =>
          [
            signal,
            await signal.read().catch((error: unknown) => `unavailable: ${String(error)}`),
          ] as const,
      ),
    );
    if (this.#stopped) return;
    for (const [signal, value] of readings) {
      const previous = this.#last.get(signal.trigger);
      this.#last.set(signal.trigger, value);
      if (previous !== undefined && previous !== value) this.onChange(signal.trigger, false);
    }
    this.#timer = this.clock.setTimeout(() => {
      this.#timer = null;
      this.#reading = this.#tick();
    }, this.intervalMs);
  }
}
