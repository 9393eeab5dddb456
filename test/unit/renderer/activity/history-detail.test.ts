import { describe, expect, it } from 'vitest';
import { detailOf } from '../../../../renderer/src/activity/activity-page.js';
import type { HistoryEvent } from '../../../../shared/settings/history-event.js';

type AddressChanged = Extract<HistoryEvent, { kind: 'address-changed' }>;
const change = (extra: Partial<AddressChanged>): AddressChanged => ({
  id: 1,
  at: '2026-01-05T10:00:00.000Z',
  kind: 'address-changed',
  family: 'ipv4',
  from: '203.0.113.10',
  to: '203.0.113.40',
  sources: ['alpha', 'charlie'],
  ...extra,
});

describe('the details of an address change in the Activity window', () => {
  it('names who agreed and what a disagreeing source answered', () => {
    expect(detailOf(change({ disagreed: [{ source: 'bravo', address: '93.184.216.34' }] }))).toBe(
      '203.0.113.10 → 203.0.113.40 (agreed alpha, charlie; bravo answered 93.184.216.34)',
    );
  });

  it('reads older events without the disagreeing sources', () => {
    expect(detailOf(change({ from: null }))).toBe('none → 203.0.113.40 (agreed alpha, charlie)');
  });
});
