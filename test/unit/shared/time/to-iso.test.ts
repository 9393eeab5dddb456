import { describe, expect, it } from 'vitest';
import { toIso, toIsoDate } from '../../../../shared/time/to-iso.js';

describe('ISO times', () => {
  const at = Date.UTC(2026, 10, 23, 23, 59, 30, 5);

  it('writes epoch milliseconds as UTC ISO text, and keeps a missing time missing', () => {
    expect(toIso(at)).toBe('2026-11-23T23:59:30.005Z');
    expect(toIso(0)).toBe('1970-01-01T00:00:00.000Z');
    expect([toIso(null), toIso(undefined)]).toEqual([null, null]);
  });

  it('gives the UTC calendar day for a date, whatever the local zone', () => {
    expect(toIsoDate(at)).toBe('2026-11-23');
    expect(toIsoDate(null)).toBeNull();
  });
});
