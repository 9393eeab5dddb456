import { execFile } from 'node:child_process';

/** Where safeStorage keeps the key that encrypts saved passwords, in words a user knows. */
export type SecretBackend =
  'macos-keychain' | 'windows-dpapi' | 'secret-service' | 'kwallet' | 'basic-text';

export interface SecretBackendChoice {
  /** `--password-store` to append before ready, or null to leave Chromium's own choice. */
  passwordStore: 'gnome-libsecret' | null;
}

/**
 * Desktops whose keyring Chromium finds by itself (XDG_CURRENT_DESKTOP / DESKTOP_SESSION).
 * Any other (i3, sway, Hyprland, a bare X session) gets basic_text unless told otherwise.
 * https://www.electronjs.org/docs/latest/api/safe-storage#safestoragegetselectedstoragebackend-linux
 */
const RECOGNISED_DESKTOPS = [
  'gnome',
  'x-cinnamon',
  'cinnamon',
  'deepin',
  'pantheon',
  'xfce',
  'ukui',
  'unity',
  'cosmic',
  'kde',
];

export function isRecognisedDesktop(env: NodeJS.ProcessEnv): boolean {
  const names = [
    ...(env.XDG_CURRENT_DESKTOP ?? '').split(':'),
    env.DESKTOP_SESSION ?? '',
    env.KDE_SESSION_VERSION ? 'kde' : '',
    env.GNOME_DESKTOP_SESSION_ID ? 'gnome' : '',
  ].map((name) => name.trim().toLowerCase());
  return names.some((name) => RECOGNISED_DESKTOPS.some((known) => name.startsWith(known)));
}

/** Whether the bus check is worth running: Linux, no explicit choice, a desktop Chromium misses. */
export function needsSecretServiceCheck(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  argv: readonly string[],
): boolean {
  if (platform !== 'linux') return false;
  if (argv.some((arg) => arg.startsWith('--password-store'))) return false;
  return !isRecognisedDesktop(env);
}

/**
 * macOS: Keychain; Windows: DPAPI; Linux: Chromium's own pick (GNOME, KDE, …), or the Secret
 * Service when `org.freedesktop.secrets` has an owner on the session bus; KWallet is left to
 * Chromium's KDE detection.
 */
export function chooseSecretBackend(
  platform: NodeJS.Platform,
  checkNeeded: boolean,
  secretServiceOnBus: boolean,
): SecretBackendChoice {
  if (platform !== 'linux' || !checkNeeded) return { passwordStore: null };
  return { passwordStore: secretServiceOnBus ? 'gnome-libsecret' : null };
}

/** The backend in use, from the platform and (Linux) `safeStorage.getSelectedStorageBackend()`. */
export function secretBackendInUse(platform: NodeJS.Platform, selected: string): SecretBackend {
  if (platform === 'darwin') return 'macos-keychain';
  if (platform === 'win32') return 'windows-dpapi';
  if (selected === 'gnome_libsecret') return 'secret-service';
  if (selected.startsWith('kwallet')) return 'kwallet';
  return 'basic-text';
}

const BACKEND_NAMES: Readonly<Record<SecretBackend, string>> = {
  'macos-keychain': 'the macOS Keychain',
  'windows-dpapi': 'Windows DPAPI',
  'secret-service': 'the Secret Service (GNOME Keyring, KeePassXC, …)',
  kwallet: 'KWallet',
  'basic-text': 'no keyring (Chromium chose basic_text)',
};

/** Why a password cannot be encrypted, naming the backend, for the "this run only" choice. */
export function describeUnavailableEncryption(backend: SecretBackend): string {
  if (backend === 'basic-text') {
    return 'This system offers no encryption for saved passwords: no keyring answers on the session bus (Chromium chose basic_text).';
  }
  return `This system offers no encryption for saved passwords: ${BACKEND_NAMES[backend]} did not answer.`;
}

export function describeSecretBackend(backend: SecretBackend): string {
  return BACKEND_NAMES[backend];
}

/** Runs a command, resolving its stdout, or null on failure or after `timeoutMs`. */
export type RunCommand = (
  file: string,
  args: string[],
  timeoutMs: number,
) => Promise<string | null>;

export const runCommand: RunCommand = (file, args, timeoutMs) =>
  new Promise((resolve) => {
    execFile(file, args, { timeout: timeoutMs, encoding: 'utf8' }, (error, stdout) =>
      resolve(error ? null : stdout),
    );
  });

/**
 * Asks the session bus whether `org.freedesktop.secrets` has an owner, without blocking: an
 * async `dbus-send` (then `gdbus`) with a short timeout; any failure reads as "no".
 */
export async function hasSecretServiceOnBus(
  run: RunCommand = runCommand,
  timeoutMs = 700,
): Promise<boolean> {
  const dbusSend = await run(
    'dbus-send',
    [
      '--session',
      '--print-reply',
      '--dest=org.freedesktop.DBus',
      '/org/freedesktop/DBus',
      'org.freedesktop.DBus.NameHasOwner',
      'string:org.freedesktop.secrets',
    ],
    timeoutMs,
  );
  if (dbusSend !== null) return /boolean\s+true/.test(dbusSend);
  const gdbus = await run(
    'gdbus',
    [
      'call',
      '--session',
      '--dest',
      'org.freedesktop.DBus',
      '--object-path',
      '/org/freedesktop/DBus',
      '--method',
      'org.freedesktop.DBus.NameHasOwner',
      'org.freedesktop.secrets',
    ],
    timeoutMs,
  );
  return gdbus !== null && /\(true,?\)/.test(gdbus);
}
