import { z } from 'zod';
import type { Clock } from '../ports.js';
import { diskDocument, memoryDocument } from '../store/document-file.js';
import { JsonDocument, type DocumentSpec } from '../store/json-document.js';
import type { Stores } from '../store/open-stores.js';
import type { AutoRenewFlags } from './domain-list.js';

const FlagsSchema = z.object({
  version: z.literal(1).default(1),
  /** Lower-case domain name -> whether DNS Tray renews it inside its renewal window. */
  domains: z.record(z.string(), z.boolean()).default({}),
});
type Flags = z.output<typeof FlagsSchema>;

const spec: DocumentSpec<Flags> = {
  empty: () => FlagsSchema.parse({}),
  parse(value) {
    const parsed = FlagsSchema.safeParse(value);
    return parsed.success
      ? { value: parsed.data, dropped: [] }
      : { error: 'it is not a flag list' };
  },
  serialize: (value) => `${JSON.stringify(value, null, '\t')}\n`,
};

export const AUTO_RENEW_FILE = 'domain-auto-renew.json';

/**
 * The user's per-domain auto-renew choice, kept in its own crash-safe file beside the settings
 * (in memory when the stores are), so it survives restarts.
 */
export function createAutoRenewFlags(
  stores: Stores,
  clock: Clock,
): AutoRenewFlags & {
  enabled(): string[];
} {
  const file =
    stores.folder === '(memory)'
      ? memoryDocument(AUTO_RENEW_FILE)
      : diskDocument(stores.folder, AUTO_RENEW_FILE);
  const doc = new JsonDocument(file, spec, clock, stores.notices);
  return {
    get: (domain) => doc.read().domains[domain.toLowerCase()],
    set: async (domain, enabled) =>
      void doc.update((current) => ({
        ...current,
        domains: { ...current.domains, [domain.toLowerCase()]: enabled },
      })),
    enabled: () =>
      Object.entries(doc.read().domains)
        .filter(([, on]) => on)
        .map(([name]) => name),
  };
}
