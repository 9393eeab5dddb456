import { HIDDEN_ARG } from '../login/linux-autostart.js';
import { isWindowKind, type WindowKind } from '../windows/window-kinds.js';

const OPEN_PREFIX = '--open=';

/** `--open=settings` names the window to show; anything else there is ignored. */
function requestedWindow(argv: readonly string[]): WindowKind | null {
  const arg = argv.find((a) => a.startsWith(OPEN_PREFIX));
  const kind = arg?.slice(OPEN_PREFIX.length) ?? '';
  return isWindowKind(kind) ? kind : null;
}

/**
 * The window to show when DNS Tray starts. Started at login (our autostart entry and login
 * item pass --hidden; macOS says so itself) or set to start hidden, it stays in the tray,
 * unless a window was asked for by name.
 */
export function initialWindow(argv: readonly string[], startInTray: boolean): WindowKind | null {
  const requested = requestedWindow(argv);
  if (requested) return requested;
  return startInTray || argv.includes(HIDDEN_ARG) ? null : 'hosts';
}

/** Launching DNS Tray again while it runs shows a window in the running one: never nothing. */
export function windowForSecondInstance(argv: readonly string[]): WindowKind {
  return requestedWindow(argv) ?? 'hosts';
}

/**
 * macOS `activate` (Dock, Finder, Spotlight, `open`): shows Hosts once the shell has started;
 * the activate that comes with the first launch is ignored, since `initialWindow` decides that.
 */
export function windowForActivate(started: boolean): WindowKind | null {
  return started ? 'hosts' : null;
}
