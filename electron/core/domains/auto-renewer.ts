import type { OrderResult } from '../../../shared/contract/domain-channels.js';
import type { Clock } from '../ports.js';
import type { AutoRenewLedger } from './auto-renew-ledger.js';
import { FreenomCallError } from './client-mapping.js';
import { parseFreenomDate, renewalWindow } from './domain-dates.js';
import type { DomainHistory, DomainHistoryEntry } from './domain-history.js';
import type { DomainList } from './domain-list.js';
import type { FreenomGateway, ListedDomain } from './freenom-gateway.js';

/** What auto-renew reads and asks, in the window's terms; both throw on failure. */
export interface RenewingAccount {
  /** The domains to look after, read from Freenom now: this read is the re-read after a loss. */
  listDomains(): Promise<ListedDomain[]>;
  renew(domain: string, period: string): Promise<OrderResult>;
}

/** The window's gateway and list, narrowed to the domains `only` names (all by default). */
export function renewingAccount(
  gateway: FreenomGateway,
  list: DomainList,
  only?: () => readonly string[],
): RenewingAccount {
  return {
    listDomains: async () => {
      const rows = await list.all(gateway, { refresh: true });
      const keep = only && new Set(only());
      return keep ? rows.filter((row) => keep.has(row.domain)) : rows;
    },
    renew: (domain, period) => gateway.renew(domain, period),
  };
}

/** The ledger and history keep Freenom's compact YYYYMMDD form of an ISO date. */
const compact = (isoDate: string | null) => (isoDate ?? '').replaceAll('-', '');

export interface AutoRenewOptions {
  account: RenewingAccount;
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
    let domains: ListedDomain[];
    try {
      domains = await this.#o.account.listDomains();
    } catch (error) {
      run.problems.push(error instanceof Error ? error.message : String(error));
      return run;
    }
    for (const domain of domains) {
      const outcome = await this.#consider(domain);
      if (outcome === 'renewed') run.renewed.push(domain.domain);
      else if (outcome) run.problems.push(outcome);
    }
    return run;
  }

  /** Returns 'renewed', a problem sentence, or null when nothing was due. */
  async #consider(domain: ListedDomain): Promise<string | null> {
    const expiry = compact(domain.expirationDate);
    const expiryMs = parseFreenomDate(expiry);
    const name = domain.domain;
    if (domain.type !== 'FREE' || expiryMs === null) return null;
    if (domain.status !== 'ACTIVE') return null;
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
    let order: OrderResult;
    try {
      order = await this.#o.account.renew(name, this.#o.period);
    } catch (error) {
      return this.#failed(name, expiry, attempts, error);
    }
    if (order.status === 'RENEWED')
      return this.#done(name, expiry, compact(order.expirationDate), 'renewed');
    const text = `Freenom did not renew ${name} (${order.status}).`;
    await this.#fail(name, expiry, attempts, 'refused', text);
    return text;
  }

  async #failed(name: string, expiry: string, attempts: number, error: unknown): Promise<string> {
    const kind = error instanceof FreenomCallError ? error.error.kind : 'transport';
    const text = `Auto-renew of ${name} failed: ${error instanceof Error ? error.message : String(error)}`;
    if (kind === 'unconfirmed') {
      await this.#log(name, expiry, 'unconfirmed', text);
      return text; // stays "started": the next pass looks at the expiry before renewing
    }
    await this.#fail(name, expiry, attempts, kind === 'api' ? 'refused' : 'failed', text);
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
