import type { LoginItemSettings, Settings } from 'electron';
import { HIDDEN_ARG } from './linux-autostart.js';

/** What each OS keeps start at login in: its login items, or the XDG autostart file. */
export type LoginBackend = 'login-item' | 'xdg-autostart';

export function loginBackend(platform: NodeJS.Platform): LoginBackend {
  return platform === 'darwin' || platform === 'win32' ? 'login-item' : 'xdg-autostart';
}

/** The fields of `app.getLoginItemSettings()` the decision reads. */
export type LoginItemFacts = Pick<
  LoginItemSettings,
  'openAtLogin' | 'executableWillLaunchAtLogin' | 'launchItems'
>;

/**
 * Whether the login item will really start DNS Tray. On Windows a user can switch the Run key
 * off in Task Manager or Settings → Startup while `openAtLogin` stays true, so only an enabled
 * entry counts (`executableWillLaunchAtLogin`, `launchItems[].enabled`).
 * https://www.electronjs.org/docs/latest/api/app#appgetloginitemsettingsoptions-macos-windows
 */
export function isLoginItemOn(platform: NodeJS.Platform, facts: LoginItemFacts): boolean {
  if (platform !== 'win32') return facts.openAtLogin;
  const items = facts.launchItems ?? [];
  if (items.length > 0) return items.some((item) => item.enabled);
  return facts.executableWillLaunchAtLogin === true;
}

/**
 * What to pass to `app.setLoginItemSettings`. Windows starts the executable with --hidden (it
 * keeps args and checks them when read back); macOS ignores args and reports
 * `wasOpenedAtLogin` itself.
 */
export function loginItemSettingsFor(
  platform: NodeJS.Platform,
  enabled: boolean,
  execPath: string,
): Settings {
  if (platform === 'win32') return { openAtLogin: enabled, path: execPath, args: [HIDDEN_ARG] };
  return { openAtLogin: enabled };
}

/** Options for `app.getLoginItemSettings`, matching what was set (Windows compares them). */
export function loginItemQueryFor(
  platform: NodeJS.Platform,
  execPath: string,
): { path?: string; args?: string[] } {
  return platform === 'win32' ? { path: execPath, args: [HIDDEN_ARG] } : {};
}

/** Started at login: macOS says so itself; Windows and Linux see the --hidden argument. */
export function wasStartedAtLogin(
  platform: NodeJS.Platform,
  argv: readonly string[],
  macWasOpenedAtLogin: () => boolean,
): boolean {
  if (platform === 'darwin') return macWasOpenedAtLogin();
  return argv.includes(HIDDEN_ARG);
}
