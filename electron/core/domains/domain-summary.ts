import type { DomainSummary, RenewalWindow } from '../../../shared/contract/domain-schemas.js';
import { formatUtcDay, parseUtcDay } from '../../../shared/time/utc-day.js';
import { DAY_MS, daysToExpiry, renewalWindow } from './domain-dates.js';
import type { ListedDomain } from './freenom-gateway.js';

export interface RenewalRules {
  /** Days before expiry from which Freenom accepts renewing a free domain. */
  freeWindowDays: number;
}

/**
 * The renewal window as dates, from the rule in domain-dates.ts: free domains
 * in their last days, paid domains at any time (shown as opening at registration).
 */
export function windowDates(
  row: ListedDomain,
  now: number,
  rules: RenewalRules,
): RenewalWindow | null {
  if (!row.expirationDate) return null;
  const expiry = parseUtcDay(row.expirationDate);
  const opens =
    row.type === 'FREE'
      ? formatUtcDay(expiry - rules.freeWindowDays * DAY_MS)
      : (row.registrationDate ?? formatUtcDay(expiry - 365 * DAY_MS));
  const state = renewalWindow(row.type, expiry, now, rules.freeWindowDays).state;
  return { opens, closes: row.expirationDate, state: state === 'expired' ? 'closed' : state };
}

export function createSummarize(rules: RenewalRules) {
  return (row: ListedDomain, now: number, autoRenew: boolean): DomainSummary => ({
    domain: row.domain,
    type: row.type,
    status: row.status,
    registrationDate: row.registrationDate,
    expirationDate: row.expirationDate,
    daysLeft: row.expirationDate ? daysToExpiry(parseUtcDay(row.expirationDate), now) : null,
    autoRenew,
    renewal: windowDates(row, now, rules),
  });
}
