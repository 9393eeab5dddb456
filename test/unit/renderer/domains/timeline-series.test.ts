import { describe, expect, it } from 'vitest';
import type { DomainSummary } from '../../../../shared/contract/domain-schemas.js';
import {
  expiriesByMonth,
  renewalBars,
  SOONEST,
} from '../../../../renderer/src/domains/timeline-series.js';

const NOW = Date.UTC(2026, 10, 23);

function domain(
  name: string,
  type: 'FREE' | 'PAID',
  expires: string,
  daysLeft: number,
  opens: string,
): DomainSummary {
  return {
    domain: name,
    type,
    status: 'ACTIVE',
    registrationDate: '2025-01-01',
    expirationDate: expires,
    daysLeft,
    autoRenew: false,
    renewal: { opens, closes: expires, state: daysLeft <= 14 ? 'open' : 'not-yet' },
  };
}

describe('the expiry timeline series', () => {
  it('counts free and paid expiries per month for the next twelve months', () => {
    const months = expiriesByMonth(
      [
        domain('a.tk', 'FREE', '2026-12-02', 9, '2026-11-18'),
        domain('b.tk', 'PAID', '2026-12-18', 25, '2025-01-01'),
        domain('c.tk', 'FREE', '2027-10-30', 341, '2027-10-16'),
        domain('late.tk', 'FREE', '2028-01-01', 404, '2027-12-18'),
      ],
      NOW,
    );
    expect(months).toHaveLength(12);
    expect(months[0]).toMatchObject({ month: '2026-11', FREE: 0, PAID: 0 });
    expect(months[1]).toMatchObject({ month: '2026-12', FREE: 1, PAID: 1 });
    expect(months[11]).toMatchObject({ month: '2027-10', FREE: 1, PAID: 0 });
    expect(months.reduce((sum, m) => sum + m.FREE + m.PAID, 0)).toBe(3);
  });

  it('splits each bar into the days before the renewal window and the window itself', () => {
    const bars = renewalBars([
      domain('later.ml', 'FREE', '2027-02-01', 70, '2027-01-18'),
      domain('soon.tk', 'FREE', '2026-12-02', 9, '2026-11-18'),
    ]);
    expect(bars).toEqual([
      { domain: 'soon.tk', wait: 0, window: 9 },
      { domain: 'later.ml', wait: 56, window: 14 },
    ]);
  });

  it('leaves out expired domains and keeps only the soonest ones', () => {
    const many = Array.from({ length: SOONEST + 5 }, (_, i) =>
      domain(`d${i}.tk`, 'FREE', '2027-06-01', 100 + i, '2027-05-18'),
    );
    const bars = renewalBars([domain('gone.tk', 'FREE', '2026-11-01', -22, '2026-10-18'), ...many]);
    expect(bars).toHaveLength(SOONEST);
    expect(bars.map((b) => b.domain)).not.toContain('gone.tk');
    expect(bars[0]!.domain).toBe('d0.tk');
  });
});
