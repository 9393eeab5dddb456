import { describe, expect, it } from 'vitest';
import type { NameserverAnswer } from '../../../../shared/engine/record-verification.js';
import { judgeRecord } from '../../../../electron/core/verify/judge-record.js';

const NOW = Date.UTC(2026, 0, 5, 12, 0);
const GRACE = 10 * 60_000;
const says = (server: string, ...values: string[]): NameserverAnswer => ({
  server,
  outcome: values.length ? 'answer' : 'no-data',
  values,
  detail: values.join(', ') || 'no A record',
});
const silent = (server: string): NameserverAnswer => ({
  server,
  outcome: 'timeout',
  values: [],
  detail: 'no answer in time over UDP',
});
const judge = (answers: NameserverAnswer[], lastUpdateAt: number | null = NOW - GRACE * 2) =>
  judgeRecord({
    expected: ['203.0.113.10'],
    answers,
    now: NOW,
    lastUpdateAt,
    graceMs: GRACE,
    previous: undefined,
  });

describe('judging one record from every nameserver', () => {
  it('is published when every answering server has the applied value', () => {
    expect(judge([says('a', '203.0.113.10'), silent('b')])).toMatchObject({
      state: 'published',
      lastPublishedAt: new Date(NOW).toISOString(),
      detail: 'every nameserver answers 203.0.113.10 (1 of 2 did not answer)',
    });
  });

  it('is propagating while some disagree within the grace period, drifted after it', () => {
    const answers = [says('a', '203.0.113.10'), says('b')];
    expect(judge(answers, NOW - 60_000).state).toBe('propagating');
    expect(judge(answers)).toMatchObject({
      state: 'drifted',
      dnsSays: 'no such record',
      driftedSince: new Date(NOW).toISOString(),
    });
  });

  it('keeps the time a drift began across checks', () => {
    const first = judge([says('a', '198.51.100.66')]);
    const later = judgeRecord({
      expected: ['203.0.113.10'],
      answers: [says('a', '198.51.100.66')],
      now: NOW + 30 * 60_000,
      lastUpdateAt: null,
      graceMs: GRACE,
      previous: { ...first, needsAttention: false },
    });
    expect(later.driftedSince).toBe(first.driftedSince);
  });

  it('is unknown, with every reason, when no server answers with authority', () => {
    const lame: NameserverAnswer = { server: 'b', outcome: 'lame', values: [], detail: 'lame' };
    expect(judge([silent('a'), lame])).toMatchObject({
      state: 'unknown',
      detail: 'no nameserver answered: a: no answer in time over UDP; b: lame',
      dnsSays: null,
    });
  });
});
