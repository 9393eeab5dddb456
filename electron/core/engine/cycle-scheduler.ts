import type { Clock } from '../ports.js';

/** What can start a check. Shell events come through the NetworkEvents port. */
export type Trigger =
  | 'start'
  | 'poll'
  | 'confirm'
  | 'retry'
  | 'interfaces'
  | 'router'
  | 'resume'
  | 'unlock'
  | 'online'
  | 'update-now'
  | 'settings';

/** How a cycle went, for deciding when the next one runs. */
export interface CycleResult {
  /** A source or freedns.io failed transiently: back off before the next try. */
  transient: boolean;
  /** A new address was seen once and waits for confirmation: look again soon. */
  confirmSoon: boolean;
}

export interface SchedulerOptions {
  clock: Clock;
  random: () => number;
  /** Read after each cycle, so a changed setting applies from the next poll. */
  pollMs: () => number;
  /** Bursts of triggers (an interface flapping, resume + online) collapse into one cycle. */
  debounceMs: number;
  confirmMs: number;
  runCycle(triggers: readonly Trigger[]): Promise<CycleResult>;
}

export const BACKOFF_START_MS = 30_000;
export const BACKOFF_MAX_MS = 30 * 60_000;

/**
 * Decides when cycles run: never two at once, bursts debounced, polls jittered, transient
 * failures backed off (30 s doubling to 30 min, jittered). Every timer goes through the Clock.
 */
export class CycleScheduler {
  #timer: unknown = null;
  #timerAt: number | null = null;
  #pending: Trigger[] = [];
  #running: Promise<void> | null = null;
  #failures = 0;
  #stopped = true;
  #waiters: (() => void)[] = [];

  constructor(private readonly options: SchedulerOptions) {}

  start(): void {
    this.#stopped = false;
    this.trigger('start', 0);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#clearTimer();
    await this.#running;
    this.#release();
  }

  /** Asks for a cycle after the debounce delay (or `delayMs`); earlier requests win. */
  trigger(trigger: Trigger, delayMs = this.options.debounceMs): void {
    if (this.#stopped) return;
    if (!this.#pending.includes(trigger)) this.#pending.push(trigger);
    if (this.#running) return;
    this.#schedule(delayMs);
  }

  /** When the next cycle is due, if one is scheduled. */
  get nextCheckAt(): number | null {
    return this.#timerAt;
  }

  get busy(): boolean {
    return this.#running !== null;
  }

  /** Resolves once no cycle runs and none is due before the next timer (tests, shutdown). */
  idle(): Promise<void> {
    if (!this.#running) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  #schedule(delayMs: number): void {
    const at = this.options.clock.now() + delayMs;
    if (this.#timerAt !== null && this.#timerAt <= at) return;
    this.#clearTimer();
    this.#timerAt = at;
    this.#timer = this.options.clock.setTimeout(() => this.#fire(), delayMs);
  }

  #clearTimer(): void {
    if (this.#timer !== null) this.options.clock.clearTimeout(this.#timer);
    this.#timer = null;
    this.#timerAt = null;
  }

  #fire(): void {
    this.#timer = null;
    this.#timerAt = null;
    if (this.#stopped || this.#running) return;
    const triggers = this.#pending.length > 0 ? this.#pending : (['poll'] as Trigger[]);
    this.#pending = [];
    this.#running = this.#run(triggers);
  }

  async #run(triggers: readonly Trigger[]): Promise<void> {
    let result: CycleResult;
    try {
      result = await this.options.runCycle(triggers);
    } catch {
      result = { transient: true, confirmSoon: false };
    }
    this.#running = null;
    if (!this.#stopped) this.#planNext(result);
    if (!this.#running) this.#release();
  }

  #planNext(result: CycleResult): void {
    this.#failures = result.transient ? this.#failures + 1 : 0;
    if (this.#pending.length > 0) return this.#schedule(this.options.debounceMs);
    if (result.transient) return this.#schedule(this.backoffMs(this.#failures));
    if (result.confirmSoon) return this.#schedule(this.options.confirmMs);
    this.#schedule(this.#jitter(this.options.pollMs(), 0.1));
  }

  /** 30 s, 60 s, 120 s... up to 30 min, each between half and all of its nominal value. */
  backoffMs(failures: number): number {
    const nominal = Math.min(BACKOFF_MAX_MS, BACKOFF_START_MS * 2 ** Math.max(0, failures - 1));
    return Math.round(nominal * (0.5 + 0.5 * this.options.random()));
  }

  #jitter(ms: number, spread: number): number {
    return Math.round(ms * (1 - spread + 2 * spread * this.options.random()));
  }

  #release(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const resolve of waiters) resolve();
  }
}
