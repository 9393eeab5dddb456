/**
 * Where the Domains window's Freenom account lives: its settings (e-mail, base URL, test mode)
 * and its password, which stays in the core and is reported to the renderer only as "set".
 */
export interface FreenomAccountSettings {
  email: string;
  baseUrl: string;
  testMode: boolean;
}

export interface FreenomAccountStore {
  load(): Promise<FreenomAccountSettings | null>;
  password(): Promise<string | null>;
  /** Saves the settings; a given password replaces the stored one, none keeps it. */
  save(account: FreenomAccountSettings, password?: string): Promise<void>;
}

/** An account store that lives as long as the process: for tests and a first run. */
export function createMemoryAccountStore(
  initial: (FreenomAccountSettings & { password?: string }) | null = null,
): FreenomAccountStore {
  let account: FreenomAccountSettings | null = initial
    ? { email: initial.email, baseUrl: initial.baseUrl, testMode: initial.testMode }
    : null;
  let secret: string | null = initial?.password ?? null;
  return {
    load: async () => (account ? { ...account } : null),
    password: async () => secret,
    save: async (next, password) => {
      account = { ...next };
      if (password !== undefined) secret = password;
    },
  };
}
