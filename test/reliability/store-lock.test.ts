import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HeadlessSecretStore } from '../../electron/core/store/headless-secret-store.js';
import { openStores } from '../../electron/core/store/open-stores.js';
import { FakeClock } from '../support/fake-clock.js';
import { startShell, type ShellProcess } from './support/headless-shell.js';

/**
 * Processes sharing one folder, one of them killed while it holds a store's lock. The lock's
 * time is set far into the future each time, so a survivor that only trusted the lock's age
 * would wait for it (and give up); the survivor must see that the holder is gone instead.
 */
const child = path.join(import.meta.dirname, 'support', 'lock-child.ts');
let folder: string;
const children: ChildProcess[] = [];

beforeEach(() => (folder = mkdtempSync(path.join(os.tmpdir(), 'dnstray-lock-'))));
afterEach(() => {
  for (const process of children.splice(0)) process.kill('SIGKILL');
  rmSync(folder, { recursive: true, force: true });
});

function start(
  mode: 'hold' | 'hold-a-while' | 'hold-until-told' | 'count' | 'append',
  file: string,
) {
  const process = spawn(globalThis.process.execPath, ['--import', 'tsx', child, mode, file], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  children.push(process);
  const lines = createInterface({ input: process.stdout! })[Symbol.asyncIterator]();
  const exited = new Promise<void>((resolve) => process.once('exit', () => resolve()));
  return { process, exited, next: async () => (await lines.next()).value as string };
}

const open = () =>
  openStores({ folder, clock: new FakeClock(), secrets: () => new HeadlessSecretStore({}) });
/** No age-based rule would ever call this lock abandoned. */
const lookFresh = (lock: string) => {
  const future = new Date(Date.now() + 3_600_000);
  utimesSync(lock, future, future);
};

describe('a process killed while holding a lock', () => {
  it('does not hold up the others: its lock is taken over at once because it is gone', async () => {
    const stores = open();
    const config = path.join(folder, 'config.json');
    const holder = start('hold', config);
    expect(await holder.next()).toBe('holding');
    holder.process.kill('SIGKILL');
    await holder.exited;
    lookFresh(`${config}.lock`);

    const saved = await stores.settings.update({ ui: { theme: 'dark' } });
    expect(saved.ok).toBe(true);
    expect(open().settings.get().ui.theme).toBe('dark');
    expect(existsSync(`${config}.lock`)).toBe(false);
  });

  it('is not fooled when the dead holder’s PID now belongs to another process', async () => {
    const stores = open();
    const config = path.join(folder, 'config.json');
    // A live process with the PID written in the lock, but not the one that wrote it.
    const other = start('count', path.join(folder, 'unrelated'));
    expect(await other.next()).toBe('ready');
    writeFileSync(
      `${config}.lock`,
      JSON.stringify({
        pid: other.process.pid,
        host: os.hostname(),
        started: '1',
        token: '0123456789abcdef',
      }),
    );
    lookFresh(`${config}.lock`);

    expect((await stores.settings.update({ ui: { theme: 'light' } })).ok).toBe(true);
    expect(open().settings.get().ui.theme).toBe('light');
  });
});

describe('the headless shell beside a process killed while holding a lock', () => {
  let shell: ShellProcess | undefined;
  afterEach(async () => {
    await shell?.stop();
    shell = undefined;
  });

  it('saves a change and answers at once, taking over the dead process’s lock', async () => {
    shell = await startShell(folder);
    const config = path.join(folder, 'config.json');
    const holder = start('hold', config);
    expect(await holder.next()).toBe('holding');
    holder.process.kill('SIGKILL');
    await holder.exited;
    lookFresh(`${config}.lock`);

    const saved = await shell.invoke('settings:update', { patch: { ui: { theme: 'dark' } } });
    expect(saved.ok).toBe(true);
    expect((await shell.invoke('status:get')).ok).toBe(true);
    expect(JSON.parse(readFileSync(config, 'utf8'))).toMatchObject({ ui: { theme: 'dark' } });
    expect(existsSync(`${config}.lock`)).toBe(false);
  });
});

/** A live process holding `file`'s lock, with its event loop free, until `release()`. */
async function holdLiveLock(file: string) {
  const holder = start('hold-until-told', file);
  expect(await holder.next()).toBe('holding');
  return {
    async release() {
      holder.process.stdin!.write('go\n');
      expect(await holder.next()).toBe('released');
    },
  };
}

describe('a live process holding a lock for a while', () => {
  let shell: ShellProcess | undefined;
  afterEach(async () => {
    await shell?.stop();
    shell = undefined;
  });

  it('does not stop this process: timers run while a change waits, then the change is saved', async () => {
    const stores = open();
    const config = path.join(folder, 'config.json');
    const holder = await holdLiveLock(config);
    const order: string[] = [];
    const saved = stores.settings.update({ ui: { theme: 'dark' } }).then((result) => {
      order.push('saved');
      return result;
    });
    // Before, the update waited synchronously: no timer ran until the holder let go.
    await new Promise((resolve) => setTimeout(resolve, 50));
    order.push('timer');
    await holder.release();
    expect((await saved).ok).toBe(true);
    expect(order).toEqual(['timer', 'saved']);
    expect(JSON.parse(readFileSync(config, 'utf8'))).toMatchObject({ ui: { theme: 'dark' } });
  });

  it('leaves the headless shell answering status while its own save waits', async () => {
    shell = await startShell(folder);
    const config = path.join(folder, 'config.json');
    const holder = await holdLiveLock(config);
    const order: string[] = [];
    const saving = shell
      .invoke('settings:update', { patch: { ui: { theme: 'dark' } } })
      .then((answer) => (order.push('saved'), answer));
    expect((await shell.invoke('status:get')).ok).toBe(true);
    order.push('status');
    await holder.release();
    expect((await saving).ok).toBe(true);
    expect(order).toEqual(['status', 'saved']);
    expect(JSON.parse(readFileSync(config, 'utf8'))).toMatchObject({ ui: { theme: 'dark' } });
  });

  it('makes a change that waited longer than 5 s fail with a message, changing nothing', async () => {
    const stores = open();
    const config = path.join(folder, 'config.json');
    const before = readFileSync(config, 'utf8');
    await holdLiveLock(config);
    await expect(stores.settings.update({ ui: { theme: 'dark' } })).rejects.toThrow(
      /Another DNS Tray process is holding .*config\.json; try again in a moment\./,
    );
    expect(readFileSync(config, 'utf8')).toBe(before);
  });
});

describe('three processes and a slow live holder', () => {
  it('never take a live process’s lock, however old it looks', { timeout: 60_000 }, async () => {
    const file = path.join(folder, 'counter');
    writeFileSync(file, '0');
    const others = [start('count', file), start('count', file)];
    for (const other of others) expect(await other.next()).toBe('ready');
    const slow = start('hold-a-while', file);
    expect(await slow.next()).toBe('holding');
    // Old enough for any age rule to call it abandoned, but its holder is alive and working.
    const past = new Date(Date.now() - 60_000);
    utimesSync(`${file}.lock`, past, past);
    for (const other of others) other.process.stdin!.write('go\n');
    const answers = await Promise.all(others.map((other) => other.next()));
    expect(await slow.next()).toBe('released');
    expect(answers).toEqual(['ok', 'ok']);
    expect(Number(readFileSync(file, 'utf8'))).toBe(3);
  });
});

describe('three processes taking over the same dead holder’s lock', () => {
  it('let exactly one in at a time and lose no update', { timeout: 120_000 }, async () => {
    const file = path.join(folder, 'counter');
    writeFileSync(file, '0');
    const dead = start('count', path.join(folder, 'unused'));
    expect(await dead.next()).toBe('ready');
    dead.process.kill('SIGKILL');
    await dead.exited;
    const workers = [start('count', file), start('count', file), start('count', file)];
    for (const worker of workers) expect(await worker.next()).toBe('ready');

    const ROUNDS = 40;
    const answers: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // The dead process's lock, as an earlier version wrote it (only a PID) and long expired.
      writeFileSync(`${file}.lock`, String(dead.process.pid));
      const past = new Date(Date.now() - 60_000);
      utimesSync(`${file}.lock`, past, past);
      for (const worker of workers) worker.process.stdin!.write('go\n');
      answers.push(...(await Promise.all(workers.map((worker) => worker.next()))));
    }
    expect(answers.filter((answer) => answer !== 'ok')).toEqual([]);
    expect(Number(readFileSync(file, 'utf8'))).toBe(3 * ROUNDS);
  });
});

describe('a process killed -9 while appending to the history', () => {
  it('loses no event it had appended, and the next process appends on clean lines', async () => {
    const writer = start('append', folder);
    const appended: number[] = [];
    while (appended.length < 300) appended.push(Number(await writer.next()));
    writer.process.kill('SIGKILL');
    await writer.exited;

    const stores = open();
    const page = stores.history.list({ offset: 0, limit: 5_000 });
    const kept = new Set(page.events.map((event) => event.id));
    expect(appended.filter((id) => !kept.has(id))).toEqual([]);
    expect(stores.notices.list()).toEqual([]);
    const next = await stores.history.append({ kind: 'notice', level: 'info', message: 'after' });
    expect(next.id).toBe(Math.max(...kept) + 1);
    const text = readFileSync(path.join(folder, 'history.jsonl'), 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    for (const line of text.split('\n').filter(Boolean))
      expect(() => JSON.parse(line)).not.toThrow();
  });
});
