import { _electron as electron, type ElectronApplication } from '@playwright/test';
import type { ProcessMetric } from 'electron';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findElectronBinary, NO_ELECTRON_REASON } from '../../../scripts/electron-binary.mjs';
import { startEchoEmulator, type EchoEmulator } from '../../emulators/ip-echo/index.js';
import { repoRoot } from '../../support/headless-process.js';
import { sandboxEngine } from '../../support/sandbox-settings.js';

export const bin = findElectronBinary();
export { NO_ELECTRON_REASON };
// The list reporter does not print skip reasons, so say it where CI logs will show it.
if (!bin) console.warn(`[electron e2e] skipped: ${NO_ELECTRON_REASON}`);

export interface Shell {
  app: ElectronApplication;
  userData: string;
  /** XDG_CONFIG_HOME of the run: the autostart file goes under it, never the real one. */
  xdg: string;
  /** Arguments and environment that reach the same instance (for a second launch). */
  args: string[];
  env: NodeJS.ProcessEnv;
}

/**
 * Launches the built app with a throwaway profile (optionally a config.json written into it)
 * and the main-process probe switched on (DNSTRAY_E2E=1).
 */
export async function launchShell(options: { args?: string[]; settings?: unknown } = {}) {
  const userData = mkdtempSync(path.join(os.tmpdir(), 'dnstray-electron-'));
  const xdg = mkdtempSync(path.join(os.tmpdir(), 'dnstray-xdg-'));
  if (options.settings) {
    mkdirSync(userData, { recursive: true });
    writeFileSync(path.join(userData, 'config.json'), JSON.stringify(options.settings), {
      mode: 0o600,
    });
  }
  const args = [repoRoot, '--no-sandbox', `--user-data-dir=${userData}`];
  const env = { ...process.env, DNSTRAY_E2E: '1', XDG_CONFIG_HOME: xdg };
  const app = await electron.launch({
    executablePath: bin!,
    args: [...args, ...(options.args ?? [])],
    cwd: repoRoot,
    env,
  });
  return { app, userData, xdg, args, env } satisfies Shell;
}

export type ProbeName =
  | 'trayState'
  | 'trayShown'
  | 'openWindows'
  | 'notificationsShown'
  | 'startAtLogin'
  | 'clickTrayItem';

/** Calls the main-process probe (electron/main/main.ts exposes it under DNSTRAY_E2E=1 only). */
export function probe<T = unknown>(
  app: ElectronApplication,
  name: ProbeName,
  arg?: string,
): Promise<T> {
  return app.evaluate(
    (_electron, [key, value]) => {
      const table = (globalThis as { __dnsTrayProbe?: Record<string, (a?: string) => unknown> })
        .__dnsTrayProbe;
      return table?.[key!]?.(value) ?? null;
    },
    [name, arg] as const,
  ) as Promise<T>;
}

/** Clicks a tray menu item by its label, as a person would; fails when the menu lacks it. */
export async function clickTray(app: ElectronApplication, label: string): Promise<void> {
  const clicked = await probe<boolean>(app, 'clickTrayItem', label);
  if (!clicked) throw new Error(`the tray menu has no item "${label}"`);
}

export async function tooltip(app: ElectronApplication): Promise<string> {
  return (await probe<{ tooltip: string } | null>(app, 'trayShown'))?.tooltip ?? '';
}

/**
 * The tray app started hidden (`--hidden`, as at login) with its IP sources on a local echo
 * emulator, once its first check shows in the tooltip. The caller closes both.
 */
export async function launchCheckedTray(): Promise<{ shell: Shell; echo: EchoEmulator }> {
  const echo = await startEchoEmulator({ port: 0 });
  try {
    const shell = await launchShell({
      args: ['--hidden'],
      settings: { version: 2, engine: sandboxEngine(echo.sourceUrls) },
    });
    const deadline = Date.now() + 20_000;
    while (!(await tooltip(shell.app)).includes('IPv4 203.0.113.10')) {
      if (Date.now() > deadline) {
        await shell.app.close();
        throw new Error(`the tray never showed the first check: "${await tooltip(shell.app)}"`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return { shell, echo };
  } catch (error) {
    await echo.close();
    throw error;
  }
}

/** One process of the app: its type and resident memory. */
export interface AppProcess {
  pid: number;
  type: ProcessMetric['type'];
  /** Resident memory in KiB (workingSetSize; Electron reports every MemoryInfo figure in KiB). */
  workingSetKiB: number;
}

/**
 * Every process of the app (main, GPU, utility, one 'Tab' per renderer) from app.getAppMetrics().
 * https://electronjs.org/docs/api/app#appgetappmetrics ·
 * https://electronjs.org/docs/api/structures/process-metric ·
 * https://electronjs.org/docs/api/structures/memory-info ("all statistics are reported in Kilobytes")
 */
export function appProcesses(app: ElectronApplication): Promise<AppProcess[]> {
  return app.evaluate(({ app: running }) =>
    running.getAppMetrics().map((metric) => ({
      pid: metric.pid,
      type: metric.type,
      workingSetKiB: metric.memory.workingSetSize,
    })),
  );
}

/** Renderer processes ('Tab' in ProcessMetric.type): one per open window's web contents. */
export async function rendererCount(app: ElectronApplication): Promise<number> {
  return (await appProcesses(app)).filter((process) => process.type === 'Tab').length;
}

/** Closes every window the way its close button does (BrowserWindow.close, not destroy). */
export async function closeAllWindows(app: ElectronApplication): Promise<void> {
  await app.evaluate(({ BrowserWindow }) => {
    for (const window of BrowserWindow.getAllWindows()) window.close();
  });
}

/** "main 61.2 MiB, GPU 40.1 MiB, ..." for a log line. */
export function describeProcesses(processes: readonly AppProcess[]): string {
  return processes
    .map((process) => `${process.type} ${(process.workingSetKiB / 1024).toFixed(1)} MiB`)
    .join(', ');
}
