import { app, dialog } from 'electron';

/** Every renderer sandboxed, whatever a window's options say; must run before `ready`. */
export function sandboxEveryRenderer(): void {
  app.enableSandbox();
}

/** One DNS Tray per user: a second launch hands its arguments to the running one and quits. */
export function claimSingleInstance(onSecondInstance: (argv: string[]) => void): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', (_event, argv) => onSecondInstance(argv));
  return true;
}

/** A start that failed says why in a dialog (there is no window or tray to show it) and exits. */
export function failStart(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`dnstray: could not start: ${message}`);
  dialog.showErrorBox('DNS Tray could not start', message);
  app.exit(1);
}

/** Closing the last window leaves DNS Tray running in the tray (Quit is in the tray menu). */
export function stayInTrayWhenWindowsClose(): void {
  app.on('window-all-closed', () => undefined);
}

/** On quit, stops everything in order (the core persists its state) before the process exits. */
export function stopOnQuit(stops: ReadonlyArray<() => unknown>): void {
  let stopping = false;
  app.on('will-quit', (event) => {
    if (stopping) return;
    stopping = true;
    event.preventDefault();
    void (async () => {
      for (const stop of stops) {
        try {
          await stop();
        } catch (error) {
          console.error(
            `dnstray: while quitting: ${error instanceof Error ? error.message : error}`,
          );
        }
      }
      app.exit(0);
    })();
  });
}

/**
 * For the `_electron` end-to-end tests only (DNSTRAY_E2E=1): what the tray shows and which
 * windows are open, since Electron offers no way to list trays from outside.
 */
export function exposeForEndToEndTests(probe: Record<string, () => unknown>): void {
  if (process.env.DNSTRAY_E2E === '1') Object.assign(globalThis, { __dnsTrayProbe: probe });
}
