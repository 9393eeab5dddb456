import path from 'node:path';
import { systemClock } from '../core/ports.js';
import { HeadlessSecretStore, readSecretsFile } from '../core/store/headless-secret-store.js';
import { openStores, type Stores } from '../core/store/open-stores.js';

/**
 * Opens settings and history in the config folder, with passwords from the environment
 * and the optional secrets file. A secrets file others can read stops the start (thrown
 * SecretsFileError); problems with the other files are printed and the shell carries on.
 */
export function openHeadlessStores(
  configDir: string,
  secretsFile: string | undefined,
): Stores & { secrets: HeadlessSecretStore } {
  const fromFile = secretsFile
    ? readSecretsFile(path.resolve(secretsFile), process.env.CREDENTIALS_DIRECTORY)
    : undefined;
  const secrets = new HeadlessSecretStore(process.env, fromFile);
  const stores = openStores({ folder: configDir, clock: systemClock, secrets: () => secrets });
  for (const notice of stores.notices.list()) console.warn(`dnstray-headless: ${notice.message}`);
  return { ...stores, secrets };
}
