import type { DomainSummary } from '../../../shared/contract/domain-schemas.js';

/** Paid domains are worth a reminder this many days before they expire. */
export const PAID_REMINDER_DAYS = 30;

/**
 * A domain the user should hear about: a free one inside its renewal window that DNS Tray will
 * not renew by itself, or a paid one expiring within a month.
 */
export function needsReminder(domain: DomainSummary): boolean {
  if (domain.status !== 'ACTIVE' || domain.daysLeft === null || domain.daysLeft < 0) return false;
  if (domain.type === 'FREE') return domain.renewal?.state === 'open' && !domain.autoRenew;
  return domain.daysLeft <= PAID_REMINDER_DAYS;
}

export function reminderText(domain: DomainSummary): string {
  const when = domain.daysLeft === 0 ? 'today' : `in ${domain.daysLeft} days`;
  const advice =
    domain.type === 'FREE'
      ? 'Renew it now, or turn on auto-renew.'
      : domain.autoRenew
        ? 'Freenom renews it automatically.'
        : 'Renew it before then.';
  return `${domain.domain} expires ${when} (${domain.expirationDate}). ${advice}`;
}
