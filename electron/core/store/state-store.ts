import { z } from 'zod';
import type { Clock } from '../ports.js';
import type { DocumentFile } from './document-file.js';
import { JsonDocument, type DocumentSpec } from './json-document.js';
import type { StartupNotices } from './startup-notices.js';

/**
 * What the app has learned and done, kept apart from what the user chose (settings): the last
 * value applied to each record, the quota ledger, the domain cache and the auto-renew ledger.
 * Losing any of these costs quota or causes a wrong write, so each survives crashes.
 */
export const AppliedRecordSchema = z.object({ value: z.string(), appliedAt: z.string() });
export const BudgetLedgerSchema = z.object({
  /** Epoch ms of each freedns.io request sent (the sliding-hour budget). */
  requests: z.array(z.number()).default([]),
  /** Epoch ms of each counted update, per host (the per-day tier limit). */
  updates: z.record(z.string(), z.array(z.number())).default({}),
});
export const CachedDomainSchema = z.looseObject({
  name: z.string().min(1),
  accountId: z.string().min(1),
  expiresAt: z.string().nullable().default(null),
  status: z.string().default('unknown'),
});
export const DomainCacheSchema = z.object({
  fetchedAt: z.number().nullable().default(null),
  domains: z.array(CachedDomainSchema).default([]),
});
export const AutoRenewEntrySchema = z.object({
  lastAttemptAt: z.number(),
  outcome: z.enum(['renewed', 'failed', 'skipped']),
  message: z.string(),
});

const SECTIONS = {
  applied: z.record(z.string(), z.record(z.string(), AppliedRecordSchema)).default({}),
  budget: BudgetLedgerSchema.prefault({}),
  domainCache: DomainCacheSchema.prefault({}),
  autoRenew: z.record(z.string(), AutoRenewEntrySchema).default({}),
};
export const AppStateSchema = z.object({ version: z.literal(1).default(1), ...SECTIONS });
export type AppState = z.output<typeof AppStateSchema>;
export type BudgetLedger = AppState['budget'];
export type DomainCache = AppState['domainCache'];

const stateSpec: DocumentSpec<AppState> = {
  empty: () => AppStateSchema.parse({}),
  parse(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return { error: 'it is not a JSON object' };
    const record = value as Record<string, unknown>;
    if (record.version !== undefined && record.version !== 1)
      return { error: `its version (${String(record.version)}) is not one this DNS Tray reads` };
    const dropped: string[] = [];
    const kept: Record<string, unknown> = {};
    for (const [key, schema] of Object.entries(SECTIONS)) {
      const parsed = schema.safeParse(record[key]);
      if (parsed.success) kept[key] = parsed.data;
      else dropped.push(key);
    }
    return { value: AppStateSchema.parse(kept), dropped };
  },
  serialize: (value) => `${JSON.stringify(AppStateSchema.parse(value), null, '\t')}\n`,
};

export class StateStore {
  readonly #doc: JsonDocument<AppState>;

  constructor(file: DocumentFile, clock: Clock, notices: StartupNotices) {
    this.#doc = new JsonDocument(file, stateSpec, clock, notices);
  }

  get path(): string {
    return this.#doc.path;
  }

  read(): AppState {
    return structuredClone(this.#doc.read());
  }

  /** Changes the state under the file lock; the result is validated before it is written. */
  update(change: (state: AppState) => AppState | void): AppState {
    return structuredClone(
      this.#doc.update((current) => {
        const draft = structuredClone(current);
        return AppStateSchema.parse(change(draft) ?? draft);
      }),
    );
  }

  lastApplied(
    hostId: string,
    recordType: string,
  ): z.output<typeof AppliedRecordSchema> | undefined {
    return this.#doc.read().applied[hostId]?.[recordType];
  }

  recordApplied(hostId: string, recordType: string, value: string, at: number): void {
    this.update((state) => {
      state.applied[hostId] = {
        ...state.applied[hostId],
        [recordType]: { value, appliedAt: new Date(at).toISOString() },
      };
    });
  }

  /** Forgets what was applied to a host, e.g. when it is removed or its account changes. */
  forgetHost(hostId: string): void {
    this.update((state) => {
      delete state.applied[hostId];
      delete state.budget.updates[hostId];
    });
  }
}
