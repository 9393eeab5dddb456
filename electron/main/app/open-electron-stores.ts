import { app, safeStorage } from 'electron';
import ElectronStore from 'electron-store';
import type { Clock } from '../../core/ports.js';
import type { OpenBacking } from '../../core/store/open-settings.js';
import type { SafeStorageLike } from '../../core/store/safe-storage-secret-store.js';
import { openStores, safeStorageSecrets, type Stores } from '../../core/store/open-stores.js';
import { describeUnavailableEncryption, secretBackendInUse } from './secret-backend.js';

/** electron-store on `<folder>/config.json`, the same file and mode conf uses headless. */
const openElectronStoreBacking: OpenBacking = (folder) =>
  new ElectronStore<Record<string, unknown>>({
    cwd: folder,
    name: 'config',
    configFileMode: 0o600,
  });

/** The backend safeStorage uses; getSelectedStorageBackend exists only on Linux. */
function selectedBackend(): string {
  return process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : '';
}

/** safeStorage, plus the backend's name for the message shown when it cannot encrypt. */
const electronSafeStorage: SafeStorageLike = {
  isEncryptionAvailable: () => safeStorage.isEncryptionAvailable(),
  encryptString: (plainText) => safeStorage.encryptString(plainText),
  decryptString: (encrypted) => safeStorage.decryptString(encrypted),
  describeUnavailable: () =>
    describeUnavailableEncryption(secretBackendInUse(process.platform, selectedBackend())),
};

/**
 * Settings, history and secrets in the user-data folder (the same folder the headless
 * shell defaults to), with secrets encrypted by the OS through safeStorage.
 */
export function openElectronStores(clock: Clock): Stores {
  const stores = openStores({
    folder: app.getPath('userData'),
    clock,
    secrets: safeStorageSecrets(electronSafeStorage),
    openBacking: openElectronStoreBacking,
  });
  for (const notice of stores.notices.list()) console.warn(`dnstray: ${notice.message}`);
  return stores;
}
