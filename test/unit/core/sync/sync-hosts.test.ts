import { describe, expect, it } from 'vitest';
import { RequestBudget } from '../../../../electron/core/budget/request-budget.js';
import { StabilityGate } from '../../../../electron/core/budget/stability-gate.js';
import type {
  FreednsOperation,
  FreednsResult,
} from '../../../../electron/core/freedns-io/index.js';
import type { Detection } from '../../../../electron/core/public-ip/detect-address.js';
import { syncHosts, type SyncContext } from '../../../../electron/core/sync/sync-hosts.js';
import type { AccountTier, Host } from '../../../../shared/records/desired-records.js';
import { FakeClock } from '../../../support/fake-clock.js';
import { MemoryAppliedRecordStore } from '../../../fakes/memory-applied-record-store.js';
import { MemoryBudgetLedgerStore } from '../../../fakes/memory-budget-ledger-store.js';

const ok: FreednsResult = { kind: 'accepted', message: 'Updated.', noChange: false };

/** A writer that answers from a script and remembers what it was sent. */
class ScriptedWriter {
  sent: FreednsOperation[] = [];
  constructor(public answers: FreednsResult[] = []) {}
  async perform(operation: FreednsOperation): Promise<FreednsResult> {
    this.sent.push(operation);
    return this.answers.shift() ?? ok;
  }
}

const known = (address: string): Detection => ({
  family: 'ipv4',
  state: 'known',
  address,
  agreedBy: ['a', 'b'],
  answers: [],
});
const host: Host = {
  id: 'h1',
  accountId: 'acc',
  label: 'home',
  records: [{ type: 'A', mode: 'follow' }],
  enabled: true,
};

async function setup(tier: AccountTier = 'free', answers: FreednsResult[] = []) {
  const clock = new FakeClock(Date.UTC(2026, 0, 5, 9, 0));
  const writer = new ScriptedWriter(answers);
  const applied = new MemoryAppliedRecordStore();
  const gate = new StabilityGate();
  const ledger = new MemoryBudgetLedgerStore();
  const context = async (): Promise<SyncContext> => ({
    clock,
    budget: await RequestBudget.open(ledger, clock, { hourlyRequests: 50 }),
    gate,
    stableChecks: 2,
    applied,
    tierOf: () => tier,
    writerFor: () => writer,
    fingerprint: (h) => JSON.stringify(h),
    nextCheckAt: clock.now() + 60_000,
  });
  const run = async (address: string, hosts = [host]) => {
    gate.observe('ipv4', address);
    return syncHosts(hosts, { ipv4: known(address) }, await context());
  };
  return { clock, writer, applied, gate, ledger, run };
}

describe('syncHosts', () => {
  it('waits for the second agreeing check before spending a free-tier update, then writes', async () => {
    const { writer, run } = await setup('free');
    const first = await run('198.51.100.7');
    expect(writer.sent).toEqual([]);
    expect(first.awaitingConfirmation).toBe(true);
    expect(first.outcomes[0]!.outcome).toMatchObject({
      kind: 'deferred',
      reason: expect.stringContaining('seen in 1 of 2 checks'),
    });
    const second = await run('198.51.100.7');
    expect(writer.sent).toEqual([
      { op: 'set-address', host: 'home', type: 'A', value: '198.51.100.7' },
    ]);
    expect(second.outcomes[0]!.outcome).toEqual({ kind: 'updated', value: '198.51.100.7' });
  });

  it('writes at once on Premium, and sends nothing once the record matches', async () => {
    const { writer, run } = await setup('premium');
    await run('198.51.100.7');
    const again = await run('198.51.100.7');
    expect(writer.sent).toHaveLength(1);
    expect(again.outcomes[0]!.outcome).toEqual({ kind: 'unchanged', value: '198.51.100.7' });
  });

  it('pauses a host after a fatal rejection until its settings change', async () => {
    const { writer, run } = await setup('premium', [
      {
        kind: 'rejected',
        reason: 'bad-credentials',
        serverMessage: 'Invalid username or password.',
        status: 401,
      },
    ]);
    const refused = await run('198.51.100.7');
    expect(refused.outcomes[0]!.outcome).toEqual({
      kind: 'rejected',
      reason: 'bad-credentials',
      serverMessage: 'Invalid username or password.',
    });
    const paused = await run('198.51.100.7');
    expect(writer.sent).toHaveLength(1);
    expect(paused.outcomes[0]!.outcome).toMatchObject({
      kind: 'deferred',
      until: null,
      reason: expect.stringContaining(
        'paused after freedns.io refused: "Invalid username or password."',
      ),
    });
    // The user moves the host to another account: its settings changed, so it is tried again.
    const changed = await run('198.51.100.7', [{ ...host, accountId: 'acc2' }]);
    expect(writer.sent).toHaveLength(2);
    expect(changed.outcomes[0]!.outcome).toEqual({ kind: 'updated', value: '198.51.100.7' });
  });

  it.each([
    [
      {
        kind: 'rejected',
        reason: 'quota-used',
        serverMessage: 'Daily update quota used.',
        status: 401,
      } as FreednsResult,
      {
        kind: 'deferred',
        until: '2026-01-06T00:00:00.000Z',
        reason: 'quota: freedns.io says "Daily update quota used."; next update after 00:00 UTC',
      },
    ],
    [
      {
        kind: 'rejected',
        reason: 'rate-limited',
        serverMessage: 'Too many requests.',
        status: 401,
      } as FreednsResult,
      {
        kind: 'deferred',
        until: '2026-01-05T10:00:00.000Z',
        reason: 'freedns.io says "Too many requests."',
      },
    ],
    [
      {
        kind: 'rejected',
        reason: 'unrecognised',
        serverMessage: 'Nope.',
        status: 401,
      } as FreednsResult,
      { kind: 'rejected', reason: 'unrecognised', serverMessage: 'Nope.' },
    ],
    [
      {
        kind: 'transient',
        reason: 'timeout',
        detail: 'freedns.io did not answer within 15 s',
      } as FreednsResult,
      { kind: 'failed', reason: 'freedns.io did not answer within 15 s' },
    ],
  ])('ends a refused or failed write in a closed outcome (%j)', async (answer, outcome) => {
    const { run } = await setup('premium', [answer]);
    const report = await run('198.51.100.7');
    expect(report.outcomes[0]!.outcome).toEqual(outcome);
    expect(report.transient).toBe(answer.kind === 'transient');
  });

  it('writes nothing while the address is unknown', async () => {
    const { writer, clock, applied, ledger } = await setup('premium');
    const report = await syncHosts(
      [host],
      {
        ipv4: {
          family: 'ipv4',
          state: 'unknown',
          reason: 'no source gave a usable IPv4 address',
          answers: [],
        },
      },
      {
        clock,
        budget: await RequestBudget.open(ledger, clock, { hourlyRequests: 50 }),
        gate: new StabilityGate(),
        stableChecks: 2,
        applied,
        tierOf: () => 'premium',
        writerFor: () => writer,
        fingerprint: () => '',
        nextCheckAt: clock.now(),
      },
    );
    expect(writer.sent).toEqual([]);
    expect(report.outcomes[0]!.outcome).toMatchObject({
      kind: 'deferred',
      reason: 'IPv4 address unknown (no source gave a usable IPv4 address); nothing is written',
    });
  });

  it('gives the daily update back when freedns.io says nothing changed', async () => {
    const { run, ledger } = await setup('premium', [
      { kind: 'accepted', message: 'No change.', noChange: true },
    ]);
    const report = await run('198.51.100.7');
    expect(report.outcomes[0]!.outcome).toEqual({ kind: 'unchanged', value: '198.51.100.7' });
    expect(ledger.entries.map((entry) => entry.kind)).toEqual(['request']);
  });

  it.each([
    ['accepted with a change', ok, ['update']],
    [
      'a transient failure (it may have been applied)',
      { kind: 'transient', reason: 'reset', detail: 'reset' },
      ['update'],
    ],
    [
      'a refusal',
      { kind: 'rejected', reason: 'unrecognised', serverMessage: 'No.', status: 400 },
      ['request'],
    ],
    [
      'a refusal before sending',
      { kind: 'invalid', field: 'password', message: 'Enter the freedns.io password.' },
      [],
    ],
  ] as [string, FreednsResult, string[]][])(
    'settles the reserved request from %s',
    async (_name, answer, kinds) => {
      const { run, ledger } = await setup('premium', [answer]);
      await run('198.51.100.7');
      expect(ledger.entries.map((entry) => entry.kind)).toEqual(kinds);
    },
  );

  it('sends no Premium-only record from a free account, and still follows the address', async () => {
    const { writer, run } = await setup('free');
    const withTxt: Host = { ...host, records: [...host.records, { type: 'TXT', value: 'hello' }] };
    await run('198.51.100.7', [withTxt]);
    const report = await run('198.51.100.7', [withTxt]);
    expect(writer.sent).toEqual([
      { op: 'set-address', host: 'home', type: 'A', value: '198.51.100.7' },
    ]);
    expect(report.outcomes.find((o) => o.record === 'TXT')!.outcome).toEqual({
      kind: 'failed',
      reason:
        'TXT records need a Premium freedns.io account; nothing was sent. If the account is Premium, set its type to Premium in Settings.',
    });
  });
});
