import { z } from '../../../shared/validators/z.js';
import type { Clock } from '../ports.js';
import type { DocumentFile } from '../store/document-file.js';
import { JsonDocument, type DocumentSpec } from '../store/json-document.js';
import type { StartupNotices } from '../store/startup-notices.js';
import { nextUtcMidnight, type BudgetLedgerStore, type LedgerEntry } from './request-budget.js';

const HOUR = 3_600_000;
/** freedns.io's own limit per client address; the configured budget can only be lower. */
export const SERVICE_HOURLY_REQUESTS = 60;

const LedgerFileSchema = z.object({
  version: z.literal(1),
  entries: z.array(
    z.object({
      id: z.number().check(z.int()),
      at: z.number(),
      hostId: z.string(),
      kind: z.enum(['update', 'request', 'quota-used', 'rate-limited']),
    }),
  ),
});
type LedgerFile = z.infer<typeof LedgerFileSchema>;

/** A configured host and its tier's daily update limit, for the cautious ledger. */
export interface LedgerHost {
  hostId: string;
  dailyLimit: number;
}

export interface LedgerStoreOptions {
  clock: Clock;
  notices: StartupNotices;
  /** The hosts configured now: after damage, each is counted as having used its day. */
  hosts: () => readonly LedgerHost[];
}

/**
 * The request ledger as a crash-safe JSON document (atomic write, file lock). A damaged ledger
 * is moved aside and reported, and the engine starts from a cautious ledger rather than an
 * empty one: an empty ledger could send a free host's third update of the day and get the
 * user blocked. The file is read at once, so damage is reported while the shell starts.
 */
export function openBudgetLedgerStore(
  file: DocumentFile,
  options: LedgerStoreOptions,
): BudgetLedgerStore {
  const document = new JsonDocument(file, ledgerSpec(options), options.clock, options.notices);
  document.read();
  return {
    load: async () => document.read().entries.map((entry) => ({ ...entry })),
    async save(entries: readonly LedgerEntry[]) {
      await document.update(() => ({ version: 1, entries: entries.map((e) => ({ ...e })) }));
    },
  };
}

function ledgerSpec(options: LedgerStoreOptions): DocumentSpec<LedgerFile> {
  return {
    empty: () => ({ version: 1, entries: [] }),
    // All or nothing: a ledger with some entries missing would under-count, which is unsafe.
    parse(value) {
      const parsed = LedgerFileSchema.safeParse(value);
      if (parsed.success) return { value: parsed.data, dropped: [] };
      const where = parsed.error.issues[0]?.path.join('.') || 'the top level';
      return { error: `it does not hold a valid request ledger (at ${where})` };
    },
    serialize: (value) => JSON.stringify(value),
    fallback: () => cautiousLedger(options.clock.now(), options.hosts()),
  };
}

/**
 * Stands in for a lost ledger: every configured host's daily updates used until the next
 * 00:00 UTC, and the service's whole hourly limit used now. Whatever the lost file held, this
 * counts at least as much for as long as it could matter.
 */
export function cautiousLedger(
  now: number,
  hosts: readonly LedgerHost[],
): { value: LedgerFile; startedWith: string } {
  const entries: LedgerEntry[] = [];
  const add = (hostId: string, kind: LedgerEntry['kind']): void =>
    void entries.push({ id: entries.length + 1, at: now, hostId, kind });
  for (const host of hosts) for (let i = 0; i < host.dailyLimit; i++) add(host.hostId, 'update');
  for (let i = 0; i < SERVICE_HOURLY_REQUESTS; i++) add('*', 'request');
  const resumes = Math.max(nextUtcMidnight(now), now + HOUR);
  const at = new Date(resumes).toISOString().slice(11, 16);
  return {
    value: { version: 1, entries },
    startedWith:
      'a cautious ledger that counts every host\u2019s updates for today as used. ' +
      `DNS Tray will not send updates before ${at} UTC so it cannot exceed the quota`,
  };
}
