import type { Dispatcher } from 'undici';
import { createFreednsClient } from '../freedns-io/index.js';
import type { RecordWriter } from '../sync/sync-ports.js';
import type { EngineAccount, PasswordSource } from './engine-config.js';

/**
 * One freedns.io client per account that has a password. Accounts without one get a sentence
 * instead, which becomes the records' "failed" outcome. The password is fetched per request
 * and never kept here.
 */
export async function createAccountWriters(
  accounts: readonly EngineAccount[],
  passwords: PasswordSource,
  dispatcher?: Dispatcher,
): Promise<Map<string, RecordWriter | string>> {
  const writers = new Map<string, RecordWriter | string>();
  for (const account of accounts) {
    const present = (await passwords.password(account.id)) !== null;
    writers.set(
      account.id,
      present
        ? createFreednsClient({
            endpoint: account.endpoint,
            username: account.username,
            password: async () => (await passwords.password(account.id)) ?? '',
            ...(dispatcher ? { dispatcher } : {}),
          })
        : `No password is set for the freedns.io account "${account.username}".`,
    );
  }
  return writers;
}
