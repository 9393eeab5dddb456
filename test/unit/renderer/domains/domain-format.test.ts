import { describe, expect, it } from 'vitest';
import type { DomainSummary } from '../../../../shared/contract/domain-schemas.js';
import {
  daysLeftTone,
  describeDaysLeft,
  describeRenewal,
  needsRenewalSoon,
} from '../../../../renderer/src/domains/domain-format.js';

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

describe('how the window words expiry', () => {
  it.each([
    [null, 'unknown'],
    [0, 'today'],
    [1, 'tomorrow'],
    [9, '9 days'],
    [-1, 'expired yesterday'],
    [-5, 'expired 5 days ago'],
  ])('days left %s reads "%s"', (days, text) => expect(describeDaysLeft(days)).toBe(text));

  it.each<[Partial<DomainSummary>, string, 'ok' | 'warn' | 'danger' | 'muted', boolean]>([
    [{}, 'renewable now, until 2026-12-02', 'warn', true],
    [
      {
        type: 'PAID',
        daysLeft: 200,
        renewal: { opens: '2026-01-01', closes: '2027-06-11', state: 'open' },
      },
      'renewable any time until 2027-06-11',
      'ok',
      false,
    ],
    [
      {
        type: 'PAID',
        daysLeft: 25,
        renewal: { opens: '2026-01-01', closes: '2026-12-18', state: 'open' },
      },
      'renewable any time until 2026-12-18',
      'warn',
      true,
    ],
    [
      { daysLeft: 70, renewal: { opens: '2027-01-18', closes: '2027-02-01', state: 'not-yet' } },
      'renewable from 2027-01-18',
      'ok',
      false,
    ],
    [
      { daysLeft: -3, renewal: { opens: '2026-11-06', closes: '2026-11-20', state: 'closed' } },
      'renewal window closed',
      'danger',
      false,
    ],
    [{ expirationDate: null, daysLeft: null, renewal: null }, 'no expiry date', 'muted', false],
  ])('%o: "%s", tone %s, renew soon %s', (change, text, tone, soon) => {
    const domain = { ...base, ...change };
    expect(describeRenewal(domain)).toBe(text);
    expect(daysLeftTone(domain)).toBe(tone);
    expect(needsRenewalSoon(domain)).toBe(soon);
  });
});
