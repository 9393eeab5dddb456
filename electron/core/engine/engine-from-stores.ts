import { describeOutcome } from '../../../shared/engine/record-outcome.js';
import { DAILY_UPDATE_LIMIT } from '../../../shared/records/desired-records.js';
import { openBudgetLedgerStore, type LedgerHost } from '../budget/file-budget-ledger-store.js';
import type { Clock } from '../ports.js';
import { diskDocument, memoryDocument } from '../store/document-file.js';
import type { Stores } from '../store/open-stores.js';
import { openAppliedRecordStore } from '../sync/file-applied-record-store.js';
import type { HistorySink } from '../sync/sync-ports.js';
import type { EngineConfig } from './engine-config.js';
import type { IpFollowerDeps } from './ip-follower.js';

/** Files beside the settings; the engine's own, so their shapes stay with their one user. */
export const LEDGER_FILE = 'engine-ledger.json';
export const APPLIED_FILE = 'engine-applied.json';

export type EngineStoreDeps = Pick<
  IpFollowerDeps,
  'config' | 'passwords' | 'ledger' | 'applied' | 'history' | 'redact'
>;

/**
 * The engine's ports on top of the stores: settings as its config, the secret store
 * for passwords, the history store for outcomes and address changes. The request ledger and the
 * applied values live in their own crash-safe documents in the same folder (in memory when the
 * stores are), opened here so a damaged one is moved aside and reported as the core starts.
 */
export function engineDepsFromStores(stores: Stores, clock: Clock): EngineStoreDeps {
  const document = (name: string) =>
    stores.folder === '(memory)' ? memoryDocument(name) : diskDocument(stores.folder, name);
  const config = (): EngineConfig => {
    const settings = stores.settings.get();
    return {
      engine: settings.engine,
      hosts: settings.hosts,
      accounts: settings.accounts.freedns.map(({ id, username, tier, endpoint }) => ({
        id,
        username,
        tier,
        endpoint,
      })),
    };
  };
  const history: HistorySink = {
    async record(event) {
      const host = config().hosts.find((h) => h.id === event.hostId);
      const { outcome } = event;
      await stores.history.append({
        kind: 'update-outcome',
        accountId: host?.accountId ?? '',
        hostId: event.hostId,
        hostname: `${event.hostLabel}.freedns.io`,
        recordType: event.record,
        outcome: outcome.kind,
        value: outcome.kind === 'updated' || outcome.kind === 'unchanged' ? outcome.value : null,
        message: describeOutcome(outcome),
      });
    },
    async recordAddressChange(change) {
      await stores.history.append({ kind: 'address-changed', ...change });
    },
    lastAddress: async (family) => lastRecordedAddress(stores, family),
  };
  return {
    config: { load: async () => config() },
    passwords: {
      password: async (accountId) => stores.secrets.get({ service: 'freedns', accountId }) ?? null,
    },
    ledger: openBudgetLedgerStore(document(LEDGER_FILE), {
      clock,
      notices: stores.notices,
      hosts: () => ledgerHosts(config()),
    }),
    applied: openAppliedRecordStore(document(APPLIED_FILE), { clock, notices: stores.notices }),
    history,
    redact: (text) => stores.secrets.redact(text),
  };
}

/** Each configured host with its account's daily limit (Premium's when the account is gone). */
function ledgerHosts(config: EngineConfig): LedgerHost[] {
  return config.hosts.map((host) => {
    const account = config.accounts.find((a) => a.id === host.accountId);
    return { hostId: host.id, dailyLimit: DAILY_UPDATE_LIMIT[account?.tier ?? 'premium'] };
  });
}

/** The newest address-changed event of the family, read a page at a time (newest first). */
function lastRecordedAddress(stores: Stores, family: 'ipv4' | 'ipv6'): string | null {
  const limit = 1_000;
  for (let offset = 0; ; offset += limit) {
    const page = stores.history.list({ kinds: ['address-changed'], offset, limit });
    for (const event of page.events)
      if (event.kind === 'address-changed' && event.family === family && event.to !== null)
        return event.to;
    if (offset + limit >= page.total) return null;
  }
}
