import { _electron as electron, type ElectronApplication } from '@playwright/test';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findElectronBinary, NO_ELECTRON_REASON } from '../../../scripts/electron-binary.mjs';
import { repoRoot } from '../../support/headless-process.js';

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
