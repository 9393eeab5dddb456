import path from 'node:path';
import { describeOutcome } from '../../../shared/engine/record-outcome.js';
import { createFileBudgetLedgerStore } from '../budget/file-budget-ledger-store.js';
import type { BudgetLedgerStore, LedgerEntry } from '../budget/request-budget.js';
import type { Stores } from '../store/open-stores.js';
import { createFileAppliedRecordStore } from '../sync/file-applied-record-store.js';
import type { AppliedHost, AppliedRecordStore, HistorySink } from '../sync/sync-ports.js';
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
 * The engine's ports on top of the stores (issue 6): settings as its config, the secret store
 * for passwords, the history store for outcomes and address changes. The request ledger and the
 * applied values live in their own crash-safe files in the same folder (in memory when the
 * stores are).
 */
export function engineDepsFromStores(stores: Stores): EngineStoreDeps {
  const inMemory = stores.folder === '(memory)';
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
      stores.history.append({
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
      stores.history.append({ kind: 'address-changed', ...change });
    },
  };
  return {
    config: { load: async () => config() },
    passwords: {
      password: async (accountId) => stores.secrets.get({ service: 'freedns', accountId }) ?? null,
    },
    ledger: inMemory
      ? memoryLedger()
      : createFileBudgetLedgerStore(path.join(stores.folder, LEDGER_FILE)),
    applied: inMemory
      ? memoryApplied()
      : createFileAppliedRecordStore(path.join(stores.folder, APPLIED_FILE)),
    history,
    redact: (text) => stores.secrets.redact(text),
  };
}

function memoryLedger(): BudgetLedgerStore {
  let entries: LedgerEntry[] = [];
  return { load: async () => [...entries], save: async (next) => void (entries = [...next]) };
}

function memoryApplied(): AppliedRecordStore {
  const hosts = new Map<string, AppliedHost>();
  return {
    get: async (hostId) => structuredClone(hosts.get(hostId)),
    set: async (hostId, applied) => void hosts.set(hostId, structuredClone(applied)),
  };
}
