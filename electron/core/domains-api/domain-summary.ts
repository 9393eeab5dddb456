import type { DomainSummary, RenewalWindow } from '../../../shared/contract/domain-schemas.js';
import type { ListedDomain } from './freenom-gateway.js';

const DAY_MS = 86_400_000;

export interface RenewalRules {
  /** Days before expiry from which Freenom accepts renewing a free domain. */
  freeWindowDays: number;
}

/** Days from today (UTC) to an ISO date; negative once it has passed. */
export function daysUntil(isoDate: string, now: number): number {
  const today = Math.floor(now / DAY_MS);
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS) - today;
}

function shift(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Free domains renew only inside the last days before expiry; paid ones at any time. */
export function renewalWindow(
  row: ListedDomain,
  now: number,
  rules: RenewalRules,
): RenewalWindow | null {
  if (!row.expirationDate) return null;
  const opens =
    row.type === 'FREE'
      ? shift(row.expirationDate, -rules.freeWindowDays)
      : (row.registrationDate ?? shift(row.expirationDate, -365));
  const closes = row.expirationDate;
  const state =
    daysUntil(closes, now) < 0 ? 'closed' : daysUntil(opens, now) > 0 ? 'not-yet' : 'open';
  return { opens, closes, state };
}

export function createSummarize(rules: RenewalRules) {
  return (row: ListedDomain, now: number, autoRenew: boolean): DomainSummary => ({
    domain: row.domain,
    type: row.type,
    status: row.status,
    registrationDate: row.registrationDate,
    expirationDate: row.expirationDate,
    daysLeft: row.expirationDate ? daysUntil(row.expirationDate, now) : null,
    autoRenew,
    renewal: renewalWindow(row, now, rules),
  });
}
