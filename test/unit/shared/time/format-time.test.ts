import { afterEach, describe, expect, it } from 'vitest';
import { formatDateTime, formatTime } from '../../../../shared/time/format-time.js';

const at = Date.UTC(2026, 0, 5, 10, 0); // 2026-01-05T10:00:00.000Z
const utcMidnight = Date.UTC(2026, 0, 6, 0, 0);
const berlin = { timeZone: 'Europe/Berlin', locale: 'en-GB' };
const ISO = /\d{4}-\d\d-\d\dT/;

describe('times for people', () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it('shows the local clock time for today and adds the date on another day', () => {
    expect(formatTime(at, { ...berlin, now: at })).toBe('11:00');
    expect(formatTime('2026-01-05T10:00:00.000Z', { ...berlin, now: at + 3 * 86_400_000 })).toBe(
      '5 Jan, 11:00',
    );
    expect(formatTime(at, { timeZone: 'Asia/Tokyo', locale: 'en-GB', now: at })).toBe('19:00');
  });

  it('names 00:00 UTC beside the local time where the quota resets', () => {
    expect(formatTime(utcMidnight, { ...berlin, now: at })).toBe('6 Jan, 01:00 (00:00 UTC)');
    expect(
      formatTime(utcMidnight, { timeZone: 'America/New_York', locale: 'en-GB', now: at }),
    ).toBe('19:00 (00:00 UTC)');
    expect(formatTime(utcMidnight, { timeZone: 'UTC', locale: 'en-GB', now: at })).toBe(
      '6 Jan, 00:00 UTC',
    );
  });

  it('always dates history rows, with seconds when asked', () => {
    expect(formatDateTime(at + 7_000, { ...berlin, seconds: true })).toBe('5 Jan, 11:00:07');
  });

  it('uses the system time zone by default (TZ)', () => {
    process.env.TZ = 'Asia/Kolkata';
    expect(formatTime(at, { locale: 'en-GB', now: at })).toBe('15:30');
  });

  it('never shows an ISO string, not even for input it cannot read', () => {
    expect(formatTime('not a time')).toBe('an unknown time');
    expect(formatDateTime(Number.NaN)).toBe('an unknown time');
    expect(formatTime(at)).not.toMatch(ISO);
  });
});
