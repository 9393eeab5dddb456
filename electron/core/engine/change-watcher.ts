import type { Clock } from '../ports.js';

/** Something cheap to look at locally; a different answer than last time means "check now". */
export interface WatchedSignal {
  trigger: 'interfaces' | 'router';
  /** A fingerprint of the current state; a rejection counts as the state "unavailable". */
  read(): Promise<string>;
}

/** Shell events (Electron powerMonitor / online), delivered to the core through this port. */
export interface NetworkEvents {
  subscribe(listener: (event: 'resume' | 'unlock' | 'online') => void): () => void;
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

  constructor(
    private readonly clock: Clock,
    private readonly intervalMs: number,
    private readonly signals: readonly WatchedSignal[],
    private readonly onChange: (trigger: WatchedSignal['trigger']) => void,
  ) {}

  start(): void {
    if (this.signals.length === 0) return;
    this.#stopped = false;
    this.#reading = this.#tick();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer !== null) this.clock.clearTimeout(this.#timer);
    this.#timer = null;
    await this.#reading;
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
      if (previous !== undefined && previous !== value) this.onChange(signal.trigger);
    }
    this.#timer = this.clock.setTimeout(() => {
      this.#timer = null;
      this.#reading = this.#tick();
    }, this.intervalMs);
  }
}
