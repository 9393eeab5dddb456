import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createDomainCareStore,
  DOMAIN_CARE_FILE,
} from '../../../../electron/core/domains/domain-care-store.js';
import type { Stores } from '../../../../electron/core/store/open-stores.js';
import { StartupNotices } from '../../../../electron/core/store/startup-notices.js';
import { FakeClock } from '../../../support/fake-clock.js';

let folder: string;
const clock = new FakeClock(Date.UTC(2026, 10, 23));
const open = () =>
  createDomainCareStore({ folder, notices: new StartupNotices(clock) } as Stores, clock);

beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'dnstray-care-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('the domain-care file', () => {
  it('keeps switches, ledger and reminders across restarts', async () => {
    const first = open();
    await first.set('Lab.GA', true);
    await first.ledger.put('lab.ga@20270611', {
      state: 'renewed',
      window: '20270611',
      at: 1,
      newExpiry: '20280611',
    });
    expect(await first.firstReminder('lab.ga@20270611', 5)).toBe(true);
    const again = open();
    expect(again.get('lab.ga')).toBe(true);
    expect(again.enabled()).toEqual(['lab.ga']);
    expect(await again.ledger.get('lab.ga@20270611')).toMatchObject({
      state: 'renewed',
      window: '20270611',
    });
    expect(await again.firstReminder('lab.ga@20270611', 6)).toBe(false);
  });

  it('keeps the user’s switches when another part of the file is damaged, and says so', () => {
    writeFileSync(
      path.join(folder, DOMAIN_CARE_FILE),
      JSON.stringify({ version: 1, domains: { 'a.tk': true }, ledger: { x: { state: 'bogus' } } }),
    );
    const notices = new StartupNotices(clock);
    const care = createDomainCareStore({ folder, notices } as Stores, clock);
    expect(care.enabled()).toEqual(['a.tk']);
    expect(JSON.stringify(notices.list())).toContain('domain-care.json');
    const files = readdirSync(folder);
    expect(files.some((f) => f.startsWith('domain-care.corrupt-'))).toBe(true);
    expect(JSON.parse(readFileSync(path.join(folder, DOMAIN_CARE_FILE), 'utf8'))).toMatchObject({
      domains: { 'a.tk': true },
      ledger: {},
    });
  });
});
