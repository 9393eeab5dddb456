import { z } from '../../../shared/validators/z.js';
import type { AutoRenewLedger, AutoRenewLedgerEntry } from './auto-renew-ledger.js';
import type { Clock } from '../ports.js';
import { diskDocument, memoryDocument } from '../store/document-file.js';
import { JsonDocument, type DocumentSpec } from '../store/json-document.js';
import type { Stores } from '../store/open-stores.js';
import type { AutoRenewFlags } from './domain-list.js';

/**
 * The renewal window an entry belongs to (the expiry date it renews from). Without it a
 * restart could not tell an interrupted renewal of this window from an old one.
 */
const window = z.string().check(z.regex(/^\d{8}$/, 'window must be a YYYYMMDD expiry date'));

const LedgerEntrySchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('started'), window, at: z.number(), attempts: z.number() }),
  z.object({ state: z.literal('renewed'), window, at: z.number(), newExpiry: z.string() }),
  z.object({
    state: z.literal('failed'),
    window,
    at: z.number(),
    attempts: z.number(),
    message: z.string(),
  }),
]);

const CareSchema = z.object({
  version: z._default(z.literal(1), 1),
  /** Lower-case domain name -> whether DNS Tray renews it inside its renewal window. */
  domains: z._default(z.record(z.string(), z.boolean()), {}),
  /** The auto-renew ledger (electron/core/domains): one entry per domain and window. */
  ledger: z._default(z.record(z.string(), LedgerEntrySchema), {}),
  /** "domain@expiry" -> when the user was reminded, so each window reminds once. */
  reminded: z._default(z.record(z.string(), z.number()), {}),
});
type Care = z.output<typeof CareSchema>;

const SECTIONS = {
  domains: CareSchema.shape.domains,
  ledger: CareSchema.shape.ledger,
  reminded: CareSchema.shape.reminded,
};

/** One damaged section costs only that section: the user's switches survive a bad ledger. */
const spec: DocumentSpec<Care> = {
  empty: () => CareSchema.parse({}),
  parse(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return { error: 'it is not a DNS Tray domain-care file' };
    const record = value as Record<string, unknown>;
    const kept: Record<string, unknown> = {};
    const dropped: string[] = [];
    for (const [key, schema] of Object.entries(SECTIONS)) {
      const parsed = schema.safeParse(record[key]);
      if (parsed.success) kept[key] = parsed.data;
      else dropped.push(key);
    }
    return { value: CareSchema.parse(kept), dropped };
  },
  serialize: (value) => `${JSON.stringify(value, null, '\t')}\n`,
};

export const DOMAIN_CARE_FILE = 'domain-care.json';

export interface DomainCareStore extends AutoRenewFlags {
  enabled(): string[];
  ledger: AutoRenewLedger;
  /** True the first time a key is seen: remind once per domain and window. */
  firstReminder(key: string, at: number): Promise<boolean>;
}

/**
 * The user's per-domain auto-renew choice, the auto-renew ledger and the reminders already
 * given, in one crash-safe file beside the settings (in memory when the stores are).
 */
export function createDomainCareStore(stores: Stores, clock: Clock): DomainCareStore {
  const file =
    stores.folder === '(memory)'
      ? memoryDocument(DOMAIN_CARE_FILE)
      : diskDocument(stores.folder, DOMAIN_CARE_FILE);
  const doc = new JsonDocument(file, spec, clock, stores.notices);
  return {
    get: (domain) => doc.read().domains[domain.toLowerCase()],
    async set(domain, enabled) {
      await doc.update((care) => ({
        ...care,
        domains: { ...care.domains, [domain.toLowerCase()]: enabled },
      }));
    },
    enabled: () =>
      Object.entries(doc.read().domains)
        .filter(([, on]) => on)
        .map(([name]) => name),
    ledger: {
      get: async (key) => doc.read().ledger[key] as AutoRenewLedgerEntry | undefined,
      async put(key, entry) {
        await doc.update((care) => ({ ...care, ledger: { ...care.ledger, [key]: entry } }));
      },
    },
    async firstReminder(key, at) {
      if (doc.read().reminded[key] !== undefined) return false;
      await doc.update((care) => ({ ...care, reminded: { ...care.reminded, [key]: at } }));
      return true;
    },
  };
}
