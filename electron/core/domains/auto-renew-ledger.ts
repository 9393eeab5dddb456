/**
 * What auto-renew has done for each domain, kept across restarts so a window is never renewed
 * twice. `window` names the renewal window by the expiry date (YYYYMMDD) it renews from.
 */
export type AutoRenewLedgerEntry =
  /** Written before the request leaves: after a crash or a lost answer, look before renewing. */
  | { state: 'started'; window: string; at: number; attempts: number }
  | { state: 'renewed'; window: string; at: number; newExpiry: string }
  /** Freenom refused or the request failed; tried again later in the window, up to a limit. */
  | { state: 'failed'; window: string; at: number; attempts: number; message: string };

/** Keyed by the lower-case domain name; the settings/state store backs it with a file. */
export interface AutoRenewLedger {
  get(domain: string): Promise<AutoRenewLedgerEntry | undefined>;
  put(domain: string, entry: AutoRenewLedgerEntry): Promise<void>;
}

/** For tests and until the store backs it. */
export class MemoryAutoRenewLedger implements AutoRenewLedger {
  readonly entries = new Map<string, AutoRenewLedgerEntry>();

  async get(domain: string): Promise<AutoRenewLedgerEntry | undefined> {
    const entry = this.entries.get(domain);
    return entry && { ...entry };
  }
  async put(domain: string, entry: AutoRenewLedgerEntry): Promise<void> {
    this.entries.set(domain, { ...entry });
  }
}
