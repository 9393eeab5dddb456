import { expect, test, type Page } from '@playwright/test';
import type { DnsTrayTransport } from '../../../shared/contract/index.js';
import { bin, launchShell, NO_ELECTRON_REASON, probe } from './electron-shell.js';

const launch = async (...args: string[]) => (await launchShell({ args })).app;

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
