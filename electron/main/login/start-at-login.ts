import { app } from 'electron';
import os from 'node:os';
import { autostartFilePath, launchCommand, LinuxAutostart } from './linux-autostart.js';
import {
  isLoginItemOn,
  loginBackend,
  loginItemQueryFor,
  loginItemSettingsFor,
  wasStartedAtLogin,
} from './login-state.js';

/** Start at login, whatever the OS keeps it in; the OS is the truth (users change it there). */
export interface StartAtLogin {
  isEnabled(): boolean;
  setEnabled(enabled: boolean): void;
  /** This run was started at login (so it stays in the tray). */
  openedAtLogin(): boolean;
}

function linuxStartAtLogin(followThisCopy: boolean): StartAtLogin {
  const autostart = new LinuxAutostart(autostartFilePath(process.env, os.homedir()), {
    name: app.getName(),
    command: launchCommand(process.env, process.execPath),
    args: app.isPackaged ? [] : [app.getAppPath()],
    comment: 'Keeps your dynamic DNS records on your public IP address',
  });
  // When on, the Exec line follows this copy (a new AppImage file name, a moved install).
  if (followThisCopy) autostart.refresh();
  return {
    isEnabled: () => autostart.isEnabled(),
    setEnabled: (enabled) => autostart.setEnabled(enabled),
    openedAtLogin: () => wasStartedAtLogin('linux', process.argv, () => false),
  };
}

/** macOS and Windows keep login items themselves (decisions in login-state.ts). */
function loginItemStartAtLogin(platform: NodeJS.Platform): StartAtLogin {
  const query = loginItemQueryFor(platform, process.execPath);
  return {
    isEnabled: () => isLoginItemOn(platform, app.getLoginItemSettings(query)),
    setEnabled: (enabled) =>
      app.setLoginItemSettings(loginItemSettingsFor(platform, enabled, process.execPath)),
    openedAtLogin: () =>
      wasStartedAtLogin(platform, process.argv, () => app.getLoginItemSettings().wasOpenedAtLogin),
  };
}

/** `followThisCopy`: false for a throwaway run (--smoke-test), which must not touch the entry. */
export function createStartAtLogin(
  platform: NodeJS.Platform = process.platform,
  followThisCopy = true,
): StartAtLogin {
  return loginBackend(platform) === 'xdg-autostart'
    ? linuxStartAtLogin(followThisCopy)
    : loginItemStartAtLogin(platform);
}
