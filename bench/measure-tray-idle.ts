import { setTimeout as wait } from 'node:timers/promises';
import {
  notAvailable,
  row,
  type BenchOptions,
  type BenchRow,
  type Measurement,
} from './bench-row.js';
import { median } from './stats.js';
import {
  appProcesses,
  bin,
  clickTray,
  closeAllWindows,
  launchCheckedTray,
  NO_ELECTRON_REASON,
  probe,
  rendererCount,
} from '../test/e2e/electron/electron-shell.js';

/** Startup work (loading, first check) is not idleness: let it settle first. */
const SETTLE_MS = 5_000;
/** How long a closed window's renderer may take to exit before the row says it lingered. */
const RELEASE_MS = 10_000;
const WINDOWS = ['Open Hosts…', 'Domains…', 'Settings…', 'Activity…'];

/**
 * The Electron tray app at idle with no window open: the resident memory of all its processes
 * (app.getAppMetrics: main, GPU, utility), sampled once a second; then every window opened
 * and closed again, and the renderer processes left afterwards. Needs a real Electron binary
 * (ELECTRON_BIN, or `npx install-electron`); without one the rows say so.
 */
export const trayIdle: Measurement = {
  id: 'tray.idle',
  title: 'Electron tray at idle, no window',
  async run(options: BenchOptions): Promise<BenchRow[]> {
    if (!bin)
      return [
        notAvailable(
          'tray.idle.rss.median',
          'Tray idle RSS, all processes (median)',
          NO_ELECTRON_REASON,
        ),
      ];
    const { shell, echo } = await launchCheckedTray();
    try {
      await wait(SETTLE_MS);
      const totals: number[] = [];
      let processes = 0;
      const started = performance.now();
      while (performance.now() - started < options.idleSeconds * 1000) {
        const sample = await appProcesses(shell.app);
        processes = Math.max(processes, sample.length);
        totals.push(sample.reduce((sum, process) => sum + process.workingSetKiB, 0) / 1024);
        await wait(1_000);
      }
      const detail = `${totals.length} samples after a ${SETTLE_MS / 1000} s settle; started --hidden, one host-less profile checking the echo emulator; up to ${processes} processes`;
      return [
        row(
          'tray.idle.rss.median',
          'Tray idle RSS, all processes (median)',
          median(totals),
          'MiB',
          detail,
        ),
        await renderersAfterClosing(shell.app),
      ];
    } finally {
      await shell.app.close().catch(() => undefined);
      await echo.close();
    }
  },
};

/** Opens each window from the tray menu, closes them all, and counts the renderers still alive. */
async function renderersAfterClosing(app: Parameters<typeof rendererCount>[0]): Promise<BenchRow> {
  for (const label of WINDOWS) await clickTray(app, label);
  const opened = await rendererCount(app);
  await closeAllWindows(app);
  const deadline = performance.now() + RELEASE_MS;
  let left = await rendererCount(app);
  while (left > 0 && performance.now() < deadline) {
    await wait(250);
    left = await rendererCount(app);
  }
  const open = ((await probe<string[]>(app, 'openWindows')) ?? []).length;
  return row(
    'tray.renderers.after-close',
    'Renderer processes left after closing all windows',
    left,
    'processes',
    `${WINDOWS.length} windows opened from the tray (${opened} renderers), closed, ${RELEASE_MS / 1000} s allowed; windows still registered: ${open}`,
  );
}
