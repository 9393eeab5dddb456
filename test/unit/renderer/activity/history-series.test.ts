import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../../../shared/settings/history-event.js';
import {
  addressSeries,
  CHART_WINDOW,
  matchesFilter,
  NO_FILTER,
  recentAddresses,
  updatesPerDay,
} from '../../../../renderer/src/activity/history-series.js';

let id = 0;
const at = (iso: string) => ({ id: id++, at: new Date(iso).toISOString() });
const outcome = (
  iso: string,
  hostId: string,
  result: 'updated' | 'unchanged' | 'deferred' | 'rejected' | 'failed',
  recordType: 'A' | 'AAAA' | 'MX' = 'A',
): HistoryEvent => ({
  ...at(iso),
  kind: 'update-outcome',
  accountId: 'demo',
  hostId,
  hostname: `${hostId}.freedns.io`,
  recordType,
  outcome: result,
  value: null,
  message: '',
});
const changed = (iso: string, family: 'ipv4' | 'ipv6', to: string | null): HistoryEvent => ({
  ...at(iso),
  kind: 'address-changed',
  family,
  from: null,
  to,
  sources: ['alpha', 'bravo'],
});

const events: HistoryEvent[] = [
  changed('2026-11-20T10:00:00', 'ipv4', '203.0.113.1'),
  outcome('2026-11-20T10:00:01', 'home', 'updated'),
  changed('2026-11-20T18:00:00', 'ipv4', '203.0.113.2'),
  outcome('2026-11-20T18:00:01', 'home', 'updated'),
  outcome('2026-11-20T18:00:02', 'mail', 'unchanged', 'MX'),
  changed('2026-11-21T08:00:00', 'ipv6', null),
  outcome('2026-11-21T08:00:01', 'home', 'deferred'),
  outcome('2026-11-21T09:00:00', 'home', 'failed', 'AAAA'),
];

describe('history shaping for the Activity window', () => {
  it.each([
    [{ ...NO_FILTER }, 8],
    [{ ...NO_FILTER, host: 'home' }, 4],
    [{ ...NO_FILTER, type: 'address-changed' as const }, 3],
    [{ ...NO_FILTER, type: 'A' as const, outcome: 'updated' as const }, 2],
    [{ ...NO_FILTER, host: 'mail', outcome: 'deferred' as const }, 0],
  ])('filters by host, type and outcome together (%o)', (filter, count) => {
    expect(events.filter((event) => matchesFilter(event, filter))).toHaveLength(count);
  });

  it('draws each family from its own address changes, oldest first, a loss as "none"', () => {
    expect(addressSeries([...events].reverse(), 'ipv4').map((p) => p.address)).toEqual([
      '203.0.113.1',
      '203.0.113.2',
    ]);
    expect(addressSeries(events, 'ipv6').map((p) => p.address)).toEqual(['none']);
  });

  it('counts update outcomes per local day, for all hosts or one', () => {
    expect(updatesPerDay(events)).toEqual([
      { day: '2026-11-20', updated: 2, unchanged: 1, deferred: 0, rejected: 0, failed: 0 },
      { day: '2026-11-21', updated: 0, unchanged: 0, deferred: 1, rejected: 0, failed: 1 },
    ]);
    expect(updatesPerDay(events, 'mail')).toEqual([
      { day: '2026-11-20', updated: 0, unchanged: 1, deferred: 0, rejected: 0, failed: 0 },
    ]);
  });
});

describe('recentAddresses', () => {
  const series = (addresses: string[]) =>
    addresses.map((address, i) => ({ at: Date.UTC(2026, 0, 1, i), address }));

  it('keeps a short series whole', () => {
    const points = series(['a', 'b', 'a']);
    expect(recentAddresses(points)).toEqual(points);
    expect(recentAddresses([])).toEqual([]);
  });

  it('keeps the latest changes that fit within the distinct-address limit', () => {
    const points = series(['a', 'b', 'c', 'd', 'c', 'd']);
    expect(recentAddresses(points, { addresses: 2, changes: 10 }).map((p) => p.address)).toEqual([
      'c',
      'd',
      'c',
      'd',
    ]);
  });

  it('keeps at most the change limit, newest last, even with two addresses flapping', () => {
    const points = series(Array.from({ length: 1_000 }, (_, i) => (i % 2 ? 'b' : 'a')));
    const shown = recentAddresses(points, { addresses: 8, changes: 40 });
    expect(shown).toHaveLength(40);
    expect(shown.at(-1)).toBe(points.at(-1));
    expect(shown[0]).toBe(points[960]);
  });

  it('draws a flat amount whatever the history holds (the default window)', () => {
    const points = series(Array.from({ length: 5_000 }, (_, i) => `203.0.113.${i % 250}`));
    const shown = recentAddresses(points);
    expect(shown).toHaveLength(CHART_WINDOW.addresses);
    expect(new Set(shown.map((p) => p.address)).size).toBe(CHART_WINDOW.addresses);
    expect(shown.at(-1)!.address).toBe('203.0.113.249');
  });
});
