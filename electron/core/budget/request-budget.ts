import { formatTime } from '../../../shared/time/format-time.js';
import type { Clock } from '../ports.js';

const HOUR = 3_600_000;
const DAY = 86_400_000;
/**
 * How long entries are kept. Only today and the last hour count, but a clock that is wrong
 * ahead (a dead RTC battery, later fixed by NTP) would make "a day ago" forget today's real
 * updates; keeping a week survives such jumps. 50-60 requests an hour for 8 days stays small.
 */
const RETENTION = 8 * DAY;
const MAX_ENTRIES = 12_000;

/**
 * One freedns.io request as the ledger remembers it. `update` may have changed a host (counts
 * toward the hour and the host's day); `request` is known to have changed nothing (hour only);
 * `quota-used` and `rate-limited` are the server telling us to stop, not requests.
 */
export interface LedgerEntry {
  id: number;
  at: number;
  hostId: string;
  kind: 'update' | 'request' | 'quota-used' | 'rate-limited';
}

/** Where the ledger survives restarts and crashes. `save` must be durable when it resolves. */
export interface BudgetLedgerStore {
  load(): Promise<LedgerEntry[]>;
  save(entries: readonly LedgerEntry[]): Promise<void>;
}

export interface BudgetLimits {
  /** Requests per sliding hour across every account (the service counts per client address). */
  hourlyRequests: number;
}

export type Admission = { admitted: true } | { admitted: false; until: number; reason: string };

/**
 * Admits freedns.io requests within the hourly request budget and each host's daily update
 * limit. A request is written to the ledger (and saved) before it is sent, so a crash between
 * sending and hearing back can only over-count, never exceed.
 */
export class RequestBudget {
  #entries: LedgerEntry[];
  #nextId: number;

  private constructor(
    private readonly store: BudgetLedgerStore,
    private readonly clock: Clock,
    private readonly limits: BudgetLimits,
    entries: LedgerEntry[],
  ) {
    this.#entries = entries;
    this.#nextId = entries.reduce((max, entry) => Math.max(max, entry.id), 0) + 1;
  }

  static async open(
    store: BudgetLedgerStore,
    clock: Clock,
    limits: BudgetLimits,
  ): Promise<RequestBudget> {
    return new RequestBudget(store, clock, limits, [...(await store.load())]);
  }

  /** Whether one more update of `hostId` may be sent now, and if not, when and why. */
  admit(hostId: string, dailyLimit: number): Admission {
    const now = this.clock.now();
    const blocked = this.#latest('rate-limited', '*');
    if (blocked && blocked.at + HOUR > now)
      return {
        admitted: false,
        until: blocked.at + HOUR,
        reason: `freedns.io asked us to slow down; next request after ${formatTime(blocked.at + HOUR, { now })}`,
      };
    const inHour = this.#entries
      .filter((e) => isRequest(e) && e.at > now - HOUR)
      .sort((a, b) => a.at - b.at);
    if (inHour.length >= this.limits.hourlyRequests) {
      const until = inHour[inHour.length - this.limits.hourlyRequests]!.at + HOUR;
      return {
        admitted: false,
        until,
        reason: `request budget: ${this.limits.hourlyRequests} requests in the last hour; next after ${formatTime(until, { now })}`,
      };
    }
    const midnight = nextUtcMidnight(now);
    const dayStart = midnight - DAY;
    const quotaUsed = this.#latest('quota-used', hostId);
    if (quotaUsed && quotaUsed.at >= dayStart)
      return {
        admitted: false,
        until: midnight,
        reason: 'quota: freedns.io says today\u2019s updates are used; next update after 00:00 UTC',
      };
    if (this.updatesToday(hostId) >= dailyLimit)
      return {
        admitted: false,
        until: midnight,
        reason: `quota: ${dailyLimit} update${dailyLimit === 1 ? '' : 's'} per day used; next update after 00:00 UTC`,
      };
    return { admitted: true };
  }

  updatesToday(hostId: string): number {
    const dayStart = nextUtcMidnight(this.clock.now()) - DAY;
    return this.#entries.filter(
      (e) => e.kind === 'update' && e.hostId === hostId && e.at >= dayStart,
    ).length;
  }

  requestsInLastHour(): number {
    const now = this.clock.now();
    return this.#entries.filter((e) => isRequest(e) && e.at > now - HOUR).length;
  }

  /** Call (and await) before sending; returns the entry's id for `settle`. */
  async recordRequest(hostId: string): Promise<number> {
    return this.#append(hostId, 'update');
  }

  /** The server said nothing changed, or refused: the request did not spend an update. */
  async settleAsNoUpdate(id: number): Promise<void> {
    this.#entries = this.#entries.map((e) => (e.id === id ? { ...e, kind: 'request' } : e));
    await this.#save();
  }

  /** Nothing was sent after all (refused locally): the reservation counts for nothing. */
  async release(id: number): Promise<void> {
    this.#entries = this.#entries.filter((e) => e.id !== id);
    await this.#save();
  }

  async recordQuotaUsed(hostId: string): Promise<void> {
    await this.#append(hostId, 'quota-used');
  }

  async recordRateLimited(): Promise<void> {
    await this.#append('*', 'rate-limited');
  }

  async #append(hostId: string, kind: LedgerEntry['kind']): Promise<number> {
    const id = this.#nextId++;
    this.#entries.push({ id, at: this.clock.now(), hostId, kind });
    await this.#save();
    return id;
  }

  #latest(kind: LedgerEntry['kind'], hostId: string): LedgerEntry | undefined {
    return this.#entries.filter((e) => e.kind === kind && e.hostId === hostId).at(-1);
  }

  async #save(): Promise<void> {
    const horizon = this.clock.now() - RETENTION;
    this.#entries = this.#entries.filter((e) => e.at > horizon).slice(-MAX_ENTRIES);
    await this.store.save(this.#entries);
  }
}

function isRequest(entry: LedgerEntry): boolean {
  return entry.kind === 'update' || entry.kind === 'request';
}

export function nextUtcMidnight(now: number): number {
  return Math.floor(now / DAY) * DAY + DAY;
}
