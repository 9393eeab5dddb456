import { describe, expect, it } from 'vitest';
import {
  describeAgo,
  describeWait,
  TOOLTIP_MAX,
  trayTooltip,
} from '../../../../electron/main/tray/tray-tooltip.js';
import { NOW, view } from './tray-view-fixtures.js';

describe('tray tooltip', () => {
  it('shows both addresses, the last check and when the next one runs', () => {
    expect(trayTooltip(view(), NOW)).toBe(
      'DNS Tray\nIPv4 203.0.113.7 · IPv6 2001:db8::7\nlast check 2 min ago · next check in 45 s',
    );
  });

  it('leaves the last check out before the first one', () => {
    expect(trayTooltip(view({ lastCheckAt: null }), NOW)).toBe(
      'DNS Tray\nIPv4 203.0.113.7 · IPv6 2001:db8::7\nnext check in 45 s',
    );
  });

  it.each([
    [10_000, 'just now'],
    [5 * 60_000, '5 min ago'],
    [3 * 3_600_000 + 60_000, '3 h ago'],
  ])('describes a check %i ms ago as "%s"', (ago, text) => {
    expect(describeAgo(ago)).toBe(text);
  });

  it.each([
    ['no IPv6 on this network', view({ ipv6: { kind: 'absent' } }), 'IPv4 203.0.113.7 · no IPv6'],
    ['sources disagreeing', view({ ipv4: { kind: 'unknown' } }), 'IPv4 unknown · IPv6 2001:db8::7'],
    [
      'a pause until resumed',
      view({ pause: { kind: 'paused', until: null } }),
      'paused until resumed',
    ],
    [
      'an hour-long pause',
      view({ pause: { kind: 'paused', until: NOW + 3_600_000 } }),
      'paused, resumes in 1 h',
    ],
    ['a running cycle', view({ busy: true }), 'checking now'],
    ['nothing scheduled', view({ nextCheckAt: null }), 'no check scheduled'],
    ['an overdue check', view({ nextCheckAt: NOW - 5 }), 'next check now'],
  ])('says so for %s', (_name, input, expected) => {
    expect(trayTooltip(input, NOW)).toContain(expected);
  });

  it('stays within the 127 characters Windows shows', () => {
    const long = { kind: 'known' as const, address: 'ffff:'.repeat(30) };
    const text = trayTooltip(view({ ipv6: long }), NOW);
    expect(text.length).toBe(TOOLTIP_MAX);
    expect(text.endsWith('…')).toBe(true);
  });

  it.each([
    [999, 'in 1 s'],
    [59_000, 'in 59 s'],
    [60_000, 'in 1 min'],
    [61_000, 'in 2 min'],
    [3_600_000, 'in 1 h'],
    [3_900_000, 'in 1 h 5 min'],
    [0, 'now'],
  ])('describes a wait of %i ms as "%s"', (ms, text) => {
    expect(describeWait(ms)).toBe(text);
  });
});

describe('tray tooltip right after start', () => {
  it('says the addresses are not checked yet', () => {
    const text = trayTooltip(
      view({
        ipv4: { kind: 'not-checked' },
        ipv6: { kind: 'not-checked' },
        busy: true,
        lastCheckAt: null,
      }),
      NOW,
    );
    expect(text).toBe('DNS Tray\nIPv4 not checked yet · IPv6 not checked yet\nchecking now');
  });
});
