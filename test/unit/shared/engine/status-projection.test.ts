import { describe, expect, it } from 'vitest';
import type {
  CoreStatus,
  FamilyStatus,
  HostStatus,
} from '../../../../shared/engine/core-status.js';
import type { RecordOutcome } from '../../../../shared/engine/record-outcome.js';
import {
  isQuotaLow,
  projectAddress,
  projectHost,
  projectStatus,
  worstOutcome,
} from '../../../../shared/engine/status-projection.js';

function hostStatus(overrides: Partial<HostStatus> = {}): HostStatus {
  return {
    hostId: 'home',
    label: 'home.example.com',
    records: [
      {
        record: 'A',
        applied: '203.0.113.7',
        outcome: { kind: 'unchanged', value: '203.0.113.7' },
        lastUpdateAt: null,
      },
    ],
    updatesLeftToday: 1,
    dailyLimit: 2,
    pausedReason: null,
    ...overrides,
  };
}

function status(overrides: Partial<CoreStatus> = {}): CoreStatus {
  return {
    overall: 'ok',
    summary: 'All records up to date',
    families: [
      {
        family: 'ipv4',
        state: 'known',
        address: '203.0.113.7',
        detail: '',
        agreedBy: ['a', 'b'],
        answers: [],
        checkedAt: '2026-11-23T09:00:00.000Z',
        doubleNat: null,
      },
      {
        family: 'ipv6',
        state: 'absent',
        address: null,
        detail: 'no global IPv6 address',
        agreedBy: [],
        answers: [],
        checkedAt: '2026-11-23T09:00:00.000Z',
        doubleNat: null,
      },
    ],
    hosts: [hostStatus()],
    nextCheckAt: '2026-11-23T09:01:00.000Z',
    pausedUntil: null,
    requestsInLastHour: 3,
    hourlyRequestBudget: 50,
    ...overrides,
  };
}

describe('tray view from the core status', () => {
  it('carries addresses, next check and each host with its quota', () => {
    expect(projectStatus(status())).toEqual({
      ipv4: { kind: 'known', address: '203.0.113.7' },
      ipv6: { kind: 'absent' },
      busy: false,
      pause: { kind: 'running' },
      nextCheckAt: Date.parse('2026-11-23T09:01:00.000Z'),
      lastCheckAt: Date.parse('2026-11-23T09:00:00.000Z'),
      hosts: [{ name: 'home.example.com', state: 'up-to-date', updatesLeft: 1, updatesPerDay: 2 }],
    });
  });

  it('takes the last check from the family checked most recently, none before the first', () => {
    const [v4, v6] = status().families;
    const later = { ...v6!, checkedAt: '2026-11-23T09:00:30.000Z' };
    expect(projectStatus(status({ families: [v4!, later] })).lastCheckAt).toBe(
      Date.parse('2026-11-23T09:00:30.000Z'),
    );
    const never = status({
      families: [
        { ...v4!, checkedAt: null },
        { ...v6!, checkedAt: null },
      ],
    });
    expect(projectStatus(never).lastCheckAt).toBeNull();
  });

  it('shows a pause with its end, or until resumed', () => {
    expect(
      projectStatus(status({ overall: 'paused', pausedUntil: '2026-11-23T10:00:00.000Z' })).pause,
    ).toEqual({
      kind: 'paused',
      until: Date.parse('2026-11-23T10:00:00.000Z'),
    });
    expect(projectStatus(status({ overall: 'paused' })).pause).toEqual({
      kind: 'paused',
      until: null,
    });
    expect(projectStatus(status({ overall: 'working' })).busy).toBe(true);
  });

  it.each([
    [
      'paused after a fatal rejection',
      hostStatus({ pausedReason: 'Bad credentials: fix the password' }),
      'paused',
      'Bad credentials: fix the password',
    ],
    [
      'rejected by the server',
      hostStatus({
        records: [
          {
            record: 'A',
            applied: null,
            outcome: { kind: 'deferred', until: null, reason: 'quota' },
            lastUpdateAt: null,
          },
          {
            record: 'TXT',
            applied: null,
            outcome: { kind: 'rejected', serverMessage: 'Premium only', reason: 'x' },
            lastUpdateAt: null,
          },
        ],
      }),
      'rejected',
      'Premium only',
    ],
    [
      'failed',
      hostStatus({
        records: [
          {
            record: 'A',
            applied: null,
            outcome: { kind: 'failed', reason: 'timed out after 10 s' },
            lastUpdateAt: null,
          },
        ],
      }),
      'failed',
      'timed out after 10 s',
    ],
    [
      'deferred',
      hostStatus({
        records: [
          {
            record: 'A',
            applied: null,
            outcome: {
              kind: 'deferred',
              until: '2026-11-24T00:00:00.000Z',
              reason: 'quota: next update after 00:00 UTC',
            },
            lastUpdateAt: null,
          },
        ],
      }),
      'deferred',
      'quota: next update after 00:00 UTC',
    ],
  ])('shows a host %s', (_name, host, state, detail) => {
    expect(projectStatus(status({ hosts: [host] })).hosts[0]).toMatchObject({ state, detail });
  });

  it('shows an unknown address with its reason, and a family not checked yet as such', () => {
    const view = projectStatus(
      status({
        families: [
          {
            family: 'ipv4',
            state: 'unknown',
            address: null,
            detail: 'sources disagree',
            agreedBy: [],
            answers: [],
            checkedAt: null,
            doubleNat: null,
          },
          {
            family: 'ipv6',
            state: 'not-checked',
            address: null,
            detail: 'not checked yet',
            agreedBy: [],
            answers: [],
            checkedAt: null,
            doubleNat: null,
          },
        ],
      }),
    );
    expect(view.ipv4).toEqual({ kind: 'unknown', reason: 'sources disagree' });
    expect(view.ipv6).toEqual({ kind: 'not-checked' });
  });

  it('treats a family the user turned off as absent', () => {
    expect(projectStatus(status({ families: [] })).ipv6).toEqual({ kind: 'absent' });
  });
});

const updated: RecordOutcome = { kind: 'updated', value: '203.0.113.7' };
const unchanged: RecordOutcome = { kind: 'unchanged', value: '203.0.113.7' };
const deferred: RecordOutcome = { kind: 'deferred', until: null, reason: 'quota' };
const failed: RecordOutcome = { kind: 'failed', reason: 'timed out after 10 s' };
const rejected: RecordOutcome = { kind: 'rejected', serverMessage: 'Premium only', reason: 'x' };

function withOutcomes(...outcomes: (RecordOutcome | null)[]): HostStatus {
  return hostStatus({
    records: outcomes.map((outcome) => ({
      record: 'A',
      applied: null,
      outcome,
      lastUpdateAt: null,
    })),
  });
}

describe('the worst outcome of a host', () => {
  it.each([
    ['nothing yet', [null], null],
    ['updated and unchanged', [updated, unchanged, null], null],
    ['a deferral beside successes', [updated, deferred], deferred],
    ['a failure over a deferral', [deferred, failed], failed],
    ['a rejection over a failure and a deferral', [deferred, failed, rejected], rejected],
  ] as const)('is %s', (_name, outcomes, worst) => {
    expect(worstOutcome(outcomes)).toEqual(worst);
  });

  it.each([
    ['up to date after an update', [updated], 'up-to-date', undefined],
    ['up to date when unchanged', [unchanged], 'up-to-date', undefined],
    ['up to date before any outcome', [null], 'up-to-date', undefined],
    ['deferred with the reason', [unchanged, deferred], 'deferred', 'quota'],
    ['failed with the reason', [deferred, failed], 'failed', 'timed out after 10 s'],
    ["rejected with the server's words", [failed, rejected], 'rejected', 'Premium only'],
  ] as const)('makes the host line %s', (_name, outcomes, state, detail) => {
    const line = projectHost(withOutcomes(...outcomes));
    expect(line.state).toBe(state);
    expect(line.detail).toBe(detail);
  });

  it('lets a pause after a fatal refusal speak over a rejected record', () => {
    const host = { ...withOutcomes(rejected), pausedReason: 'freedns.io refused: bad password' };
    expect(projectHost(host)).toMatchObject({
      state: 'paused',
      detail: 'freedns.io refused: bad password',
    });
  });

  it('calls a host low on quota at a fifth of its daily updates or fewer', () => {
    const line = (updatesLeft: number, updatesPerDay: number) =>
      isQuotaLow({ name: 'h', state: 'up-to-date', updatesLeft, updatesPerDay });
    expect([line(0, 2), line(1, 2), line(3, 15), line(4, 15)]).toEqual([true, false, true, false]);
  });
});

describe('the address of a family', () => {
  const family = (overrides: Partial<FamilyStatus>): FamilyStatus => ({
    family: 'ipv6',
    state: 'known',
    address: '2001:db8::7',
    detail: '',
    agreedBy: [],
    answers: [],
    checkedAt: null,
    doubleNat: null,
    ...overrides,
  });

  it.each([
    ['known', family({}), { kind: 'known', address: '2001:db8::7' }],
    ['none', family({ state: 'absent', address: null, detail: 'no route' }), { kind: 'absent' }],
    [
      'unknown, with why',
      family({ state: 'unknown', address: null, detail: 'only 1 of 3 sources answered' }),
      { kind: 'unknown', reason: 'only 1 of 3 sources answered' },
    ],
    ['not checked yet', family({ state: 'not-checked', address: null }), { kind: 'not-checked' }],
    ['unknown when "known" lacks the address', family({ address: null }), { kind: 'unknown' }],
    ['none when the family is off', undefined, { kind: 'absent' }],
  ] as const)('is %s', (_name, status, expected) => {
    expect(projectAddress(status)).toEqual(expected);
  });
});
