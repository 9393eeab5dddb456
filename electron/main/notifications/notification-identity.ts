/**
 * Who DNS Tray's notifications come from, per OS. Windows matches a toast to the Start-menu
 * shortcut carrying the same AppUserModelId (the installer's, electron-builder's `appId`); set
 * it before the first window or toast, or toasts are dropped or their clicks never come back.
 * https://www.electronjs.org/docs/latest/tutorial/notifications#windows
 */
export const APP_USER_MODEL_ID = 'io.dnstray.app';

/** Linux desktops match windows and notifications to this desktop file (package.json `desktopName`). */
export const DESKTOP_FILE_NAME = 'dnstray.desktop';

export interface NotificationIdentity {
  /** `app.setAppUserModelId` argument, first thing on Windows; null elsewhere. */
  appUserModelId: string | null;
  /** The desktop file name notifications are matched to on Linux; null elsewhere. */
  desktopName: string | null;
}

export function notificationIdentity(platform: NodeJS.Platform): NotificationIdentity {
  switch (platform) {
    case 'win32':
      return { appUserModelId: APP_USER_MODEL_ID, desktopName: null };
    case 'darwin':
      // macOS takes the identity from the bundle id, which the build sets (appId).
      return { appUserModelId: null, desktopName: null };
    default:
      return { appUserModelId: null, desktopName: DESKTOP_FILE_NAME };
  }
}

/** How macOS sees the app bundle's code signature (from `codesign -dv`). */
export type MacSignature = 'signed' | 'ad-hoc' | 'unsigned' | 'unknown';

/** Reads `codesign -dv --verbose=2` output (it writes to stderr); unknown when it did not run. */
export function macSignatureFrom(codesignOutput: string | null): MacSignature {
  if (codesignOutput === null) return 'unknown';
  if (/not signed at all/i.test(codesignOutput)) return 'unsigned';
  if (/Signature=adhoc/i.test(codesignOutput)) return 'ad-hoc';
  if (/Authority=/i.test(codesignOutput)) return 'signed';
  return 'unknown';
}

export interface NotificationFacts {
  /** `Notification.isSupported()`. */
  supported: boolean;
  /** macOS only: the bundle's signature. */
  macSignature?: MacSignature;
  /** Windows only: the AppUserModelId of the Start-menu shortcut, null when there is none. */
  shortcutAppUserModelId?: string | null;
}

/** What Settings says about desktop notifications: shown, or why not. */
export interface NotificationSupport {
  shown: boolean;
  reason: string | null;
}

/**
 * Whether notifications can reach the user. macOS delivers them only to signed apps
 * (UNUserNotificationCenter); Windows only for an AppUserModelId that a shortcut carries.
 */
export function notificationSupport(
  platform: NodeJS.Platform,
  facts: NotificationFacts,
): NotificationSupport {
  if (!facts.supported) {
    return { shown: false, reason: 'This system does not support desktop notifications.' };
  }
  if (platform === 'darwin' && facts.macSignature === 'unsigned') {
    return {
      shown: false,
      reason:
        'macOS shows notifications only from signed apps, and this copy of DNS Tray is not signed.',
    };
  }
  if (platform === 'win32' && facts.shortcutAppUserModelId !== APP_USER_MODEL_ID) {
    return {
      shown: false,
      reason:
        'Windows shows notifications only for apps installed with a Start menu shortcut; install DNS Tray with its installer.',
    };
  }
  return { shown: true, reason: null };
}
