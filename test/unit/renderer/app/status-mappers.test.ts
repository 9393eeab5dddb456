import { describe, expect, it } from 'vitest';
import type { CoreStatus, FamilyStatus } from '../../../../shared/engine/core-status.js';
import type { Host } from '../../../../shared/records/desired-records.js';
import {
  summarizeAddresses,
  toFamilyCheckViews,
  toHostStatusViews,
} from '../../../../renderer/src/app/status-mappers.js';

const ipv4 = (address: string | null): FamilyStatus => ({
  family: 'ipv4',
  state: address ? 'known' : 'unknown',
  address,
  detail: address ? '' : 'only 1 of 3 sources answered',
  agreedBy: [],
  answers: [],
  checkedAt: null,
  doubleNat: null,
});

const host: Host = {
  id: 'demo-home',
  accountId: 'demo',
  label: 'home',
  enabled: true,
  records: [
    { type: 'A', mode: 'follow' },
    { type: 'AAAA', mode: 'fixed', value: '2001:db8::1' },
  ],
};

function status(
  records: CoreStatus['hosts'][number]['records'],
  family = ipv4('203.0.113.5'),
): CoreStatus {
  return {
    overall: 'ok',
    summary: '',
    families: [family],
    hosts: [
      {
        hostId: 'demo-home',
        label: 'home',
        records,
        updatesLeftToday: 1,
        dailyLimit: 2,
        pausedReason: null,
      },
    ],
    nextCheckAt: null,
    pausedUntil: null,
    requestsInLastHour: 0,
    hourlyRequestBudget: 50,
  };
}

const view = (s: CoreStatus | null) => toHostStatusViews([host], [], s)[0]!;

describe('status for the Hosts window', () => {
  it('is pending for every record before the engine reported anything', () => {
    const result = view(null);
    expect(result.records.map((r) => r.state.kind)).toEqual(['pending', 'pending']);
    expect(result).toMatchObject({ updatesLeftToday: null, dailyLimit: 2, lastUpdate: null });
  });

  it("takes the daily limit from the account's tier until the engine reports one", () => {
    const premium = [{ id: 'demo', tier: 'premium' as const }];
    expect(toHostStatusViews([host], premium, null)[0]!.dailyLimit).toBe(15);
    const other = [{ id: 'someone-else', tier: 'premium' as const }];
    expect(toHostStatusViews([host], other, null)[0]!.dailyLimit).toBe(2);
  });

  it.each([
    [
      { kind: 'updated', value: '203.0.113.5' } as const,
      '203.0.113.5',
      { kind: 'in-sync', value: '203.0.113.5' },
    ],
    [
      { kind: 'updated', value: '203.0.113.4' } as const,
      '203.0.113.4',
      { kind: 'pending', reason: 'the public address is now 203.0.113.5' },
    ],
    [
      {
        kind: 'deferred',
        until: '2026-11-24T00:00:00.000Z',
        reason: 'quota: next update after 00:00 UTC',
      } as const,
      null,
      {
        kind: 'deferred',
        until: '2026-11-24T00:00:00.000Z',
        reason: 'quota: next update after 00:00 UTC',
      },
    ],
    [
      {
        kind: 'rejected',
        serverMessage: 'Invalid username or password.',
        reason: 'bad credentials',
      } as const,
      null,
      { kind: 'rejected', message: 'Invalid username or password.' },
    ],
    [
      { kind: 'failed', reason: 'timed out after 5 s' } as const,
      null,
      { kind: 'failed', reason: 'timed out after 5 s' },
    ],
  ])('maps the outcome %o to what the badge says', (outcome, applied, expected) => {
    const result = view(
      status([{ record: 'A', applied, outcome, lastUpdateAt: '2026-11-23T10:00:00.000Z' }]),
    );
    expect(result.records[0]!.state).toMatchObject(expected);
    expect(result.lastUpdate).toBe('2026-11-23T10:00:00.000Z');
  });

  it('says a host switched off in its settings is paused, whatever its last outcome', () => {
    const off = toHostStatusViews(
      [{ ...host, enabled: false }],
      [],
      status([
        {
          record: 'A',
          applied: null,
          outcome: { kind: 'failed', reason: 'x' },
          lastUpdateAt: null,
        },
      ]),
    )[0]!;
    expect(off.records.map((r) => r.state)).toEqual([
      { kind: 'paused', reason: 'updates are switched off for this host' },
      { kind: 'paused', reason: 'updates are switched off for this host' },
    ]);
  });

  it('summarises known and unknown addresses with the reason', () => {
    expect(summarizeAddresses(status([]))).toBe('IPv4 203.0.113.5');
    expect(summarizeAddresses(status([], ipv4(null)))).toBe(
      'IPv4 unknown (only 1 of 3 sources answered)',
    );
  });

  it('names a source that answered another address beside the agreed one', () => {
    const answer = (sourceId: string, detail: string) => ({
      sourceId,
      sourceName: sourceId.toUpperCase(),
      kind: 'echo' as const,
      outcome: 'address' as const,
      detail,
      latencyMs: 5,
    });
    const family: FamilyStatus = {
      ...ipv4('203.0.113.5'),
      agreedBy: ['alpha', 'charlie'],
      answers: [
        answer('alpha', '203.0.113.5'),
        answer('bravo', '93.184.216.34'),
        answer('charlie', '203.0.113.5'),
      ],
    };
    expect(summarizeAddresses(status([], family))).toBe(
      'IPv4 203.0.113.5 (agreed ALPHA, CHARLIE; BRAVO answered 93.184.216.34)',
    );
  });

  it('shows a lying source in the doctor as disagreeing, with its answer and latency', () => {
    const [family] = toFamilyCheckViews({
      families: [
        {
          family: 'ipv4',
          state: 'known',
          address: '203.0.113.5',
          detail: '',
          answers: [
            {
              sourceId: 'a',
              sourceName: 'alpha',
              kind: 'echo',
              outcome: 'address',
              detail: '203.0.113.5',
              latencyMs: 12,
              agrees: true,
            },
            {
              sourceId: 'b',
              sourceName: 'bravo',
              kind: 'echo',
              outcome: 'address',
              detail: '198.51.100.66',
              latencyMs: 30,
              agrees: false,
            },
            {
              sourceId: 'c',
              sourceName: 'charlie',
              kind: 'echo',
              outcome: 'error',
              detail: 'HTTP 500',
              latencyMs: 4,
              agrees: false,
            },
          ],
        },
      ],
    });
    expect(family!.accepted).toBe('203.0.113.5');
    expect(family!.sources).toEqual([
      {
        family: 'ipv4',
        source: 'alpha',
        answer: '203.0.113.5',
        error: null,
        latencyMs: 12,
        agreed: true,
      },
      {
        family: 'ipv4',
        source: 'bravo',
        answer: '198.51.100.66',
        error: null,
        latencyMs: 30,
        agreed: false,
      },
      {
        family: 'ipv4',
        source: 'charlie',
        answer: null,
        error: 'HTTP 500',
        latencyMs: 4,
        agreed: false,
      },
    ]);
  });
});
