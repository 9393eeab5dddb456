import { describe, expect, it } from 'vitest';
import {
  createSummarize,
  type windowDates,
} from '../../../../electron/core/domains/domain-summary.js';
import type { ListedDomain } from '../../../../electron/core/domains/freenom-gateway.js';

const NOW = Date.UTC(2026, 10, 23, 15, 30);
const RULES = { freeWindowDays: 14 };
const row = (change: Partial<ListedDomain>): ListedDomain => ({
  domain: 'x.tk',
  type: 'FREE',
  status: 'ACTIVE',
  registrationDate: '2026-01-01',
  expirationDate: '2026-12-02',
  autoRenew: null,
  ...change,
});

describe('a listed domain as the window shows it', () => {
  it.each<[Partial<ListedDomain>, number | null, ReturnType<typeof windowDates>]>([
    [{}, 9, { opens: '2026-11-18', closes: '2026-12-02', state: 'open' }],
    [
      { expirationDate: '2026-12-07' },
      14,
      { opens: '2026-11-23', closes: '2026-12-07', state: 'open' },
    ],
    [
      { expirationDate: '2026-12-08' },
      15,
      { opens: '2026-11-24', closes: '2026-12-08', state: 'not-yet' },
    ],
    [
      { expirationDate: '2026-11-23' },
      0,
      { opens: '2026-11-09', closes: '2026-11-23', state: 'open' },
    ],
    [
      { expirationDate: '2026-11-22' },
      -1,
      { opens: '2026-11-08', closes: '2026-11-22', state: 'closed' },
    ],
    [
      { type: 'PAID', expirationDate: '2027-12-28' },
      400,
      { opens: '2026-01-01', closes: '2027-12-28', state: 'open' },
    ],
    [{ expirationDate: null }, null, null],
  ])('%o: %s days left, window %o', (change, days, window) => {
    const summary = createSummarize(RULES)(row(change), NOW, true);
    expect(summary.daysLeft).toBe(days);
    expect(summary.renewal).toEqual(window);
    expect(summary.autoRenew).toBe(true);
  });
});
