import { describe, expect, it } from 'vitest';
import type { RecordVerification } from '../../../../shared/engine/record-verification.js';
import { summarizeVerifications } from '../../../../shared/engine/record-verification.js';
import { trayTooltip } from '../../../../electron/main/tray/tray-tooltip.js';
import { NOW, view } from './tray-view-fixtures.js';

const verification = (over: Partial<RecordVerification>): RecordVerification => ({
  state: 'published',
  detail: '',
  dnsSays: '203.0.113.10',
  driftedSince: null,
  lastPublishedAt: null,
  checkedAt: '2026-01-05T00:00:00.000Z',
  needsAttention: false,
  answers: [],
  ...over,
});

describe('the tray tooltip line about DNS', () => {
  it('says all published, or names the worst record first', () => {
    const hosts = (a: RecordVerification, mx?: RecordVerification) => [
      {
        label: 'home',
        records: [
          { record: 'A', verification: a },
          { record: 'MX', verification: mx },
        ],
      },
    ];
    expect(summarizeVerifications(hosts(verification({})))).toBe('DNS: all published');
    expect(
      summarizeVerifications(
        hosts(
          verification({ state: 'unknown' }),
          verification({ state: 'drifted', dnsSays: '10 other.example.net' }),
        ),
      ),
    ).toBe('DNS: home MX drifted (DNS says 10 other.example.net)');
    expect(
      summarizeVerifications(hosts(verification({ state: 'drifted', needsAttention: true }))),
    ).toBe('DNS: home A needs attention: something else is writing it');
    expect(summarizeVerifications([{ label: 'home', records: [{ record: 'A' }] }])).toBeNull();
  });

  it('shows it as the tooltip last line', () => {
    expect(
      trayTooltip(view({ dns: 'DNS: all published' }), NOW)
        .split('\n')
        .at(-1),
    ).toBe('DNS: all published');
  });
});
