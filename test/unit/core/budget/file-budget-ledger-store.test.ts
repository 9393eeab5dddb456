import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBudgetLedgerStore } from '../../../../electron/core/budget/file-budget-ledger-store.js';
import { RequestBudget } from '../../../../electron/core/budget/request-budget.js';
import { diskDocument } from '../../../../electron/core/store/document-file.js';
import { StartupNotices } from '../../../../electron/core/store/startup-notices.js';
import { FakeClock } from '../../../support/fake-clock.js';

const START = Date.UTC(2026, 0, 5, 10, 0);
const MIDNIGHT = Date.UTC(2026, 0, 6, 0, 0);
const HOSTS = [
  { hostId: 'free-host', dailyLimit: 2 },
  { hostId: 'premium-host', dailyLimit: 15 },
];

let folder: string;
let clock: FakeClock;
let notices: StartupNotices;
beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'dnstray-ledger-'));
  clock = new FakeClock(START);
  notices = new StartupNotices(clock);
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const ledgerPath = () => path.join(folder, 'engine-ledger.json');
const open = () =>
  openBudgetLedgerStore(diskDocument(folder, 'engine-ledger.json'), {
    clock,
    notices,
    hosts: () => HOSTS,
  });
const budget = (hourlyRequests = 50) => RequestBudget.open(open(), clock, { hourlyRequests });

describe('the ledger file', () => {
  it('survives a restart, written whole with owner-only permissions', async () => {
    await (await budget()).recordRequest('free-host');
    expect((await budget()).updatesToday('free-host')).toBe(1);
    expect(statSync(ledgerPath()).mode & 0o777).toBe(0o600);
    expect(notices.list()).toEqual([]);
  });

  it('starts empty, without a notice, when there is no file yet', async () => {
    expect((await budget()).admit('free-host', 2)).toEqual({ admitted: true });
    expect(notices.list()).toEqual([]);
  });
});

const DAMAGED: { name: string; bytes: Buffer; reason: RegExp }[] = [
  {
    name: 'truncated',
    bytes: Buffer.from('{"version":1,"entries":[{"id":1,'),
    reason: /not valid JSON/,
  },
  { name: 'not JSON', bytes: Buffer.from('<html>ledger</html>'), reason: /not valid JSON/ },
  { name: 'binary', bytes: Buffer.from([0, 159, 146, 150, 255]), reason: /binary/ },
  { name: 'empty', bytes: Buffer.alloc(0), reason: /empty/ },
  {
    name: 'of the wrong schema',
    bytes: Buffer.from('{"version":1,"entries":[{"id":"one","at":0,"hostId":"h","kind":"x"}]}'),
    reason: /not hold a valid request ledger \(at entries\.0\.id\)/,
  },
  {
    name: 'of another version',
    bytes: Buffer.from('{"version":7,"entries":[]}'),
    reason: /version/,
  },
];

describe('a damaged ledger file', () => {
  it.each(DAMAGED)(
    'is moved aside when $name, and the user is told where and until when nothing is sent',
    async ({ bytes, reason }) => {
      writeFileSync(ledgerPath(), bytes);
      open();
      const [notice, ...others] = notices.list();
      expect(others).toEqual([]);
      expect(notice).toMatchObject({ level: 'warning', file: 'engine-ledger.json' });
      expect(notice!.movedTo).toMatch(/engine-ledger\.corrupt-2026-01-05T10-00-00-000Z\.json$/);
      expect(readFileSync(notice!.movedTo!)).toEqual(bytes);
      expect(notice!.message).toMatch(reason);
      expect(notice!.message).toContain(`It was moved to ${notice!.movedTo}`);
      expect(notice!.message).toContain(
        'DNS Tray will not send updates before 00:00 UTC so it cannot exceed the quota',
      );
      // The cautious ledger is on disk at once: a crash right now does not forget it.
      expect(JSON.parse(readFileSync(ledgerPath(), 'utf8')).entries.length).toBeGreaterThan(0);
    },
  );

  it('lets no free-tier update out before the next 00:00 UTC, then the day starts afresh', async () => {
    writeFileSync(ledgerPath(), '{"version":1,"entries":[');
    const first = await budget();
    expect(first.admit('free-host', 2)).toMatchObject({
      admitted: false,
      until: START + 3_600_000,
    });
    await clock.advance(MIDNIGHT - START - 60_000);
    // A restart in between still reads the cautious ledger, not an empty one.
    expect((await budget()).admit('free-host', 2)).toMatchObject({
      admitted: false,
      until: MIDNIGHT,
      reason: expect.stringMatching(/2 updates per day used; next update after 00:00 UTC/),
    });
    expect((await budget()).admit('premium-host', 15)).toMatchObject({ admitted: false });
    await clock.advance(60_000);
    expect((await budget()).admit('free-host', 2)).toEqual({ admitted: true });
    expect((await budget()).admit('premium-host', 15)).toEqual({ admitted: true });
    expect(notices.list()).toHaveLength(1);
  });

  it('fills the whole hourly budget for the next hour, even at the service maximum', async () => {
    writeFileSync(ledgerPath(), 'garbage');
    const full = await budget(60);
    expect(full.admit('new-host', 15)).toMatchObject({
      admitted: false,
      until: START + 3_600_000,
      reason: expect.stringMatching(/request budget/),
    });
    await clock.advance(3_600_000);
    expect((await budget(60)).admit('new-host', 15)).toEqual({ admitted: true });
  });

  it('names the later hour when the damage is found in the last hour before 00:00 UTC', () => {
    clock = new FakeClock(Date.UTC(2026, 0, 5, 23, 30));
    notices = new StartupNotices(clock);
    writeFileSync(ledgerPath(), '{');
    open();
    expect(notices.list()[0]!.message).toContain('will not send updates before 00:30 UTC');
  });

  it('keeps earlier moved-aside copies when the ledger is damaged twice in the same moment', () => {
    writeFileSync(ledgerPath(), 'first');
    open();
    writeFileSync(ledgerPath(), 'second');
    open();
    const [first, second] = notices.list();
    expect(first!.movedTo).not.toBe(second!.movedTo);
    expect(readFileSync(first!.movedTo!, 'utf8')).toBe('first');
    expect(readFileSync(second!.movedTo!, 'utf8')).toBe('second');
    expect(existsSync(ledgerPath())).toBe(true);
  });
});
