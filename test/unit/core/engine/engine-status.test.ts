import { describe, expect, it } from 'vitest';
import {
  buildCoreStatus,
  type StatusInput,
} from '../../../../electron/core/engine/engine-status.js';
import type { Detection } from '../../../../electron/core/public-ip/detect-address.js';
import type { RecordOutcome } from '../../../../shared/engine/record-outcome.js';
import type { Host } from '../../../../shared/records/desired-records.js';

const NOW = Date.UTC(2026, 10, 23, 9, 0);
const host = (id: string): Host => ({
  id,
  accountId: 'acc',
  label: id,
  enabled: true,
  records: [{ type: 'A', mode: 'follow' }],
});
const known: Detection = {
  family: 'ipv4',
  state: 'known',
  address: '203.0.113.7',
  agreedBy: ['alpha', 'bravo'],
  answers: [],
};

function input(overrides: Partial<StatusInput> = {}): StatusInput {
  return {
    families: ['ipv4'],
    detections: { ipv4: { detection: known, at: NOW } },
    hosts: [host('home'), host('office')],
    applied: new Map(),
    outcomes: new Map(),
    updatesToday: () => 0,
    dailyLimit: () => 2,
    nextCheckAt: null,
    paused: null,
    working: false,
    requestsInLastHour: 0,
    hourlyRequestBudget: 50,
    now: NOW,
    ...overrides,
  };
}
const outcomes = (byHost: Record<string, RecordOutcome>) =>
  new Map(Object.entries(byHost).map(([id, outcome]) => [id, new Map([['A' as const, outcome]])]));

const deferred: RecordOutcome = { kind: 'deferred', until: null, reason: 'quota: after 00:00 UTC' };
const failed: RecordOutcome = { kind: 'failed', reason: 'timed out' };

describe('the overall status line', () => {
  it('is ok when every host is up to date, and says there are no hosts when none', () => {
    const done = outcomes({ home: { kind: 'unchanged', value: '203.0.113.7' } });
    expect(buildCoreStatus(input({ outcomes: done }))).toMatchObject({
      overall: 'ok',
      summary: 'All records are up to date.',
    });
    expect(buildCoreStatus(input({ hosts: [] })).summary).toBe('No hosts yet.');
  });

  it('says which deferral keeps a host waiting', () => {
    const status = buildCoreStatus(input({ outcomes: outcomes({ office: deferred }) }));
    expect(status).toMatchObject({ overall: 'attention', summary: 'quota: after 00:00 UTC' });
  });

  it('puts a failure on any host over a deferral on another', () => {
    const status = buildCoreStatus(
      input({ outcomes: outcomes({ home: deferred, office: failed }) }),
    );
    expect(status).toMatchObject({
      overall: 'error',
      summary: 'An update failed; see the host for details.',
    });
  });

  it('names the host a fatal refusal paused, over failures elsewhere', () => {
    const paused = { fingerprint: 'f', reason: 'auth', serverMessage: 'bad password', at: NOW };
    const status = buildCoreStatus(
      input({
        outcomes: outcomes({ home: failed }),
        applied: new Map([['office', { records: {}, lastUpdateAt: {}, paused }]]),
      }),
    );
    expect(status).toMatchObject({
      overall: 'error',
      summary: 'office: freedns.io refused: bad password',
    });
  });

  it('says which family is unknown and why, before a deferral', () => {
    const unknown: Detection = {
      family: 'ipv4',
      state: 'unknown',
      reason: 'sources disagree',
      answers: [],
    };
    const status = buildCoreStatus(
      input({
        detections: { ipv4: { detection: unknown, at: NOW } },
        outcomes: outcomes({ home: deferred }),
      }),
    );
    expect(status).toMatchObject({
      overall: 'attention',
      summary: 'IPv4 address unknown: sources disagree',
    });
  });
});
