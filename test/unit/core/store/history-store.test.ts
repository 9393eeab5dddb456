import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewHistoryEvent } from '../../../../shared/settings/history-event.js';
import { HistoryListRequestSchema } from '../../../../shared/settings/store-contract.js';
import { diskDocument } from '../../../../electron/core/store/document-file.js';
import { HistoryStore } from '../../../../electron/core/store/history-store.js';
import { StartupNotices } from '../../../../electron/core/store/startup-notices.js';
import { FakeClock } from '../../../fakes/fake-clock.js';

let folder: string;
let clock: FakeClock;
let notices: StartupNotices;
const open = (limit?: number) =>
  new HistoryStore(
    diskDocument(folder, 'history.json'),
    clock,
    notices,
    (text) => text.replaceAll('hunter2', '[secret removed]'),
    limit,
  );
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
    store.append({
      kind: 'address-changed',
      family: 'ipv4',
      from: null,
      to: '203.0.113.7',
      sources: ['ipify', 'router'],
    });
    await clock.advance(60_000);
    store.append(outcome('home'));
    const page = list(open());
    expect(page.total).toBe(2);
    expect(page.events.map((event) => [event.id, event.kind, event.at])).toEqual([
      [1, 'update-outcome', '2026-11-23T00:01:00.000Z'],
      [0, 'address-changed', '2026-11-23T00:00:00.000Z'],
    ]);
  });

  it('keeps only the newest events once the ring is full', () => {
    const store = open(5);
    for (let index = 0; index < 8; index++) store.append(outcome(`h${index}`));
    const page = list(store, { limit: 100 });
    expect(page.total).toBe(5);
    expect(page.events.map((event) => event.id)).toEqual([7, 6, 5, 4, 3]);
  });

  it('holds 5,000 events by default and drops the oldest after that', () => {
    const full = Array.from({ length: 5_000 }, (_, id) => ({
      ...outcome('home'),
      id,
      at: '2026-11-22T00:00:00.000Z',
    }));
    writeFileSync(
      path.join(folder, 'history.json'),
      JSON.stringify({ version: 1, nextId: 5_000, events: full }),
    );
    const store = open();
    for (let index = 0; index < 3; index++) store.append(outcome('home'));
    const page = list(store, { limit: 1, offset: 4_999 });
    expect(page.total).toBe(5_000);
    expect(page.events[0]!.id).toBe(3);
    expect(list(store).events[0]!.id).toBe(5_002);
    expect(notices.list()).toEqual([]);
  });

  it('filters by kind, host, domain, time and text, and pages', async () => {
    const store = open();
    store.append(outcome('home'));
    await clock.advance(1_000);
    store.append(outcome('nas', 'Quota: next update after 00:00 UTC.'));
    await clock.advance(1_000);
    store.append({
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

  it('removes known secrets from messages before keeping them', () => {
    const store = open();
    store.append(outcome('home', 'Server said: bad password hunter2'));
    const text = readFileSync(path.join(folder, 'history.json'), 'utf8');
    expect(text).not.toContain('hunter2');
    expect(list(store).events[0]).toMatchObject({
      message: 'Server said: bad password [secret removed]',
    });
  });

  it('keeps the readable events of a damaged history and says how many were lost', () => {
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
    expect(store.append(outcome('home')).id).toBe(5);
  });

  it('moves an unreadable history aside and starts a new one', () => {
    writeFileSync(path.join(folder, 'history.json'), '{"version":1,"events":[{"id":1,');
    expect(list(open()).total).toBe(0);
    expect(readdirSync(folder)).toContain('history.corrupt-2026-11-23T00-00-00-000Z.json');
    expect(notices.list()).toHaveLength(1);
  });
});
