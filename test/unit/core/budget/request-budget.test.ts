import { afterEach, describe, expect, it } from 'vitest';
import { RequestBudget } from '../../../../electron/core/budget/request-budget.js';
import { FakeClock } from '../../../support/fake-clock.js';
import { MemoryBudgetLedgerStore } from '../../../fakes/memory-budget-ledger-store.js';

const MINUTE = 60_000;
const start = Date.UTC(2026, 0, 5, 10, 0);

const savedTz = process.env.TZ;
afterEach(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

async function open(clock: FakeClock, store = new MemoryBudgetLedgerStore(), hourlyRequests = 50) {
  return { store, budget: await RequestBudget.open(store, clock, { hourlyRequests }) };
}

describe('RequestBudget', () => {
  it('defers the third update of the day on a free account and says when it can run', async () => {
    const clock = new FakeClock(start);
    const { budget } = await open(clock);
    for (let i = 0; i < 2; i += 1) {
      expect(budget.admit('home', 2)).toEqual({ admitted: true });
      await budget.recordRequest('home');
    }
    expect(budget.admit('home', 2)).toEqual({
      admitted: false,
      until: Date.UTC(2026, 0, 6),
      reason: 'quota: 2 updates per day used; next update after 00:00 UTC',
    });
    expect(budget.admit('other', 2)).toEqual({ admitted: true });
    clock.jump(14 * 60 * MINUTE);
    expect(budget.admit('home', 2)).toEqual({ admitted: true });
  });

  it('allows a Premium host 15 updates a day', async () => {
    const clock = new FakeClock(start);
    const { budget } = await open(clock);
    for (let i = 0; i < 15; i += 1) {
      expect(budget.admit('home', 15).admitted).toBe(true);
      await budget.recordRequest('home');
      clock.jump(MINUTE * 5);
    }
    expect(budget.admit('home', 15).admitted).toBe(false);
  });

  it('never allows more requests than the budget in any sliding hour, across hosts', async () => {
    process.env.TZ = 'Europe/Berlin'; // the reason says when in local time
    const clock = new FakeClock(start);
    const { budget } = await open(clock, undefined, 3);
    for (const host of ['a', 'b', 'c']) {
      await budget.recordRequest(host);
      clock.jump(10 * MINUTE);
    }
    const admission = budget.admit('d', 15);
    expect(admission).toEqual({
      admitted: false,
      until: start + 60 * MINUTE,
      reason: 'request budget: 3 requests in the last hour; next after 12:00',
    });
    clock.jump(30 * MINUTE);
    expect(budget.admit('d', 15)).toEqual({ admitted: true });
  });

  it('keeps what was recorded before a crash: a restarted budget still counts the unsettled request', async () => {
    const clock = new FakeClock(start);
    const { store, budget } = await open(clock);
    await budget.recordRequest('home');
    await budget.recordRequest('home');
    // the process dies here, before hearing back
    const { budget: restarted } = await open(clock, store);
    expect(restarted.updatesToday('home')).toBe(2);
    expect(restarted.admit('home', 2).admitted).toBe(false);
  });

  it('gives back the daily update (not the hourly request) when the server changed nothing', async () => {
    const clock = new FakeClock(start);
    const { budget } = await open(clock);
    const id = await budget.recordRequest('home');
    await budget.settleAsNoUpdate(id);
    expect(budget.updatesToday('home')).toBe(0);
    expect(budget.requestsInLastHour()).toBe(1);
  });

  it('believes freedns.io when it says the quota is used, until midnight UTC', async () => {
    const clock = new FakeClock(start);
    const { budget } = await open(clock);
    await budget.recordQuotaUsed('home');
    expect(budget.admit('home', 15)).toMatchObject({
      admitted: false,
      until: Date.UTC(2026, 0, 6),
    });
  });

  it('stops all requests for an hour when freedns.io says to slow down', async () => {
    const clock = new FakeClock(start);
    const { budget } = await open(clock);
    await budget.recordRateLimited();
    expect(budget.admit('any', 15)).toMatchObject({ admitted: false, until: start + 60 * MINUTE });
  });
});
