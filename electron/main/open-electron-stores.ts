import { app, safeStorage } from 'electron';
import type { Clock } from '../core/ports.js';
import { openStores, safeStorageSecrets, type Stores } from '../core/store/open-stores.js';

/**
 * Settings, state, history and secrets in the user-data folder (the same folder the headless
 * shell defaults to), with secrets encrypted by the OS through safeStorage.
 */
export function openElectronStores(clock: Clock): Stores {
  const stores = openStores({
    folder: app.getPath('userData'),
    clock,
    secrets: safeStorageSecrets(safeStorage),
  });
  for (const notice of stores.notices.list()) console.warn(`dnstray: ${notice.message}`);
  return stores;
}
