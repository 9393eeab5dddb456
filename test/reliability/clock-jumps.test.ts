import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBudgetLedgerStore } from '../../electron/core/budget/file-budget-ledger-store.js';
import {
  RequestBudget,
  type BudgetLedgerStore,
} from '../../electron/core/budget/request-budget.js';
import { diskDocument } from '../../electron/core/store/document-file.js';
import { StartupNotices } from '../../electron/core/store/startup-notices.js';
import { FakeClock } from '../support/fake-clock.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const FREE_DAILY = 2;
let folder: string;
let ledger: BudgetLedgerStore;
let clock: FakeClock;

beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'dnstray-clock-'));
  clock = new FakeClock(Date.UTC(2026, 10, 23, 10));
  ledger = openBudgetLedgerStore(diskDocument(folder, 'engine-ledger.json'), {
    clock,
    notices: new StartupNotices(clock),
    hosts: () => [],
  });
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** Spends an update if the budget admits it; returns whether it did. */
async function tryUpdate(budget: RequestBudget, host = 'h1'): Promise<boolean> {
  if (!budget.admit(host, FREE_DAILY).admitted) return false;
  await budget.recordRequest(host);
  return true;
}

describe('the budget when the clock jumps', () => {
  it('keeps the hourly request budget after the clock jumps back an hour', async () => {
    const budget = await RequestBudget.open(ledger, clock, { hourlyRequests: 3 });
    for (const host of ['a', 'b', 'c']) expect(await tryUpdate(budget, host)).toBe(true);
    clock.jump(-HOUR);
    const admission = budget.admit('d', FREE_DAILY);
    expect(admission).toMatchObject({ admitted: false });
    expect(!admission.admitted && admission.reason).toMatch(/request budget/);
  });

  it('keeps the day’s update limit after the clock jumps back within the day', async () => {
    const budget = await RequestBudget.open(ledger, clock, { hourlyRequests: 50 });
    expect(await tryUpdate(budget)).toBe(true);
    expect(await tryUpdate(budget)).toBe(true);
    clock.jump(-5 * HOUR);
    expect(await tryUpdate(budget)).toBe(false);
  });

  it('never spends more than the daily limit on the real day after a jump two days ahead and back', async () => {
    const budget = await RequestBudget.open(ledger, clock, { hourlyRequests: 50 });
    expect(await tryUpdate(budget)).toBe(true);
    expect(await tryUpdate(budget)).toBe(true);
    clock.jump(2 * DAY); // a wrong clock (e.g. a dead RTC battery fixed by NTP later)
    await tryUpdate(budget);
    clock.jump(-2 * DAY); // NTP puts it right
    let spentToday = 2;
    for (let i = 0; i < 3; i++) if (await tryUpdate(budget)) spentToday += 1;
    expect(spentToday).toBeLessThanOrEqual(FREE_DAILY);
  });

  it('opens a new day after a jump forward past midnight, and keeps the ledger across a restart', async () => {
    const budget = await RequestBudget.open(ledger, clock, { hourlyRequests: 50 });
    expect(await tryUpdate(budget)).toBe(true);
    expect(await tryUpdate(budget)).toBe(true);
    clock.jump(15 * HOUR); // 01:00 UTC the next day
    expect(await tryUpdate(budget)).toBe(true);
    const reopened = await RequestBudget.open(ledger, clock, { hourlyRequests: 50 });
    expect(reopened.updatesToday('h1')).toBe(1);
    expect(reopened.requestsInLastHour()).toBe(1);
  });
});
