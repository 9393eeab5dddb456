import { describe, expect, it } from 'vitest';
import {
  AutoRenewer,
  MemoryAutoRenewLedger,
  MemoryDomainHistory,
  FreenomCallError,
  type RenewingAccount,
} from '../../../../electron/core/domains/index.js';
import type { OrderResult } from '../../../../shared/contract/domain-channels.js';
import type { FreenomError } from '../../../../electron/core/freenom/index.js';
import { FakeClock } from '../../../support/fake-clock.js';

const EXPIRY = '20260120';
const IN_WINDOW = Date.UTC(2026, 0, 12);

/** An answer the gateway returns, or the Freenom failure it throws. */
type Answer = OrderResult | FreenomError;

function client(answers: Answer[]) {
  const renewals: string[] = [];
  const fake: RenewingAccount = {
    async listDomains() {
      return [
        {
          domain: 'home.tk',
          type: 'FREE',
          status: 'ACTIVE',
          registrationDate: null,
          expirationDate: '2026-01-20',
          autoRenew: null,
        },
      ];
    },
    async renew(domain) {
      renewals.push(domain);
      const answer = answers.shift() ?? { kind: 'transport', reason: 'reset', message: 'gone' };
      if ('kind' in answer) throw new FreenomCallError(answer);
      return answer;
    },
  };
  return { fake, renewals };
}

const notAvailable: OrderResult = {
  domain: 'home.tk',
  type: 'FREE',
  status: 'NOT AVAILABLE',
  period: '',
  expirationDate: null,
  currency: '',
  retailPrice: '',
};

describe('auto-renewer', () => {
  it('tries a refused renewal at most three times in one window and records each refusal', async () => {
    const clock = new FakeClock(IN_WINDOW);
    const { fake, renewals } = client([notAvailable, notAvailable, notAvailable, notAvailable]);
    const history = new MemoryDomainHistory();
    const renewer = new AutoRenewer({
      account: fake,
      ledger: new MemoryAutoRenewLedger(),
      history,
      clock,
      isEnabled: () => true,
    });
    for (let i = 0; i < 5; i += 1) await renewer.runOnce();
    expect(renewals).toEqual(['home.tk', 'home.tk', 'home.tk']);
    expect(history.entries.map((e) => [e.outcome, e.message])).toEqual(
      Array(3).fill(['refused', 'Freenom did not renew home.tk (NOT AVAILABLE).']),
    );
  });

  it("records Freenom's own text when it refuses with an error", async () => {
    const clock = new FakeClock(IN_WINDOW);
    const { fake } = client([{ kind: 'api', code: 'rejected', message: 'Invalid period' }]);
    const history = new MemoryDomainHistory();
    const run = await new AutoRenewer({
      account: fake,
      ledger: new MemoryAutoRenewLedger(),
      history,
      clock,
      isEnabled: () => true,
    }).runOnce();
    expect(run.problems).toEqual(['Auto-renew of home.tk failed: Freenom said: Invalid period']);
    expect(history.entries[0]).toMatchObject({
      outcome: 'refused',
      domain: 'home.tk',
      previousExpiry: EXPIRY,
      action: 'auto-renew',
    });
  });

  it('runs on its own every interval once started, and not after stop', async () => {
    const clock = new FakeClock(Date.UTC(2025, 11, 1));
    const { fake, renewals } = client([]);
    let runs = 0;
    const counting: RenewingAccount = {
      ...fake,
      listDomains: () => ((runs += 1), fake.listDomains()),
    };
    const renewer = new AutoRenewer({
      account: counting,
      ledger: new MemoryAutoRenewLedger(),
      history: new MemoryDomainHistory(),
      clock,
      isEnabled: () => true,
      intervalMs: 3_600_000,
    });
    renewer.start();
    await clock.advance(3 * 3_600_000);
    expect(runs).toBe(4);
    renewer.stop();
    await clock.advance(5 * 3_600_000);
    expect(runs).toBe(4);
    expect(renewals).toEqual([]); // December 2025 is outside the January window
    expect(clock.pendingTimers).toBe(0);
  });
});
