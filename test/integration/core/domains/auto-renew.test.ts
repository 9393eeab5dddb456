import { afterEach, describe, expect, it } from 'vitest';
import {
  AutoRenewer,
  MemoryAutoRenewLedger,
  MemoryDomainHistory,
  createClientGateway,
  DomainList,
  parseFreenomDate,
  renewingAccount,
} from '../../../../electron/core/domains/index.js';
import { createSummarize } from '../../../../electron/core/domains/domain-summary.js';
import {
  addMonthsUtc,
  InstantClock,
  startFixture,
  type Fixture,
} from '../../freenom/freenom-fixture.js';

const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 10, 3);
const ymd = (ms: number) => new Date(ms).toISOString().slice(0, 10).replaceAll('-', '');

const SEED = {
  accounts: [
    {
      email: 'demo@example.com',
      password: 'demo',
      domains: [
        {
          domainname: 'alpha.tk',
          domaintype: 'FREE',
          expires: ymd(START + 5 * DAY),
          forward_url: 'https://a.example/',
        },
        {
          domainname: 'beta.ml',
          domaintype: 'FREE',
          expires: ymd(START + 40 * DAY),
          forward_url: 'https://b.example/',
        },
        {
          domainname: 'gamma.ga',
          domaintype: 'FREE',
          expires: ymd(START + 95 * DAY),
          forward_url: 'https://c.example/',
        },
        {
          domainname: 'paid.tk',
          domaintype: 'PAID',
          expires: ymd(START + 3 * DAY),
          forward_url: 'https://p.example/',
        },
        {
          domainname: 'gone.cf',
          domaintype: 'FREE',
          expires: ymd(START + 2 * DAY),
          status: 'CANCELLED',
          forward_url: 'https://g.example/',
        },
      ],
    },
  ],
  prices: { currency: 'EUR', tlds: { tk: { '1Y': { retail: '10.00', partner: '8.50' } } } },
};
const FREE = ['alpha.tk', 'beta.ml', 'gamma.ga'];

/** Renewal windows a domain expiring at `first` goes through up to `end`, renewing by 3 months. */
function windowsUntil(first: number, end: number, startDaysBefore: number): number[] {
  const expiries: number[] = [];
  for (let e = first; e - startDaysBefore * DAY <= end; e = addMonthsUtc(e, 3)) expiries.push(e);
  return expiries;
}

describe('auto-renew of free domains over 400 simulated days', () => {
  let fx: Fixture;
  afterEach(() => fx.emulator.close());

  async function setup(options: { enabled?: boolean; clientRetries?: number[] } = {}) {
    const clock = new InstantClock(START);
    fx = await startFixture({ seed: SEED, clock });
    const client = fx.client({
      clock,
      retry: { readDelaysMs: options.clientRetries ?? [1, 1], resendWindowMs: 25_000 },
    });
    const ledger = new MemoryAutoRenewLedger();
    const history = new MemoryDomainHistory();
    // Auto-renew reads and renews through the same gateway and list as the Domains window.
    const flags = { get: () => undefined, set: async () => {} };
    const list = new DomainList(clock, flags, createSummarize({ freeWindowDays: 14 }));
    const make = () =>
      new AutoRenewer({
        account: renewingAccount(createClientGateway(client), list),
        ledger,
        history,
        clock,
        isEnabled: () => options.enabled ?? true,
        period: '3M',
        startDaysBefore: 13,
      });
    return { clock, client, ledger, history, make };
  }

  it('renews each free domain exactly once per window, never outside it, across repeats and a restart', async () => {
    const { clock, history, make } = await setup();
    let renewer = make();
    for (let day = 0; day <= 400; day += 1) {
      clock.t = START + day * DAY + 3_600_000;
      if (day === 200) renewer = make(); // a restart: new process, same ledger
      await Promise.all([renewer.runOnce(), renewer.runOnce()]); // a repeat joins the running pass
      if (day % 5 === 0) await renewer.runOnce(); // a later pass finds nothing left to do
    }
    const end = START + 400 * DAY;
    const renewed = history.entries.filter((e) => e.outcome === 'renewed');
    expect(history.entries.filter((e) => e.outcome !== 'renewed')).toEqual([]);
    for (const name of FREE) {
      const seeded = SEED.accounts[0]!.domains.find((d) => d.domainname === name)!;
      const first = parseFreenomDate(seeded.expires)!;
      const expected = windowsUntil(first, end, 13).map(ymd);
      const mine = renewed.filter((e) => e.domain === name);
      expect(mine.map((e) => e.previousExpiry)).toEqual(expected);
      for (const entry of mine) {
        const expiry = parseFreenomDate(entry.previousExpiry)!;
        expect(entry.at).toBeGreaterThanOrEqual(expiry - 14 * DAY);
        expect(entry.at).toBeLessThan(expiry + DAY);
        expect(entry.newExpiry).toBe(ymd(addMonthsUtc(expiry, 3)));
      }
    }
    const state = await fx.state();
    expect(state.executions['domain/renew']).toBe(renewed.length);
    const paid = state.accounts[0]!.domains.find((d) => d.domainname === 'paid.tk')!;
    expect(paid.expirationdate).toBe(ymd(START + 3 * DAY));
  });

  it('renews nothing while the user has not enabled it', async () => {
    const { clock, history, make } = await setup({ enabled: false });
    const renewer = make();
    for (let day = 0; day <= 400; day += 1) {
      clock.t = START + day * DAY;
      expect((await renewer.runOnce()).ran).toBe(false);
    }
    expect(history.entries).toEqual([]);
    expect((await fx.state()).executions).toEqual({});
  });

  it('after a lost answer and a restart, looks at the listed expiry instead of renewing it twice', async () => {
    const { clock, history, ledger, make } = await setup({ clientRetries: [] });
    clock.t = START + DAY; // alpha.tk is in its window
    // The list request takes a harmless fault; the renew request after it loses its answer.
    await fx.fault({ kind: 'delay', ms: 0 }, 1);
    await fx.fault({ kind: 'resetAfterProcessing' }, 1);
    const first = await make().runOnce();
    expect(first.problems[0]).toMatch(
      /^Auto-renew of alpha\.tk failed: Freenom did not confirm domain\/renew/,
    );
    expect(await ledger.get('alpha.tk')).toMatchObject({
      state: 'started',
      window: ymd(START + 5 * DAY),
    });
    clock.t += 6 * 3_600_000;
    const second = await make().runOnce(); // a new process with the same ledger
    expect(second.renewed).toEqual(['alpha.tk']);
    expect((await fx.state()).executions['domain/renew']).toBe(1);
    expect(history.entries.map((e) => e.outcome)).toEqual(['unconfirmed', 'renewed']);
    expect(history.entries[1]!.message).toMatch(/confirmed after an interrupted renewal/);
  });
});
