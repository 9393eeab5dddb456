import { describe, expect, it } from 'vitest';
import {
  daysToExpiry,
  parseFreenomDate,
  renewalWindow,
} from '../../../../electron/core/domains/index.js';

const DAY = 86_400_000;
const EXPIRY = Date.UTC(2026, 2, 31);

describe('domain expiry dates', () => {
  it.each([
    ['20260331', EXPIRY],
    ['2026-03-31', EXPIRY],
    ['20260230', null],
    ['2026/03/31', null],
    ['', null],
    [undefined, null],
  ])('reads %s as %s', (text, expected) => {
    expect(parseFreenomDate(text)).toBe(expected);
  });

  it('counts whole days to the expiry day, zero on it and negative after', () => {
    expect(daysToExpiry(EXPIRY, EXPIRY - 10 * DAY + 5 * 3_600_000)).toBe(10);
    expect(daysToExpiry(EXPIRY, EXPIRY + 23 * 3_600_000)).toBe(0);
    expect(daysToExpiry(EXPIRY, EXPIRY + 2 * DAY)).toBe(-2);
  });

  it.each([
    ['FREE', -15 * DAY, { state: 'not-yet', opensAt: EXPIRY - 14 * DAY }],
    ['FREE', -14 * DAY, { state: 'open', closesAt: EXPIRY + DAY }],
    ['FREE', DAY - 1, { state: 'open', closesAt: EXPIRY + DAY }],
    ['FREE', DAY, { state: 'expired' }],
    ['PAID', -300 * DAY, { state: 'open', closesAt: EXPIRY + DAY }],
  ] as const)(
    'places a %s domain at expiry%+d ms in its renewal window',
    (type, offset, window) => {
      expect(renewalWindow(type, EXPIRY, EXPIRY + offset)).toEqual(window);
    },
  );
});
