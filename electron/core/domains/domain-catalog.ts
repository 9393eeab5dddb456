import type { FreenomResult } from '../freenom/freenom-errors.js';
import type { DomainInfo, DomainInfoAnswer, ListedDomain } from '../freenom/freenom-schemas.js';
import type { Clock } from '../ports.js';
import {
  FREE_RENEWAL_WINDOW_DAYS,
  daysToExpiry,
  parseFreenomDate,
  renewalWindow,
  type RenewalWindow,
} from './domain-dates.js';
import { preferRegistrations } from './prefer-registration.js';

/** The reads the catalog needs from the Freenom client. */
export interface DomainReader {
  listAllDomains(): Promise<FreenomResult<ListedDomain[]>>;
  getDomainInfo(input: { domainname: string }): Promise<FreenomResult<DomainInfoAnswer>>;
}

/** One domain as the Domains window shows it. */
export interface DomainSummary {
  domainname: string;
  domaintype: 'FREE' | 'PAID' | 'UNKNOWN';
  status: string;
  registrationDate: string | null; // YYYY-MM-DD
  expirationDate: string | null;
  daysToExpiry: number | null;
  renewal: RenewalWindow | null;
  autorenew: boolean | null;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString().slice(0, 10));

/**
 * The account's domains and their details, cached for `maxAgeMs` so windows can re-render
 * without calling Freenom each time; writes call `invalidate`.
 */
export class DomainCatalog {
  #list: { at: number; value: DomainSummary[] } | null = null;
  readonly #details = new Map<string, { at: number; value: DomainInfo }>();

  constructor(
    private readonly client: DomainReader,
    private readonly clock: Clock,
    private readonly maxAgeMs = 5 * 60_000,
    private readonly windowDays = FREE_RENEWAL_WINDOW_DAYS,
  ) {}

  async list(options: { refresh?: boolean } = {}): Promise<FreenomResult<DomainSummary[]>> {
    const now = this.clock.now();
    if (!options.refresh && this.#list && now - this.#list.at < this.maxAgeMs)
      return { ok: true, value: this.#list.value.map((d) => this.#freshen(d, now)) };
    const reply = await this.client.listAllDomains();
    if (!reply.ok) return reply;
    const value = preferRegistrations(reply.value, (d) => ({
      name: d.domainname,
      status: d.status,
      expiry: parseFreenomDate(d.expirationdate),
    })).map((d) => this.#summarize(d, now));
    this.#list = { at: now, value };
    return { ok: true, value };
  }

  async details(
    name: string,
    options: { refresh?: boolean } = {},
  ): Promise<FreenomResult<DomainInfo>> {
    const key = name.toLowerCase();
    const now = this.clock.now();
    const cached = this.#details.get(key);
    if (!options.refresh && cached && now - cached.at < this.maxAgeMs)
      return { ok: true, value: cached.value };
    const reply = await this.client.getDomainInfo({ domainname: key });
    if (!reply.ok) return reply;
    const info = reply.value.domain[0];
    if (!info)
      return {
        ok: false,
        error: { kind: 'unexpected-answer', message: `Freenom returned no details for ${key}.` },
      };
    this.#details.set(key, { at: now, value: info });
    return { ok: true, value: info };
  }

  /** Forget cached data after a change: one domain's details (and the list), or everything. */
  invalidate(name?: string): void {
    this.#list = null;
    if (name === undefined) this.#details.clear();
    else this.#details.delete(name.toLowerCase());
  }

  #summarize(d: ListedDomain, now: number): DomainSummary {
    const type = d.domaintype?.toUpperCase();
    const expiry = parseFreenomDate(d.expirationdate);
    return this.#freshen(
      {
        domainname: d.domainname.toLowerCase(),
        domaintype: type === 'FREE' || type === 'PAID' ? type : 'UNKNOWN',
        status: d.status?.toUpperCase() ?? 'UNKNOWN',
        registrationDate: iso(parseFreenomDate(d.registrationdate)),
        expirationDate: iso(expiry),
        daysToExpiry: null,
        renewal: null,
        autorenew: d.autorenew === undefined ? null : d.autorenew.toLowerCase() === 'enabled',
      },
      now,
    );
  }

  /** Days and window move with the clock even while the list itself is cached. */
  #freshen(d: DomainSummary, now: number): DomainSummary {
    const expiry = d.expirationDate ? Date.parse(`${d.expirationDate}T00:00:00Z`) : null;
    if (expiry === null || d.domaintype === 'UNKNOWN') return d;
    return {
      ...d,
      daysToExpiry: daysToExpiry(expiry, now),
      renewal: renewalWindow(d.domaintype, expiry, now, this.windowDays),
    };
  }
}
