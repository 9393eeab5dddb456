import { app } from 'electron';
import os from 'node:os';
import { autostartFilePath, HIDDEN_ARG, launchCommand, LinuxAutostart } from './linux-autostart.js';

/** Start at login, whatever the OS keeps it in; the OS is the truth (users change it there). */
export interface StartAtLogin {
  isEnabled(): boolean;
  setEnabled(enabled: boolean): void;
  /** macOS reports a login launch itself; elsewhere the --hidden argument says it. */
  openedAtLogin(): boolean;
}

const LOGIN_ARGS = [HIDDEN_ARG];

function linuxStartAtLogin(): StartAtLogin {
  const autostart = new LinuxAutostart(autostartFilePath(process.env, os.homedir()), {
    name: app.getName(),
    command: launchCommand(process.env, process.execPath),
    args: app.isPackaged ? [] : [app.getAppPath()],
    comment: 'Keeps your dynamic DNS records on your public IP address',
  });
  return {
    isEnabled: () => autostart.isEnabled(),
    setEnabled: (enabled) => autostart.setEnabled(enabled),
    openedAtLogin: () => false,
  };
}

/** macOS and Windows keep login items themselves; Windows passes the args, macOS tells us. */
function loginItemStartAtLogin(): StartAtLogin {
  return {
    isEnabled: () => app.getLoginItemSettings({ args: LOGIN_ARGS }).openAtLogin,
    setEnabled: (enabled) => app.setLoginItemSettings({ openAtLogin: enabled, args: LOGIN_ARGS }),
    openedAtLogin: () =>
      process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin,
  };
}

export function createStartAtLogin(): StartAtLogin {
  return process.platform === 'linux' ? linuxStartAtLogin() : loginItemStartAtLogin();
}
