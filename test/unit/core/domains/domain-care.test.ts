import { describe, expect, it } from 'vitest';
import { CoreEvents } from '../../../../electron/core/core-events.js';
import { DomainCare } from '../../../../electron/core/domains/domain-care.js';
import { createDomainCareStore } from '../../../../electron/core/domains/domain-care-store.js';
import { DomainList } from '../../../../electron/core/domains/domain-list.js';
import { createSummarize } from '../../../../electron/core/domains/domain-summary.js';
import type { FreenomAccountStore } from '../../../../electron/core/domains/freenom-account.js';
import { FreenomSession } from '../../../../electron/core/domains/freenom-session.js';
import { HeadlessSecretStore } from '../../../../electron/core/store/headless-secret-store.js';
import { openMemoryStores } from '../../../../electron/core/store/open-stores.js';
import { FakeClock } from '../../../support/fake-clock.js';

/** An account store whose reads wait until the test lets them go. */
function gatedAccounts() {
  const waiting: (() => void)[] = [];
  let loads = 0;
  const accounts: FreenomAccountStore = {
    load: () => {
      loads += 1;
      return new Promise((resolve) => waiting.push(() => resolve(null)));
    },
    password: async () => null,
    passwordStorage: async () => 'none',
    save: async () => null,
  };
  return { accounts, release: () => waiting.splice(0).forEach((go) => go()), loads: () => loads };
}

function createCare(accounts: FreenomAccountStore, clock: FakeClock) {
  const stores = openMemoryStores(clock, () => new HeadlessSecretStore({}));
  const care = createDomainCareStore(stores, clock);
  const list = new DomainList(clock, care, createSummarize({ freeWindowDays: 14 }));
  return new DomainCare({
    clock,
    events: new CoreEvents(),
    stores,
    accounts,
    care,
    list,
    session: new FreenomSession(accounts, () => {
      throw new Error('no gateway in this test');
    }),
  });
}

describe('background care passes', () => {
  it('runs one more pass when asked again while a pass runs, so a new account is not missed', async () => {
    const gate = gatedAccounts();
    const care = createCare(gate.accounts, new FakeClock());
    const first = care.runOnce();
    const second = care.runOnce();
    expect(second).toBe(first);
    gate.release();
    await Promise.resolve();
    await new Promise((resolve) => setImmediate(resolve));
    gate.release();
    await first;
    expect(gate.loads()).toBe(2);
  });

  it('does nothing without a connected account and waits six hours for the next pass', async () => {
    const clock = new FakeClock();
    let loads = 0;
    const accounts: FreenomAccountStore = {
      load: async () => ((loads += 1), null),
      password: async () => null,
      passwordStorage: async () => 'none',
      save: async () => null,
    };
    const care = createCare(accounts, clock);
    care.start();
    await clock.advance(0);
    expect(loads).toBe(1);
    await clock.advance(6 * 3_600_000 - 1);
    expect(loads).toBe(1);
    await clock.advance(1);
    expect(loads).toBe(2);
    care.stop();
    await clock.advance(12 * 3_600_000);
    expect(loads).toBe(2);
  });
});
