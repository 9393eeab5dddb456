import { describe, expect, it } from 'vitest';
import type { CoreStatus, HostStatus } from '../../../../shared/engine/core-status.js';
import { trayViewFromStatus } from '../../../../electron/main/tray/tray-view-from-status.js';

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
    expect(trayViewFromStatus(status())).toEqual({
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
    expect(trayViewFromStatus(status({ families: [v4!, later] })).lastCheckAt).toBe(
      Date.parse('2026-11-23T09:00:30.000Z'),
    );
    const never = status({
      families: [
        { ...v4!, checkedAt: null },
        { ...v6!, checkedAt: null },
      ],
    });
    expect(trayViewFromStatus(never).lastCheckAt).toBeNull();
  });

  it('shows a pause with its end, or until resumed', () => {
    expect(
      trayViewFromStatus(status({ overall: 'paused', pausedUntil: '2026-11-23T10:00:00.000Z' }))
        .pause,
    ).toEqual({
      kind: 'paused',
      until: Date.parse('2026-11-23T10:00:00.000Z'),
    });
    expect(trayViewFromStatus(status({ overall: 'paused' })).pause).toEqual({
      kind: 'paused',
      until: null,
    });
    expect(trayViewFromStatus(status({ overall: 'working' })).busy).toBe(true);
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
    expect(trayViewFromStatus(status({ hosts: [host] })).hosts[0]).toMatchObject({ state, detail });
  });

  it('shows an unknown address with its reason, and a family not checked yet as such', () => {
    const view = trayViewFromStatus(
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
    expect(trayViewFromStatus(status({ families: [] })).ipv6).toEqual({ kind: 'absent' });
  });
});
