import { describe, expect, it } from 'vitest';
import type { DomainSummary } from '../../../../shared/contract/domain-schemas.js';
import { needsReminder, reminderText } from '../../../../electron/core/domains/domain-reminders.js';

const base: DomainSummary = {
  domain: 'x.tk',
  type: 'FREE',
  status: 'ACTIVE',
  registrationDate: '2026-01-01',
  expirationDate: '2026-12-02',
  daysLeft: 9,
  autoRenew: false,
  renewal: { opens: '2026-11-18', closes: '2026-12-02', state: 'open' },
};
const paid = {
  type: 'PAID' as const,
  renewal: { opens: '2026-01-01', closes: '2026-12-02', state: 'open' as const },
};

describe('which domains the user hears about', () => {
  it.each<[string, Partial<DomainSummary>, string | null]>([
    [
      'a free domain in its window',
      {},
      'x.tk expires in 9 days (2026-12-02). Renew it now, or turn on auto-renew.',
    ],
    ['a free domain DNS Tray renews itself', { autoRenew: true }, null],
    [
      'a free domain before its window',
      { daysLeft: 20, renewal: { ...base.renewal!, state: 'not-yet' } },
      null,
    ],
    ['an expired domain', { daysLeft: -2, renewal: { ...base.renewal!, state: 'closed' } }, null],
    ['a deleted domain', { status: 'CANCELLED' }, null],
    [
      'a paid domain a month out',
      { ...paid, daysLeft: 30 },
      'x.tk expires in 30 days (2026-12-02). Renew it before then.',
    ],
    [
      'a paid domain Freenom renews',
      { ...paid, daysLeft: 0, autoRenew: true },
      'x.tk expires today (2026-12-02). Freenom renews it automatically.',
    ],
    ['a paid domain further out', { ...paid, daysLeft: 31 }, null],
  ])('%s', (_what, change, text) => {
    const domain = { ...base, ...change };
    // The text a reminder would carry, or null when no reminder is due.
    expect(needsReminder(domain) ? reminderText(domain) : null).toBe(text);
  });
});
