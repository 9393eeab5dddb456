import type { DomainSummary } from '../../../shared/contract/domain-schemas.js';

/** "in 9 days", "today", "3 days ago": how the window says days left. */
export function describeDaysLeft(days: number | null): string {
  if (days === null) return 'unknown';
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days > 0) return `${days} days`;
  return days === -1 ? 'expired yesterday' : `expired ${-days} days ago`;
}

export function daysLeftTone(domain: DomainSummary): 'ok' | 'warn' | 'danger' | 'muted' {
  if (domain.daysLeft === null) return 'muted';
  if (domain.daysLeft < 0) return 'danger';
  // A paid domain's window is always open, so only a free one's open window is news.
  if ((domain.type === 'FREE' && domain.renewal?.state === 'open') || domain.daysLeft <= 30)
    return 'warn';
  return 'ok';
}

export function describeRenewal(domain: DomainSummary): string {
  const window = domain.renewal;
  if (!window) return 'no expiry date';
  switch (window.state) {
    case 'open':
      return domain.type === 'PAID'
        ? `renewable any time until ${window.closes}`
        : `renewable now, until ${window.closes}`;
    case 'not-yet':
      return `renewable from ${window.opens}`;
    case 'closed':
      return 'renewal window closed';
  }
}

/** Free domains inside their renewal window, and paid ones expiring within a month. */
export function needsRenewalSoon(domain: DomainSummary): boolean {
  if (domain.daysLeft === null || domain.daysLeft < 0) return false;
  return domain.type === 'FREE' ? domain.renewal?.state === 'open' : domain.daysLeft <= 30;
}
