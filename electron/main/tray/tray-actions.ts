import type { CoreInvoke } from '../app/shell-settings.js';
import type { TrayMenuActions } from './tray-menu.js';
import type { WindowKind } from '../windows/window-kinds.js';

export interface TrayActionDeps {
  invoke: CoreInvoke;
  openWindow(kind: WindowKind): void;
  setStartAtLogin(enabled: boolean): void;
  /** Writes text to the clipboard. */
  copy(text: string): void;
  /** The menu shows start-at-login from the OS: re-render after changing it. */
  refresh(): void;
  quit(): void;
  /** A core call that failed (the tray has nowhere to show it but the log and the status). */
  onError(message: string): void;
}

/**
 * Binds the tray menu to the core's channels (through dispatch, so the tray's requests are
 * parsed like a window's) and to the shell.
 */
export function createTrayActions(deps: TrayActionDeps): TrayMenuActions {
  const call = (channel: string, payload: unknown): void => {
    void deps.invoke(channel, payload).then((reply) => {
      if (!reply.ok) deps.onError(`${channel}: ${reply.error.message}`);
    });
  };
  return {
    updateNow: () => call('sync:updateNow', undefined),
    // The core pauses in whole minutes; no minutes means until resumed.
    pause: (ms) =>
      call('sync:pause', ms === null ? {} : { minutes: Math.max(1, Math.round(ms / 60_000)) }),
    resume: () => call('sync:resume', undefined),
    openWindow: (kind) => deps.openWindow(kind),
    copy: (text) => deps.copy(text),
    setStartAtLogin: (enabled) => {
      deps.setStartAtLogin(enabled);
      deps.refresh();
    },
    quit: () => deps.quit(),
  };
}
