import { app, dialog } from 'electron';
import { runQuitSteps, type QuitStep } from './quit-sequence.js';
import {
  chooseSecretBackend,
  hasSecretServiceOnBus,
  needsSecretServiceCheck,
} from './secret-backend.js';

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

/**
 * On quit, runs the steps in order (see main.ts: unsubscribe, stop the core, then destroy the
 * tray) before the process exits with `exitCode()`; a failing step is logged, not fatal.
 */
export function stopOnQuit(
  steps: () => readonly QuitStep[],
  exitCode: () => number = () => 0,
): void {
  let stopping = false;
  app.on('will-quit', (event) => {
    if (stopping) return;
    stopping = true;
    event.preventDefault();
    void runQuitSteps(steps(), (message) => console.error(`dnstray: ${message}`)).then(() =>
      app.exit(exitCode()),
    );
  });
}

/**
 * macOS: Finder, Spotlight, the Dock and `open` reactivate the running app without a
 * `second-instance`; `activate` is the only sign.
 * https://www.electronjs.org/docs/latest/api/app#event-activate-macos
 */
export function onActivate(handler: () => void): void {
  app.on('activate', () => handler());
}

/**
 * Linux: on a desktop Chromium does not recognise (i3, sway, Hyprland, …), use the Secret
 * Service when `org.freedesktop.secrets` has an owner on the session bus. Must run before
 * ready: the switch is read once, before the message loop starts.
 */
export async function pickLinuxSecretStore(): Promise<void> {
  if (!needsSecretServiceCheck(process.platform, process.env, process.argv)) return;
  const choice = chooseSecretBackend(process.platform, true, await hasSecretServiceOnBus());
  if (choice.passwordStore) app.commandLine.appendSwitch('password-store', choice.passwordStore);
}

/**
 * For the `_electron` end-to-end tests only (DNSTRAY_E2E=1): what the tray shows and which
 * windows are open, since Electron offers no way to list trays from outside.
 */
export function exposeForEndToEndTests(probe: Record<string, (...args: never[]) => unknown>): void {
  if (process.env.DNSTRAY_E2E === '1') Object.assign(globalThis, { __dnsTrayProbe: probe });
}
