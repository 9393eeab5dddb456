/**
 * What auto-renew has done per domain and window, kept across restarts so a window is never
 * renewed twice. A window is named by the domain and the expiry date it renews from.
 */
export type AutoRenewLedgerEntry =
  /** Written before the request leaves: a crash after it means "look before renewing". */
  | { state: 'started'; at: number; attempts: number }
  | { state: 'renewed'; at: number; newExpiry: string }
  /** Freenom refused or the request failed; tried again later in the window, up to a limit. */
  | { state: 'failed'; at: number; attempts: number; message: string };

export interface AutoRenewLedger {
  get(key: string): Promise<AutoRenewLedgerEntry | undefined>;
  put(key: string, entry: AutoRenewLedgerEntry): Promise<void>;
}

export function ledgerKey(domain: string, expiry: string): string {
  return `${domain.toLowerCase()}@${expiry}`;
}

/** For tests and until the settings/state store backs it with a file. */
export class MemoryAutoRenewLedger implements AutoRenewLedger {
  readonly entries = new Map<string, AutoRenewLedgerEntry>();

  async get(key: string): Promise<AutoRenewLedgerEntry | undefined> {
    return this.entries.get(key);
  }
  async put(key: string, entry: AutoRenewLedgerEntry): Promise<void> {
    this.entries.set(key, { ...entry });
  }
}
