import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { EchoEmulator } from '../../emulators/ip-echo/index.js';
import { repoRoot } from '../../support/headless-process.js';
import {
  appProcesses,
  bin,
  clickTray,
  closeAllWindows,
  describeProcesses,
  launchCheckedTray,
  NO_ELECTRON_REASON,
  probe,
  rendererCount,
  tooltip,
  type Shell,
} from './electron-shell.js';

let echo: EchoEmulator | null = null;
let shell: Shell | null = null;

test.afterEach(async () => {
  await shell?.app.close().catch(() => undefined);
  await echo?.close();
  shell = null;
  echo = null;
});

/** The app with its IP sources on the local echo emulator, after its first check. */
async function startChecked(): Promise<Shell> {
  ({ shell, echo } = await launchCheckedTray());
  return shell;
}

test.describe('the tray app, driven from its tray menu', () => {
  test.skip(!bin, NO_ELECTRON_REASON);

  test('Update now asks the sources again; Pause and Resume change the icon', async () => {
    const { app } = await startChecked();
    const before = echo!.requestCount();
    await clickTray(app, 'Update now');
    await expect.poll(() => echo!.requestCount()).toBeGreaterThan(before);

    await clickTray(app, 'For 1 hour');
    await expect.poll(() => probe(app, 'trayState')).toBe('paused');
    expect(await tooltip(app)).toContain('paused, resumes in');
    await clickTray(app, 'Resume');
    await expect.poll(() => probe(app, 'trayState')).not.toBe('paused');
  });

  test('opens each window from the menu, one of each', async () => {
    const { app } = await startChecked();
    for (const label of ['Open Hosts…', 'Domains…', 'Settings…', 'Activity…', 'Settings…']) {
      await clickTray(app, label);
    }
    await expect
      .poll(async () => ((await probe<string[]>(app, 'openWindows')) ?? []).sort())
      .toEqual(['activity', 'domains', 'hosts', 'settings']);
    await expect.poll(() => app.windows().length).toBe(4);
  });

  test('tells about a new public address in a notification', async () => {
    const { app } = await startChecked();
    echo!.setAddress('ipv4', '203.0.113.99');
    await clickTray(app, 'Update now');
    await expect.poll(() => tooltip(app)).toContain('IPv4 203.0.113.99');
    await expect
      .poll(() => probe<string[]>(app, 'notificationsShown'))
      .toContain('New IPv4 address');
  });

  test('Start at login writes the XDG autostart file and removes it again', async () => {
    test.skip(process.platform !== 'linux', 'the XDG autostart file is the Linux login item');
    const { app, xdg } = await startChecked();
    const file = path.join(xdg, 'autostart', 'dnstray.desktop');
    expect(existsSync(file)).toBe(false);
    await clickTray(app, 'Start at login');
    await expect.poll(() => existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(/^Exec=.* --hidden$/m);
    expect(await probe(app, 'startAtLogin')).toBe(true);
    await clickTray(app, 'Start at login');
    await expect.poll(() => existsSync(file)).toBe(false);
    expect(await probe(app, 'startAtLogin')).toBe(false);
  });

  test('a second launch with --open=settings opens Settings in the running app', async () => {
    const running = await startChecked();
    expect(await probe(running.app, 'openWindows')).toEqual([]);
    const second = spawn(bin!, [...running.args, '--open=settings'], { env: running.env });
    const code = await new Promise<number | null>((resolve) => second.on('exit', resolve));
    expect(code).toBe(0);
    await expect.poll(() => probe(running.app, 'openWindows')).toEqual(['settings']);
  });

  test('idle in the tray it runs no renderer; closed windows give their renderer processes back', async () => {
    const { app } = await startChecked();
    const idle = await appProcesses(app);
    const idleMiB = idle.reduce((sum, process) => sum + process.workingSetKiB, 0) / 1024;
    // The figure the issue asks for, where a binary exists (the bench's tray.idle row samples it
    // for longer): printed, and kept with the test's result.
    const line = `tray idle, no window: ${idleMiB.toFixed(1)} MiB in ${idle.length} processes (${describeProcesses(idle)})`;
    console.log(`[electron e2e] ${line}`);
    test.info().annotations.push({ type: 'tray idle memory', description: line });
    expect(idle.filter((process) => process.type === 'Tab')).toEqual([]);

    await clickTray(app, 'Open Hosts…');
    await clickTray(app, 'Settings…');
    await expect.poll(() => rendererCount(app), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    await closeAllWindows(app);
    await expect.poll(() => probe(app, 'openWindows')).toEqual([]);
    await expect.poll(() => rendererCount(app), { timeout: 15_000 }).toBe(0);
    expect(await probe(app, 'trayShown')).not.toBeNull();
  });

  test('quitting while a check is running exits 0', async () => {
    const { app } = await startChecked();
    for (const name of ['alpha', 'bravo', 'charlie'])
      echo!.setBehaviour(name, { behaviour: 'stall' });
    await clickTray(app, 'Update now');
    await expect.poll(() => probe(app, 'trayState')).toBe('working');
    const exited = new Promise<number | null>((resolve) => app.process().on('exit', resolve));
    await clickTray(app, 'Quit DNS Tray').catch(() => undefined);
    expect(await exited).toBe(0);
    shell = null;
  });
});

test.describe('--smoke-test', () => {
  test.skip(!bin, NO_ELECTRON_REASON);

  test('starts with a throwaway profile, sees tray, Hosts and status:get, prints one line, exits 0', async () => {
    const run = spawn(bin!, [repoRoot, '--no-sandbox', '--smoke-test'], {
      env: { ...process.env, DNSTRAY_E2E: '' },
    });
    let stdout = '';
    run.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => run.on('exit', resolve));
    const report = stdout.split('\n').find((line) => line.startsWith('{"smokeTest"'));
    expect(JSON.parse(report ?? 'null')).toMatchObject({
      smokeTest: 'passed',
      tray: true,
      hostsWindow: true,
      statusOverall: expect.any(String),
    });
    expect(code).toBe(0);
  });
});
