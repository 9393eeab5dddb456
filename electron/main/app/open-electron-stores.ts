import { app, safeStorage } from 'electron';
import ElectronStore from 'electron-store';
import type { Clock } from '../../core/ports.js';
import type { OpenBacking } from '../../core/store/open-settings.js';
import { openStores, safeStorageSecrets, type Stores } from '../../core/store/open-stores.js';

/** electron-store on `<folder>/config.json`, the same file and mode conf uses headless. */
const openElectronStoreBacking: OpenBacking = (folder) =>
  new ElectronStore<Record<string, unknown>>({
    cwd: folder,
    name: 'config',
    configFileMode: 0o600,
  });

/**
 * Settings, history and secrets in the user-data folder (the same folder the headless
 * shell defaults to), with secrets encrypted by the OS through safeStorage.
 */
export function openElectronStores(clock: Clock): Stores {
  const stores = openStores({
    folder: app.getPath('userData'),
    clock,
    secrets: safeStorageSecrets(safeStorage),
    openBacking: openElectronStoreBacking,
  });
  for (const notice of stores.notices.list()) console.warn(`dnstray: ${notice.message}`);
  return stores;
}
