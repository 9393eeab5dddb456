import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DnsTrayApi } from '../../../shared/contract/index.js';
import { repoRoot } from '../../support/headless-process.js';
import { findElectronBinary, NO_ELECTRON_REASON } from './electron-binary.js';

const bin = findElectronBinary();
// The list reporter does not print skip reasons, so say it where CI logs will show it.
if (!bin) console.warn(`[electron e2e] skipped: ${NO_ELECTRON_REASON}`);

test.describe('Electron app', () => {
  test.skip(!bin, NO_ELECTRON_REASON);

  test('starts, shows the main window with its version, and answers over IPC', async () => {
    const userData = mkdtempSync(path.join(os.tmpdir(), 'dnstray-electron-'));
    const app = await electron.launch({
      executablePath: bin!,
      args: [repoRoot, '--no-sandbox', `--user-data-dir=${userData}`],
      cwd: repoRoot,
    });
    try {
      const page = await app.firstWindow();
      await expect(page.getByTestId('version')).toHaveText(/\(electron\)$/);
      const version = await page.evaluate(() =>
        (window as unknown as { dnsTray: DnsTrayApi }).dnsTray.app.getVersion(),
      );
      expect(version.shell).toBe('electron');
      const hasNode = await page.evaluate(
        () => typeof (globalThis as { require?: unknown }).require,
      );
      expect(hasNode).toBe('undefined');
    } finally {
      await app.close();
    }
  });
});
