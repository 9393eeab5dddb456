import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../shared/settings/settings-schema.js';
import { openSettingsStore } from '../../../../electron/core/store/open-settings.js';
import { StartupNotices } from '../../../../electron/core/store/startup-notices.js';
import { FakeClock } from '../../../support/fake-clock.js';

let folder: string;
let clock: FakeClock;
let notices: StartupNotices;
const file = () => path.join(folder, 'config.json');
const open = () => openSettingsStore({ folder, clock, notices });

beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'dnstray-settings-'));
  clock = new FakeClock(Date.UTC(2026, 10, 23, 8, 0, 0));
  notices = new StartupNotices(clock);
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('settings store', () => {
  it('writes the defaults to config.json on first start, readable only by the owner', () => {
    const store = open();
    expect(store.path).toBe(file());
    expect(JSON.parse(readFileSync(file(), 'utf8'))).toEqual(DEFAULT_SETTINGS);
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    if (process.platform !== 'win32') {
      expect(statSync(file()).mode & 0o077).toBe(0);
    }
    expect(notices.list()).toEqual([]);
  });

  it('merges a partial change, writes it and tells listeners', async () => {
    const store = open();
    const seen: string[] = [];
    store.onChange((settings) => seen.push(settings.ui.theme));
    const result = await store.update({ ui: { theme: 'dark' }, engine: { pollSeconds: 120 } });
    expect(result.ok).toBe(true);
    const onDisk = JSON.parse(readFileSync(file(), 'utf8'));
    expect(onDisk.ui.theme).toBe('dark');
    expect(onDisk.engine.pollSeconds).toBe(120);
    expect(onDisk.engine.agreement).toBe(2);
    expect(seen).toEqual(['dark']);
  });

  it.each([
    [{ engine: { pollSeconds: 5 } }, 'engine.pollSeconds'],
    [{ ui: { theme: 'neon' } }, 'ui.theme'],
    [{ accounts: { freedns: [{ id: 'a', username: '' }] } }, 'accounts.freedns.0.username'],
    [{ hosts: [{ id: 'h', accountId: 'none', label: 'home', records: [] }] }, 'hosts.0.accountId'],
    [{ version: 7 }, 'version'],
  ])('refuses %j, names %s and leaves the file byte for byte as it was', async (patch, field) => {
    const store = open();
    await store.update({ ui: { theme: 'light' } });
    const before = readFileSync(file());
    const heard: unknown[] = [];
    store.onChange((settings) => heard.push(settings));
    const result = await store.update(patch);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.field)).toContain(field);
    expect(readFileSync(file()).equals(before)).toBe(true);
    expect(store.get().ui.theme).toBe('light');
    expect(heard).toEqual([]);
  });

  it('ignores prototype keys in a change', async () => {
    const store = open();
    const patch = JSON.parse('{"__proto__": {"polluted": true}, "ui": {"theme": "dark"}}');
    expect((await store.update(patch)).ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('sees a change made by another store on the same folder', async () => {
    const first = open();
    const second = open();
    await first.update({ ui: { theme: 'dark' } });
    expect(second.get().ui.theme).toBe('dark');
  });

  it('announces a change another store made once it reads the new file, and only once', async () => {
    const first = open();
    const second = open();
    const heard: string[] = [];
    first.onChange((settings) => heard.push(settings.ui.theme));
    await second.update({ ui: { theme: 'dark' } });
    expect(heard).toEqual([]);
    expect(first.get().ui.theme).toBe('dark');
    first.get();
    expect(heard).toEqual(['dark']);
  });

  it('names unknown settings, keeps a copy of the file and leaves it untouched until a change', () => {
    const text = JSON.stringify({
      version: 2,
      enigne: { pollSeconds: 30 },
      ui: { theme: 'dark', colour: 'red' },
    });
    writeFileSync(file(), text);
    const store = open();
    expect(store.get().ui.theme).toBe('dark');
    expect(readFileSync(file(), 'utf8')).toBe(text);
    const copy = path.join(folder, 'config.unknown-2026-11-23T08-00-00-000Z.json');
    expect(readFileSync(copy, 'utf8')).toBe(text);
    expect(notices.list()).toMatchObject([
      {
        level: 'warning',
        movedTo: copy,
        message: expect.stringContaining('does not know (enigne, ui.colour)'),
      },
    ]);
  });

  it('says nothing about a file that holds only known settings', async () => {
    await open().update({
      accounts: { freedns: [{ id: 'home', username: 'alice' }] },
      ui: { windowBounds: { hosts: { x: 1, y: 2, width: 800, height: 600 } } },
    });
    open();
    expect(notices.list()).toEqual([]);
  });

  it('upgrades a version 1 file, keeps the original beside it and says so', () => {
    writeFileSync(
      file(),
      JSON.stringify({ version: 1, freedns: { username: 'alice' }, hosts: [{ label: 'home' }] }),
    );
    const store = open();
    expect(store.get().hosts[0]).toMatchObject({ label: 'home', accountId: 'freedns' });
    expect(JSON.parse(readFileSync(file(), 'utf8')).version).toBe(2);
    expect(JSON.parse(readFileSync(path.join(folder, 'config.v1.json'), 'utf8')).version).toBe(1);
    expect(notices.list()).toMatchObject([
      {
        level: 'info',
        file: 'config.json',
        message: expect.stringContaining('upgraded from version 1 to 2'),
      },
    ]);
  });

  it.each([
    ['truncated', '{"version": 2, "ui": {"theme": "da', 'not valid JSON'],
    ['empty', '', 'it is empty'],
    ['whitespace only', '  \n', 'it is empty'],
    ['binary', Buffer.from([0x7b, 0x00, 0xff, 0x13, 0x37]), 'binary'],
    ['not JSON', 'theme = dark\n', 'not valid JSON'],
    ['a JSON array', '[1,2,3]', 'not a JSON object'],
    ['from a newer version', '{"version": 9}', 'newer DNS Tray'],
  ])(
    'moves a %s file aside, starts from defaults and says where the old file is',
    (_name, content, reason) => {
      writeFileSync(file(), content);
      const store = open();
      expect(store.get()).toEqual(DEFAULT_SETTINGS);
      const aside = readdirSync(folder).filter((name) => name.startsWith('config.corrupt-'));
      expect(aside).toEqual(['config.corrupt-2026-11-23T08-00-00-000Z.json']);
      expect(readFileSync(path.join(folder, aside[0]!))).toEqual(Buffer.from(content));
      const [notice] = notices.list();
      expect(notice).toMatchObject({
        level: 'warning',
        file: 'config.json',
        movedTo: path.join(folder, aside[0]!),
      });
      expect(notice!.message).toContain(reason);
      expect(notice!.message).toContain(path.join(folder, aside[0]!));
      expect(notice!.message).toContain('default settings');
    },
  );

  it('keeps the valid parts of a schema-invalid file and lists the rest', () => {
    writeFileSync(
      file(),
      JSON.stringify({
        version: 2,
        accounts: { freedns: [{ id: 'home', username: 'alice' }] },
        hosts: [
          { id: 'h', accountId: 'home', label: 'home', records: [] },
          { id: 'x', accountId: 'home', label: '', records: [] },
        ],
        ui: { theme: 'neon' },
      }),
    );
    const store = open();
    expect(store.get().accounts.freedns).toHaveLength(1);
    expect(store.get().hosts.map((host) => host.id)).toEqual(['h']);
    expect(store.get().ui.theme).toBe('system');
    const [notice] = notices.list();
    expect(notice!.message).toContain('the valid parts of the settings (left out: hosts.1, ui)');
    expect(readdirSync(folder).some((name) => name.startsWith('config.corrupt-'))).toBe(true);
  });

  it('never overwrites an earlier moved-aside file', () => {
    writeFileSync(file(), 'garbage');
    open();
    writeFileSync(file(), 'more garbage');
    open();
    const aside = readdirSync(folder)
      .filter((name) => name.startsWith('config.corrupt-'))
      .sort();
    expect(aside).toEqual([
      'config.corrupt-2026-11-23T08-00-00-000Z-1.json',
      'config.corrupt-2026-11-23T08-00-00-000Z.json',
    ]);
  });

  it('keeps serving the last good settings when the file is damaged while running, and repairs it on the next change', async () => {
    const store = open();
    await store.update({ ui: { theme: 'dark' } });
    writeFileSync(file(), '{ broken');
    expect(store.get().ui.theme).toBe('dark');
    expect((await store.update({ startup: { startHidden: true } })).ok).toBe(true);
    expect(JSON.parse(readFileSync(file(), 'utf8'))).toMatchObject({
      ui: { theme: 'dark' },
      startup: { startHidden: true },
    });
  });
});
