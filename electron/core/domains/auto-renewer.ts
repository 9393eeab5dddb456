import { describeFreenomError, type FreenomResult } from '../freenom/freenom-errors.js';
import type { ListedDomain, OrderAnswer } from '../freenom/freenom-schemas.js';
import type { Clock } from '../ports.js';
import type { AutoRenewLedger } from './auto-renew-ledger.js';
import { parseFreenomDate, renewalWindow } from './domain-dates.js';
import type { DomainHistory, DomainHistoryEntry } from './domain-history.js';

/** The part of the Freenom client auto-renew needs. */
export interface RenewingClient {
  listAllDomains(): Promise<FreenomResult<ListedDomain[]>>;
  renewDomain(input: { domainname: string; period?: string }): Promise<FreenomResult<OrderAnswer>>;
}

export interface AutoRenewOptions {
  client: RenewingClient;
  ledger: AutoRenewLedger;
  history: DomainHistory;
  clock: Clock;
  /** The user's setting, read at every run. */
  isEnabled: () => boolean;
  /** Free periods are 1M-12M; default 12M. */
  period?: string;
  /** Start this many days before expiry: one day inside Freenom's 14-day window, for clock skew. */
  startDaysBefore?: number;
  /** Attempts per window before giving up until the next window. */
  maxAttempts?: number;
  intervalMs?: number;
}

export interface AutoRenewRun {
  ran: boolean;
  renewed: string[];
  problems: string[];
}

/**
 * Renews each FREE domain once per renewal window. Before a request leaves, the ledger says
 * "started"; after a restart or a lost answer, the freshly listed expiry tells whether it
 * happened before anything is sent again.
 */
export class AutoRenewer {
  #running: Promise<AutoRenewRun> | null = null;
  #timer: unknown = null;
  readonly #o: Required<AutoRenewOptions>;

  constructor(options: AutoRenewOptions) {
    this.#o = {
      period: '12M',
      startDaysBefore: 13,
      maxAttempts: 3,
      intervalMs: 6 * 3_600_000,
      ...options,
    };
  }

  /** Runs now and then every `intervalMs` until stopped. */
  start(): void {
    if (this.#timer !== null) return;
    const tick = () => {
      void this.runOnce().finally(() => {
        if (this.#timer !== null) this.#timer = this.#o.clock.setTimeout(tick, this.#o.intervalMs);
      });
    };
    this.#timer = this.#o.clock.setTimeout(tick, 0);
  }

  stop(): void {
    if (this.#timer !== null) this.#o.clock.clearTimeout(this.#timer);
    this.#timer = null;
  }

  /** One pass over the account; a call while a pass runs joins that pass. */
  runOnce(): Promise<AutoRenewRun> {
    this.#running ??= this.#pass().finally(() => (this.#running = null));
    return this.#running;
  }

  async #pass(): Promise<AutoRenewRun> {
    const run: AutoRenewRun = { ran: false, renewed: [], problems: [] };
    if (!this.#o.isEnabled()) return run;
    run.ran = true;
    const list = await this.#o.client.listAllDomains();
    if (!list.ok) {
      run.problems.push(describeFreenomError(list.error));
      return run;
    }
    for (const domain of list.value) {
      const outcome = await this.#consider(domain);
      if (outcome === 'renewed') run.renewed.push(domain.domainname.toLowerCase());
      else if (outcome) run.problems.push(outcome);
    }
    return run;
  }

  /** Returns 'renewed', a problem sentence, or null when nothing was due. */
  async #consider(domain: ListedDomain): Promise<string | null> {
    const expiry = domain.expirationdate ?? '';
    const expiryMs = parseFreenomDate(expiry);
    const name = domain.domainname.toLowerCase();
    if (domain.domaintype?.toUpperCase() !== 'FREE' || expiryMs === null) return null;
    if (domain.status?.toUpperCase() !== 'ACTIVE') return null;
    const entry = await this.#o.ledger.get(name);
    // The list read just now is the re-read: an interrupted renewal whose expiry moved happened.
    if (entry?.state === 'started' && expiryMs > (parseFreenomDate(entry.window) ?? Infinity))
      return this.#done(name, entry.window, expiry, 'confirmed after an interrupted renewal');
    const now = this.#o.clock.now();
    if (renewalWindow('FREE', expiryMs, now, this.#o.startDaysBefore).state !== 'open') return null;
    const current = entry?.window === expiry ? entry : undefined;
    if (current?.state === 'renewed') return null;
    if (current && current.attempts >= this.#o.maxAttempts) return null;
    return this.#renew(name, expiry, (current?.attempts ?? 0) + 1);
  }

  async #renew(name: string, expiry: string, attempts: number): Promise<string | null> {
    const { ledger, clock } = this.#o;
    await ledger.put(name, { state: 'started', window: expiry, at: clock.now(), attempts });
    const reply = await this.#o.client.renewDomain({ domainname: name, period: this.#o.period });
    if (reply.ok) {
      const item = reply.value.domain[0];
      if (item?.status?.toUpperCase() === 'RENEWED')
        return this.#done(name, expiry, item.expirationdate ?? '', 'renewed');
      const text = `Freenom did not renew ${name} (${item?.status ?? reply.value.result ?? 'no status'}).`;
      await this.#fail(name, expiry, attempts, 'refused', text);
      return text;
    }
    const text = `Auto-renew of ${name} failed: ${describeFreenomError(reply.error)}`;
    if (reply.error.kind === 'unconfirmed') {
      await this.#log(name, expiry, 'unconfirmed', text);
      return text; // stays "started": the next pass looks at the expiry before renewing
    }
    await this.#fail(
      name,
      expiry,
      attempts,
      reply.error.kind === 'api' ? 'refused' : 'failed',
      text,
    );
    return text;
  }

  async #fail(
    name: string,
    expiry: string,
    attempts: number,
    outcome: 'refused' | 'failed',
    message: string,
  ): Promise<void> {
    const entry = {
      state: 'failed' as const,
      window: expiry,
      at: this.#o.clock.now(),
      attempts,
      message,
    };
    await this.#o.ledger.put(name, entry);
    await this.#log(name, expiry, outcome, message);
  }

  async #done(name: string, from: string, to: string, how: string) {
    const at = this.#o.clock.now();
    await this.#o.ledger.put(name, { state: 'renewed', window: from, at, newExpiry: to });
    await this.#log(name, from, 'renewed', `${name} ${how}: now expires ${to}.`, to);
    return 'renewed' as const;
  }

  async #log(
    domain: string,
    previousExpiry: string,
    outcome: DomainHistoryEntry['outcome'],
    message: string,
    newExpiry?: string,
  ): Promise<void> {
    await this.#o.history.record({
      at: this.#o.clock.now(),
      domain,
      action: 'auto-renew',
      outcome,
      message,
      previousExpiry,
      ...(newExpiry ? { newExpiry } : {}),
    });
  }
}
