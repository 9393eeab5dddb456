import { describeFreenomError, type FreenomResult } from '../freenom/freenom-errors.js';
import type { DomainInfoAnswer, ListedDomain, OrderAnswer } from '../freenom/freenom-schemas.js';
import type { Clock } from '../ports.js';
import { ledgerKey, type AutoRenewLedger } from './auto-renew-ledger.js';
import { parseFreenomDate, renewalWindow } from './domain-dates.js';
import type { DomainHistory, DomainHistoryEntry } from './domain-history.js';

/** The part of the Freenom client auto-renew needs. */
export interface RenewingClient {
  listAllDomains(): Promise<FreenomResult<ListedDomain[]>>;
  getDomainInfo(input: { domainname: string }): Promise<FreenomResult<DomainInfoAnswer>>;
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
 * "started"; after a restart or a lost answer the domain is re-read instead of renewed again.
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
    const now = this.#o.clock.now();
    for (const domain of list.value) {
      const expiry = parseFreenomDate(domain.expirationdate);
      if (domain.domaintype?.toUpperCase() !== 'FREE' || expiry === null) continue;
      if (domain.status?.toUpperCase() !== 'ACTIVE') continue;
      if (renewalWindow('FREE', expiry, now, this.#o.startDaysBefore).state !== 'open') continue;
      const outcome = await this.#renew(domain.domainname.toLowerCase(), domain.expirationdate!);
      if (outcome === 'renewed') run.renewed.push(domain.domainname.toLowerCase());
      else if (outcome) run.problems.push(outcome);
    }
    return run;
  }

  /** Returns 'renewed', a problem sentence, or null when nothing was due. */
  async #renew(name: string, expiry: string): Promise<string | null> {
    const { ledger, clock } = this.#o;
    const key = ledgerKey(name, expiry);
    const entry = await ledger.get(key);
    if (entry?.state === 'renewed') return null;
    if (entry?.state === 'started') {
      const moved = await this.#expiryMoved(name, expiry);
      if (moved === 'unknown') return null;
      if (moved)
        return this.#done(key, name, expiry, moved, 'confirmed after an interrupted renewal');
    }
    if (entry && entry.attempts >= this.#o.maxAttempts) return null;
    const attempts = (entry?.attempts ?? 0) + 1;
    await ledger.put(key, { state: 'started', at: clock.now(), attempts });
    const reply = await this.#o.client.renewDomain({ domainname: name, period: this.#o.period });
    if (reply.ok) {
      const item = reply.value.domain[0];
      if (item?.status?.toUpperCase() === 'RENEWED')
        return this.#done(key, name, expiry, item.expirationdate ?? '', 'renewed');
      const text = `Freenom did not renew ${name} (${item?.status ?? reply.value.result ?? 'no status'}).`;
      await ledger.put(key, { state: 'failed', at: clock.now(), attempts, message: text });
      await this.#log(name, expiry, 'refused', text);
      return text;
    }
    const text = `Auto-renew of ${name} failed: ${describeFreenomError(reply.error)}`;
    if (reply.error.kind === 'unconfirmed') {
      await this.#log(name, expiry, 'unconfirmed', text);
      return text; // stays "started": the next pass reads the domain back first
    }
    await ledger.put(key, { state: 'failed', at: clock.now(), attempts, message: text });
    await this.#log(name, expiry, reply.error.kind === 'api' ? 'refused' : 'failed', text);
    return text;
  }

  /** The new expiry when the domain's expiry moved past `expiry`, false if not, or 'unknown'. */
  async #expiryMoved(name: string, expiry: string): Promise<string | false | 'unknown'> {
    const info = await this.#o.client.getDomainInfo({ domainname: name });
    const now = info.ok ? info.value.domain[0]?.expirationdate : undefined;
    const current = parseFreenomDate(now);
    if (current === null) return 'unknown';
    return current > (parseFreenomDate(expiry) ?? Infinity) ? now! : false;
  }

  async #done(key: string, name: string, from: string, to: string, how: string) {
    await this.#o.ledger.put(key, { state: 'renewed', at: this.#o.clock.now(), newExpiry: to });
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
