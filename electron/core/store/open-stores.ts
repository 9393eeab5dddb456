import { mkdirSync } from 'node:fs';
import { HISTORY_LIMIT } from '../../../shared/settings/history-event.js';
import type { Clock } from '../ports.js';
import { diskAppendLog, memoryAppendLog, type AppendLog } from './append-log.js';
import { diskDocument, memoryDocument, type DocumentFile } from './document-file.js';
import { forgetRemovedSecrets } from './forget-removed-secrets.js';
import { HistoryStore } from './history-store.js';
import { HISTORY_FILE, migrateLegacyHistory } from './migrate-history.js';
import { openSettingsStore, type OpenBacking } from './open-settings.js';
import { SafeStorageSecretStore, type SafeStorageLike } from './safe-storage-secret-store.js';
import type { SecretStore } from './secret-store.js';
import { SettingsStore } from './settings-store.js';
import { StartupNotices } from './startup-notices.js';

/** Everything that persists, opened together from one folder. */
export interface Stores {
  folder: string;
  settings: SettingsStore;
  history: HistoryStore;
  secrets: SecretStore;
  notices: StartupNotices;
}

export interface SecretStoreContext {
  clock: Clock;
  notices: StartupNotices;
  /** Opens a crash-safe document in the stores' folder (e.g. "secrets.json"). */
  document(name: string): DocumentFile;
}
export type OpenSecretStore = (context: SecretStoreContext) => SecretStore;

/** What the Electron shell passes: `safeStorageSecrets(safeStorage)`. */
export function safeStorageSecrets(crypto: SafeStorageLike): OpenSecretStore {
  return ({ clock, notices, document }) =>
    new SafeStorageSecretStore(crypto, document('secrets.json'), clock, notices);
}

/**
 * Opens settings, history and secrets in `folder` (created 0700 if missing). Problems
 * found on the way (moved-aside files, upgrades) are in `notices`, never thrown.
 */
export function openStores(options: {
  folder: string;
  clock: Clock;
  secrets: OpenSecretStore;
  openBacking?: OpenBacking;
}): Stores {
  const { folder, clock } = options;
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const notices = new StartupNotices(clock);
  const settings = openSettingsStore({
    folder,
    clock,
    notices,
    ...(options.openBacking ? { openBacking: options.openBacking } : {}),
  });
  migrateLegacyHistory({ folder, clock, notices, limit: HISTORY_LIMIT });
  return assemble(
    folder,
    clock,
    notices,
    settings,
    { document: (name) => diskDocument(folder, name), log: (name) => diskAppendLog(folder, name) },
    options.secrets,
  );
}

/** The same stores kept in memory: for a core created without a folder (tests of other parts). */
export function openMemoryStores(clock: Clock, secrets: OpenSecretStore): Stores {
  const notices = new StartupNotices(clock);
  const backing = { path: '(memory)/config.json', store: {} as Record<string, unknown> };
  const settings = new SettingsStore(backing);
  backing.store = settings.get();
  return assemble(
    '(memory)',
    clock,
    notices,
    settings,
    { document: memoryDocument, log: memoryAppendLog },
    secrets,
  );
}

function assemble(
  folder: string,
  clock: Clock,
  notices: StartupNotices,
  settings: SettingsStore,
  files: { document: (name: string) => DocumentFile; log: (name: string) => AppendLog },
  openSecrets: OpenSecretStore,
): Stores {
  const secrets = openSecrets({ clock, notices, document: files.document });
  const history = new HistoryStore(files.log(HISTORY_FILE), clock, notices, (text) =>
    secrets.redact(text),
  );
  forgetRemovedSecrets(settings, secrets);
  // Read everything once now, so damaged files are found and reported at startup.
  history.list({ offset: 0, limit: 1 });
  secrets.status([]);
  return { folder, settings, history, secrets, notices };
}
