import type { DomainPage } from '../../../shared/contract/domain-channels.js';
import type { DomainSummary } from '../../../shared/contract/domain-schemas.js';
import { preferRegistrations } from './prefer-registration.js';
import type { Clock } from '../ports.js';
import type { FreenomGateway, ListedDomain } from './freenom-gateway.js';

/** Turns a listed domain into what the window shows: days left, renewal window, auto-renew. */
export type Summarize = (domain: ListedDomain, now: number, autoRenew: boolean) => DomainSummary;

/** Where the app keeps its own per-domain auto-renew choice (free domains renew in-app). */
export interface AutoRenewFlags {
  get(domain: string): boolean | undefined;
  set(domain: string, enabled: boolean): Promise<void>;
}

const PER_PAGE = 100;

/**
 * The account's whole domain list, read page by page from Freenom and kept until something
 * changes it, so the window can page and scroll through thousands of domains without asking
 * Freenom again for each page.
 */
export class DomainList {
  #rows: ListedDomain[] | null = null;
  #fetchedAt: number | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly flags: AutoRenewFlags,
    private readonly summarize: Summarize,
  ) {}

  invalidate(): void {
    this.#rows = null;
  }

  async page(
    gateway: FreenomGateway,
    request: { page: number; pageSize: number; refresh: boolean },
  ): Promise<DomainPage> {
    const rows = await this.all(gateway, request);
    const start = (request.page - 1) * request.pageSize;
    return {
      total: rows.length,
      page: request.page,
      pageSize: request.pageSize,
      domains: rows.slice(start, start + request.pageSize).map((row) => this.summary(row)),
      fetchedAt: this.#fetchedAt === null ? null : new Date(this.#fetchedAt).toISOString(),
    };
  }

  /** Every row, cached or (with `refresh`) read from Freenom again. */
  async all(gateway: FreenomGateway, request: { refresh: boolean }): Promise<ListedDomain[]> {
    if (this.#rows === null || request.refresh) await this.#load(gateway);
    return [...(this.#rows ?? [])];
  }

  /** The cached row of one domain, reading the list first when it is not cached. */
  async find(gateway: FreenomGateway, domain: string): Promise<ListedDomain | undefined> {
    if (this.#rows === null) await this.#load(gateway);
    return this.#rows?.find((row) => row.domain === domain.toLowerCase());
  }

  summary(row: ListedDomain): DomainSummary {
    const flag = this.flags.get(row.domain);
    return this.summarize(row, this.clock.now(), flag ?? row.autoRenew ?? false);
  }

  async #load(gateway: FreenomGateway): Promise<void> {
    const listed: ListedDomain[] = [];
    for (let page = 1; ; page += 1) {
      const { total, domains } = await gateway.listPage(page, PER_PAGE);
      listed.push(...domains.map(normalise));
      if (domains.length < PER_PAGE || page * PER_PAGE >= total) break;
    }
    this.#rows = preferRegistrations(listed, (row) => ({
      name: row.domain,
      status: row.status,
      expiry: row.expirationDate,
    })).sort(byExpiry);
    this.#fetchedAt = this.clock.now();
  }
}

function normalise(row: ListedDomain): ListedDomain {
  return { ...row, domain: row.domain.toLowerCase() };
}

function byExpiry(a: ListedDomain, b: ListedDomain): number {
  const x = a.expirationDate ?? '9999';
  const y = b.expirationDate ?? '9999';
  return x === y ? a.domain.localeCompare(b.domain) : x < y ? -1 : 1;
}
