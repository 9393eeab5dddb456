import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DnsTrayTransport } from '../../../shared/contract/index.js';
import { repoRoot } from '../../support/headless-process.js';
import { findElectronBinary, NO_ELECTRON_REASON } from './electron-binary.js';

const bin = findElectronBinary();
// The list reporter does not print skip reasons, so say it where CI logs will show it.
if (!bin) console.warn(`[electron e2e] skipped: ${NO_ELECTRON_REASON}`);

/** Launches the built app with a throwaway profile and the main-process probe switched on. */
async function launch(...args: string[]): Promise<ElectronApplication> {
  const userData = mkdtempSync(path.join(os.tmpdir(), 'dnstray-electron-'));
  const xdg = mkdtempSync(path.join(os.tmpdir(), 'dnstray-xdg-'));
  return electron.launch({
    executablePath: bin!,
    args: [repoRoot, '--no-sandbox', `--user-data-dir=${userData}`, ...args],
    cwd: repoRoot,
    // XDG_CONFIG_HOME keeps a start-at-login toggle away from the real autostart folder.
    env: { ...process.env, DNSTRAY_E2E: '1', XDG_CONFIG_HOME: xdg },
  });
}

/** What the tray shows and which windows are open, read in the main process. */
function probe(app: ElectronApplication, name: 'trayState' | 'openWindows'): Promise<unknown> {
  return app.evaluate(
    (_electron, key) =>
      (globalThis as { __dnsTrayProbe?: Record<string, () => unknown> }).__dnsTrayProbe?.[
        key
      ]?.() ?? null,
    name,
  );
}

/** app:getVersion through the preload's transport, as the renderer's bridge sends it. */
const dnsTray = (page: Page) =>
  page.evaluate(async () => {
    const { dnsTrayTransport } = window as unknown as { dnsTrayTransport: DnsTrayTransport };
    const reply = (await dnsTrayTransport.invoke('app:getVersion', undefined)) as {
      result: { productName: string; shell: string; version: string };
    };
    return reply.result;
  });

test.describe('Electron app', () => {
  test.skip(!bin, NO_ELECTRON_REASON);

  test('starts with its tray and the Hosts window, and answers over IPC', async () => {
    const app = await launch();
    try {
      const page = await app.firstWindow();
      await expect(page).toHaveURL(/index\.html#\/hosts$/);
      await expect.poll(() => probe(app, 'trayState')).not.toBeNull();
      const version = await dnsTray(page);
      expect(version.shell).toBe('electron');
      const hasNode = await page.evaluate(
        () => typeof (globalThis as { require?: unknown }).require,
      );
      expect(hasNode).toBe('undefined');
    } finally {
      await app.close();
    }
  });

  test('opens Settings when asked to, once, from the one renderer bundle', async () => {
    const app = await launch('--open=settings');
    try {
      const page = await app.firstWindow();
      await expect(page).toHaveURL(/index\.html#\/settings$/);
      await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
      expect(await probe(app, 'openWindows')).toEqual(['settings']);
      expect((await dnsTray(page)).productName).toBeTruthy();
    } finally {
      await app.close();
    }
  });

  test('started at login it stays in the tray, and keeps running when its last window closes', async () => {
    const app = await launch('--hidden');
    try {
      await expect.poll(() => probe(app, 'trayState')).not.toBeNull();
      expect(app.windows()).toHaveLength(0);
      expect(await probe(app, 'openWindows')).toEqual([]);
    } finally {
      await app.close();
    }
    const shown = await launch();
    try {
      const page = await shown.firstWindow();
      await page.close();
      await expect.poll(() => probe(shown, 'openWindows')).toEqual([]);
      expect(await probe(shown, 'trayState')).not.toBeNull();
    } finally {
      await shown.close();
    }
  });
});
