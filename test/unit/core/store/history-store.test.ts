import {
  appendFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewHistoryEvent } from '../../../../shared/settings/history-event.js';
import { HistoryListRequestSchema } from '../../../../shared/settings/store-contract.js';
import { diskAppendLog, type AppendLog } from '../../../../electron/core/store/append-log.js';
import { HistoryStore } from '../../../../electron/core/store/history-store.js';
import { migrateLegacyHistory } from '../../../../electron/core/store/migrate-history.js';
import { StartupNotices } from '../../../../electron/core/store/startup-notices.js';
import { FakeClock } from '../../../support/fake-clock.js';

let folder: string;
let clock: FakeClock;
let notices: StartupNotices;
const jsonl = () => path.join(folder, 'history.jsonl');
const open = (limit = 5_000, log: AppendLog = diskAppendLog(folder, 'history.jsonl')) => {
  migrateLegacyHistory({ folder, clock, notices, limit });
  return new HistoryStore(
    log,
    clock,
    notices,
    (text) => text.replaceAll('hunter2', '[secret removed]'),
    limit,
  );
};
const lines = () => readFileSync(jsonl(), 'utf8').split('\n').filter(Boolean);
const list = (store: HistoryStore, request: object = {}) =>
  store.list(HistoryListRequestSchema.parse(request));

const outcome = (hostId: string, message = 'Updated.'): NewHistoryEvent => ({
  kind: 'update-outcome',
  accountId: 'home',
  hostId,
  hostname: `${hostId}.freedns.io`,
  recordType: 'A',
  outcome: 'updated',
  value: '203.0.113.7',
  message,
});

beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'dnstray-history-'));
  clock = new FakeClock(Date.UTC(2026, 10, 23));
  notices = new StartupNotices(clock);
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('history store', () => {
  it('appends events with an id and time and lists them newest first', async () => {
    const store = open();
    await store.append({
      kind: 'address-changed',
      family: 'ipv4',
      from: null,
      to: '203.0.113.7',
      sources: ['ipify', 'router'],
    });
    await clock.advance(60_000);
    await store.append(outcome('home'));
    const page = list(open());
    expect(page.total).toBe(2);
    expect(page.events.map((event) => [event.id, event.kind, event.at])).toEqual([
      [1, 'update-outcome', '2026-11-23T00:01:00.000Z'],
      [0, 'address-changed', '2026-11-23T00:00:00.000Z'],
    ]);
  });

  it('keeps only the newest events once the ring is full', async () => {
    const store = open(5);
    for (let index = 0; index < 8; index++) await store.append(outcome(`h${index}`));
    const page = list(store, { limit: 100 });
    expect(page.total).toBe(5);
    expect(page.events.map((event) => event.id)).toEqual([7, 6, 5, 4, 3]);
  });

  it('holds 5,000 events by default and drops the oldest after that', async () => {
    const full = Array.from({ length: 5_000 }, (_, id) => ({
      ...outcome('home'),
      id,
      at: '2026-11-22T00:00:00.000Z',
    }));
    writeFileSync(jsonl(), full.map((event) => `${JSON.stringify(event)}\n`).join(''));
    const store = open();
    for (let index = 0; index < 3; index++) await store.append(outcome('home'));
    const page = list(store, { limit: 1, offset: 4_999 });
    expect(page.total).toBe(5_000);
    expect(page.events[0]!.id).toBe(3);
    expect(list(store).events[0]!.id).toBe(5_002);
    expect(notices.list()).toEqual([]);
  });

  it('filters by kind, host, domain, time and text, and pages', async () => {
    const store = open();
    await store.append(outcome('home'));
    await clock.advance(1_000);
    await store.append(outcome('nas', 'Quota: next update after 00:00 UTC.'));
    await clock.advance(1_000);
    await store.append({
      kind: 'domain-action',
      accountId: 'reg',
      domain: 'example.tk',
      action: 'renew',
      outcome: 'succeeded',
      message: 'Renewed.',
    });
    expect(list(store, { kinds: ['domain-action'] }).events.map((event) => event.kind)).toEqual([
      'domain-action',
    ]);
    expect(list(store, { hostId: 'nas' }).total).toBe(1);
    expect(list(store, { domain: 'example.tk' }).total).toBe(1);
    expect(list(store, { text: 'QUOTA' }).total).toBe(1);
    expect(list(store, { since: '2026-11-23T00:00:01.000Z' }).total).toBe(2);
    expect(list(store, { until: '2026-11-23T00:00:01.000Z' }).total).toBe(1);
    expect(list(store, { limit: 1, offset: 1 }).events.map((event) => event.id)).toEqual([1]);
  });

  it('removes known secrets from messages before keeping them', async () => {
    const store = open();
    await store.append(outcome('home', 'Server said: bad password hunter2'));
    const text = readFileSync(jsonl(), 'utf8');
    expect(text).not.toContain('hunter2');
    expect(list(store).events[0]).toMatchObject({
      message: 'Server said: bad password [secret removed]',
    });
  });

  it('keeps the readable events of a damaged history and says how many were lost', async () => {
    const good = {
      id: 4,
      at: '2026-11-22T00:00:00.000Z',
      kind: 'notice',
      level: 'info',
      message: 'ok',
    };
    writeFileSync(
      path.join(folder, 'history.json'),
      JSON.stringify({ version: 1, nextId: 5, events: [good, { id: 'x' }, { kind: 'nope' }] }),
    );
    const store = open();
    expect(list(store).events).toEqual([good]);
    expect(notices.list()[0]!.message).toContain('2 damaged events');
    expect((await store.append(outcome('home'))).id).toBe(5);
  });

  it('moves an unreadable history aside and starts a new one', () => {
    writeFileSync(path.join(folder, 'history.json'), '{"version":1,"events":[{"id":1,');
    expect(list(open()).total).toBe(0);
    expect(readdirSync(folder)).toContain('history.corrupt-2026-11-23T00-00-00-000Z.json');
    expect(notices.list()).toHaveLength(1);
  });
});

describe('history.jsonl on disk', () => {
  it('appends one line and leaves the bytes already written untouched', async () => {
    const store = open();
    for (let index = 0; index < 50; index++) await store.append(outcome(`h${index}`));
    const before = readFileSync(jsonl());
    const inode = statSync(jsonl()).ino;
    const added = await store.append(outcome('home'));
    const after = readFileSync(jsonl());
    // Not rewritten: same file, same first bytes, one more line holding exactly the new event.
    expect(statSync(jsonl()).ino).toBe(inode);
    expect(after.subarray(0, before.length).equals(before)).toBe(true);
    expect(JSON.parse(after.subarray(before.length).toString('utf8'))).toEqual(added);
  });

  it('ignores a line torn by a writer killed mid-append and keeps every earlier line', async () => {
    const store = open();
    for (let index = 0; index < 3; index++) await store.append(outcome(`h${index}`));
    appendFileSync(jsonl(), '{"kind":"update-outcome","id":3,"at":"2026-11-');
    const reopened = open();
    expect(list(reopened).events.map((event) => event.id)).toEqual([2, 1, 0]);
    expect(notices.list()).toEqual([]);
    expect((await reopened.append(outcome('next'))).id).toBe(3);
    // The torn text is gone, so the file is whole lines again.
    expect(lines().map((line) => (JSON.parse(line) as { id: number }).id)).toEqual([0, 1, 2, 3]);
    expect(list(open()).total).toBe(4);
  });

  it('skips a line damaged in the middle, keeps the original aside and says so', async () => {
    const store = open();
    for (let index = 0; index < 3; index++) await store.append(outcome(`h${index}`));
    const [first, , third] = lines();
    const damaged = `${first}\n{"id":1,"kind":"nonsense"}\n${third}\n`;
    writeFileSync(jsonl(), damaged);
    const reopened = open();
    expect(list(reopened).events.map((event) => event.id)).toEqual([2, 0]);
    const notice = notices.list()[0]!;
    expect(notice.message).toMatch(/history\.jsonl had 1 damaged line; .* kept at /);
    expect(readFileSync(notice.movedTo!, 'utf8')).toBe(damaged);
    expect(lines()).toHaveLength(2);
  });

  it('cuts the file back to the newest events once it holds twice the limit', async () => {
    const store = open(5);
    for (let index = 0; index < 9; index++) await store.append(outcome(`h${index}`));
    expect(lines()).toHaveLength(9);
    await store.append(outcome('h9'));
    expect(lines().map((line) => (JSON.parse(line) as { id: number }).id)).toEqual([5, 6, 7, 8, 9]);
    expect(list(open(5)).events.map((event) => event.id)).toEqual([9, 8, 7, 6, 5]);
  });

  it('sees what another process appended or compacted, reading only the new lines', async () => {
    const reads: number[] = [];
    const disk = diskAppendLog(folder, 'history.jsonl');
    const counted: AppendLog = {
      ...disk,
      read: (start, end) => {
        reads.push(end - start);
        return disk.read(start, end);
      },
    };
    const other = open(5);
    for (let index = 0; index < 4; index++) await other.append(outcome(`h${index}`));
    const window = open(5, counted);
    reads.length = 0;
    expect(list(window).total).toBe(4);
    expect(reads.reduce((sum, n) => sum + n, 0)).toBe(0);
    const line = `${JSON.stringify(await other.append(outcome('h4')))}\n`;
    expect(list(window).events[0]!.id).toBe(4);
    expect(reads.reduce((sum, n) => sum + n, 0)).toBe(Buffer.byteLength(line));
    for (let index = 5; index < 12; index++) await other.append(outcome(`h${index}`));
    expect(list(window, { limit: 100 }).events.map((event) => event.id)).toEqual([11, 10, 9, 8, 7]);
    expect((await window.append(outcome('mine'))).id).toBe(12);
  });

  it('converts an earlier history.json once and keeps the original as history.v1.json', async () => {
    const events = [0, 1].map((id) => ({ ...outcome('home'), id, at: '2026-11-22T00:00:00.000Z' }));
    const legacy = JSON.stringify({ version: 1, nextId: 2, events });
    writeFileSync(path.join(folder, 'history.json'), legacy);
    const store = open();
    expect(list(store).events.map((event) => event.id)).toEqual([1, 0]);
    expect((await store.append(outcome('home'))).id).toBe(2);
    expect(readFileSync(path.join(folder, 'history.v1.json'), 'utf8')).toBe(legacy);
    expect(readdirSync(folder).sort()).toEqual(['history.jsonl', 'history.v1.json']);
    expect(notices.list()).toMatchObject([
      { level: 'info', file: 'history.json', movedTo: path.join(folder, 'history.v1.json') },
    ]);
    expect(list(open()).total).toBe(3);
    expect(notices.list()).toHaveLength(1);
  });
});
