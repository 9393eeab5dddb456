import { app, type BrowserWindow } from 'electron';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  smokeExitCode,
  smokeReportLine,
  type SmokeObservations,
  type SmokeTestArgs,
} from './smoke-report.js';

/** A throwaway profile, before the single-instance lock and `ready` (both use userData). */
export function useThrowawayProfile(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'dnstray-smoke-'));
  app.setPath('userData', folder);
  return folder;
}

export interface SmokeTestDeps {
  args: SmokeTestArgs;
  trayCreated(): boolean;
  /** Opens Hosts and returns its window. */
  openHosts(): BrowserWindow | undefined;
  quit(): void;
}

/**
 * Checks a started shell like a user would: the tray exists, Hosts opens, and the window gets
 * `status:get` answered over IPC (through the preload, as the UI does). Prints one JSON line
 * and leaves the exit code for `stopOnQuit`.
 */
export function runSmokeTest(deps: SmokeTestDeps): { exitCode(): number } {
  const started = Date.now();
  const seen: SmokeObservations = {
    version: app.getVersion(),
    platform: process.platform,
    tray: false,
    hostsWindow: false,
    statusOverall: null,
    error: null,
    elapsedMs: 0,
  };
  let finished = false;
  const finish = (error: string | null): void => {
    if (finished) return;
    finished = true;
    seen.error = seen.error ?? error;
    seen.elapsedMs = Date.now() - started;
    console.log(smokeReportLine(seen));
    deps.quit();
  };
  const timer = setTimeout(
    () => finish(`timed out after ${deps.args.timeoutMs} ms`),
    deps.args.timeoutMs,
  );
  void (async () => {
    seen.tray = deps.trayCreated();
    const window = deps.openHosts();
    if (!window) return finish(null);
    const contents = window.webContents;
    if (contents.isLoading()) {
      await new Promise<void>((resolve) => contents.once('did-finish-load', () => resolve()));
    }
    seen.hostsWindow = true;
    const status = (await contents.executeJavaScript(
      // The preload exposes only the transport (the renderer builds window.dnsTray's API on it).
      "window.dnsTrayTransport.invoke('status:get', undefined).then((r) => r.result?.overall)",
    )) as unknown;
    seen.statusOverall = typeof status === 'string' ? status : null;
    finish(null);
  })()
    .catch((error: unknown) => finish(error instanceof Error ? error.message : String(error)))
    .finally(() => clearTimeout(timer));
  return { exitCode: () => (finished ? smokeExitCode(seen) : 1) };
}
