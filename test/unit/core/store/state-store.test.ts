import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diskDocument } from '../../../../electron/core/store/document-file.js';
import { StartupNotices } from '../../../../electron/core/store/startup-notices.js';
import { StateStore } from '../../../../electron/core/store/state-store.js';
import { FakeClock } from '../../../fakes/fake-clock.js';

let folder: string;
let clock: FakeClock;
let notices: StartupNotices;
const file = () => path.join(folder, 'state.json');
const open = () => new StateStore(diskDocument(folder, 'state.json'), clock, notices);

beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'dnstray-state-'));
  clock = new FakeClock(Date.UTC(2026, 10, 23, 9, 30));
  notices = new StartupNotices(clock);
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('state store', () => {
  it('starts empty without creating a file', () => {
    expect(open().read()).toEqual({
      version: 1,
      applied: {},
      budget: { requests: [], updates: {} },
      domainCache: { fetchedAt: null, domains: [] },
      autoRenew: {},
    });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('remembers the last applied value of each record across restarts', () => {
    open().recordApplied('h1', 'A', '203.0.113.7', clock.now());
    const reopened = open();
    expect(reopened.lastApplied('h1', 'A')).toEqual({
      value: '203.0.113.7',
      appliedAt: '2026-11-23T09:30:00.000Z',
    });
    reopened.forgetHost('h1');
    expect(open().lastApplied('h1', 'A')).toBeUndefined();
  });

  it('keeps the budget ledger, domain cache and auto-renew ledger', () => {
    open().update((state) => {
      state.budget.requests.push(1, 2);
      state.budget.updates.h1 = [3];
      state.domainCache = {
        fetchedAt: 5,
        domains: [{ name: 'example.tk', accountId: 'reg', expiresAt: null, status: 'ACTIVE' }],
      };
      state.autoRenew['example.tk'] = {
        lastAttemptAt: 6,
        outcome: 'renewed',
        message: 'Renewed for 12 months.',
      };
    });
    const state = open().read();
    expect(state.budget).toEqual({ requests: [1, 2], updates: { h1: [3] } });
    expect(state.domainCache.domains[0]!.name).toBe('example.tk');
    expect(state.autoRenew['example.tk']!.outcome).toBe('renewed');
  });

  it('refuses a change that breaks the schema and leaves the file as it was', () => {
    const store = open();
    store.recordApplied('h1', 'A', '203.0.113.7', clock.now());
    const before = readFileSync(file());
    expect(() =>
      store.update((state) => {
        (state.budget as { requests: unknown }).requests = 'lots';
      }),
    ).toThrow();
    expect(readFileSync(file()).equals(before)).toBe(true);
    expect(store.lastApplied('h1', 'A')?.value).toBe('203.0.113.7');
  });

  it.each([
    ['truncated', '{"version":1,"applied":{"h1":{"A":{"val'],
    ['empty', ''],
    ['binary', Buffer.from([0, 1, 2, 3])],
    ['of another shape', '"just a string"'],
  ])('moves a %s state file aside, starts empty and says so', (_name, content) => {
    writeFileSync(file(), content);
    expect(open().read().applied).toEqual({});
    expect(readdirSync(folder)).toContain('state.corrupt-2026-11-23T09-30-00-000Z.json');
    expect(notices.list()[0]!.message).toMatch(
      /^state\.json could not be used because .*It was moved to .*state\.corrupt-.*and DNS Tray started with an empty state\.json\.$/,
    );
  });

  it('keeps the valid sections of a damaged state file', () => {
    writeFileSync(
      file(),
      JSON.stringify({
        version: 1,
        applied: { h1: { A: { value: '203.0.113.7', appliedAt: 'x' } } },
        budget: { requests: 'many' },
      }),
    );
    const state = open().read();
    expect(state.applied.h1!.A!.value).toBe('203.0.113.7');
    expect(state.budget.requests).toEqual([]);
    expect(notices.list()[0]!.message).toContain('these parts were invalid: budget');
    expect(JSON.parse(readFileSync(file(), 'utf8')).applied.h1.A.value).toBe('203.0.113.7');
  });
});
