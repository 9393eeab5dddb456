import type { DomainSummary } from '../../../shared/contract/domain-schemas.js';

const DAY_MS = 86_400_000;
/** How many of the soonest expiries the renewal-window chart shows. */
export const SOONEST = 20;

/** Per month for the next year: how many free and paid domains expire. */
export function expiriesByMonth(domains: readonly DomainSummary[], now: number) {
  const start = new Date(now);
  const months = Array.from({ length: 12 }, (_, i) => {
    const d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + i, 1));
    return {
      key: d.toISOString().slice(0, 7),
      month: d.toISOString().slice(0, 7),
      FREE: 0,
      PAID: 0,
    };
  });
  for (const domain of domains) {
    const slot = months.find((m) => m.key === domain.expirationDate?.slice(0, 7));
    if (slot) slot[domain.type] += 1;
  }
  return months;
}

/** The soonest domains as bars: days until the renewal window opens, then the window itself. */
export function renewalBars(domains: readonly DomainSummary[]) {
  return domains
    .filter((d) => d.daysLeft !== null && d.daysLeft >= 0 && d.renewal)
    .sort((a, b) => a.daysLeft! - b.daysLeft!)
    .slice(0, SOONEST)
    .map((d) => {
      const span = Math.round(
        (Date.parse(d.renewal!.closes) - Date.parse(d.renewal!.opens)) / DAY_MS,
      );
      const wait = Math.max(0, d.daysLeft! - span);
      return { domain: d.domain, wait, window: d.daysLeft! - wait };
    });
}
