import type { SecretRef } from '../../../shared/settings/store-contract.js';
import type { Stores } from '../store/open-stores.js';

/**
 * The Domains window's Freenom account: its settings (e-mail, base URL, test mode) in the
 * settings file, its password in the SecretStore. The password stays in the core; the window
 * learns only whether one is set and where it is kept.
 */
export interface FreenomAccountSettings {
  email: string;
  baseUrl: string;
  testMode: boolean;
}

export interface SecretOutcome {
  outcome: 'stored' | 'kept-for-this-run' | 'not-stored' | 'choice-needed';
  message: string;
}

export interface FreenomAccountStore {
  load(): Promise<FreenomAccountSettings | null>;
  password(): Promise<string | null>;
  /** encrypted, this-run, environment, secrets-file or none. */
  passwordStorage(): Promise<string>;
  /** Saves the settings; a given password replaces the stored one, none keeps it. */
  save(
    account: FreenomAccountSettings,
    password?: string,
    whenUnencrypted?: 'keep-for-this-run' | 'do-not-store',
  ): Promise<SecretOutcome | null>;
}

/** The account id a first connection gets; its env variable is DNSTRAY_FREENOM_PASSWORD_FREENOM. */
export const DEFAULT_FREENOM_ACCOUNT_ID = 'freenom';

/** The first Freenom account of the settings is the one the Domains window works on. */
export function createStoresAccountStore(stores: Stores): FreenomAccountStore {
  const first = () => stores.settings.get().accounts.freenom[0];
  const ref = (): SecretRef => ({
    service: 'freenom',
    accountId: first()?.id ?? DEFAULT_FREENOM_ACCOUNT_ID,
  });
  return {
    load: async () => {
      const account = first();
      return account
        ? { email: account.email, baseUrl: account.baseUrl, testMode: account.testMode }
        : null;
    },
    password: async () => stores.secrets.get(ref()) ?? null,
    passwordStorage: async () => stores.secrets.status([ref()]).accounts[0]?.storage ?? 'none',
    save: async (account, password, whenUnencrypted) => {
      const [current, ...others] = stores.settings.get().accounts.freenom;
      const id = current?.id ?? DEFAULT_FREENOM_ACCOUNT_ID;
      const result = await stores.settings.update({
        accounts: { freenom: [{ ...current, id, ...account }, ...others] },
      });
      if (!result.ok) throw new Error(result.errors[0]?.message ?? 'The settings were refused.');
      if (password === undefined) return null;
      const { outcome, message } = await stores.secrets.set(
        { service: 'freenom', accountId: id },
        password,
        whenUnencrypted,
      );
      return { outcome, message };
    },
  };
}
