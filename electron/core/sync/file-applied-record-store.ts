import { z } from '../../../shared/validators/z.js';
import type { Clock } from '../ports.js';
import type { DocumentFile } from '../store/document-file.js';
import { JsonDocument, type DocumentSpec } from '../store/json-document.js';
import type { StartupNotices } from '../store/startup-notices.js';
import type { AppliedHost, AppliedRecordStore } from './sync-ports.js';

const AppliedHostSchema = z.object({
  records: z.object({
    A: z.optional(z.string()),
    AAAA: z.optional(z.string()),
    CNAME: z.optional(z.string()),
    TXT: z.optional(z.string()),
    MX: z.optional(z.array(z.object({ target: z.string(), preference: z.number() }))),
  }),
  lastUpdateAt: z.partialRecord(z.enum(['A', 'AAAA', 'CNAME', 'TXT', 'MX']), z.number()),
  paused: z.optional(
    z.object({
      fingerprint: z.string(),
      reason: z.string(),
      serverMessage: z.string(),
      at: z.number(),
    }),
  ),
});
const FileSchema = z.object({
  version: z.literal(1),
  hosts: z.record(z.string(), z.unknown()),
});
interface AppliedFile {
  version: 1;
  hosts: Record<string, AppliedHost>;
}

/**
 * The values last applied to each host, as a crash-safe JSON document (atomic write, file
 * lock). A damaged file is moved aside and reported; the engine then starts without applied
 * values (or with the hosts that were still valid) and sends those records again on the next
 * cycle. That is safe: an unchanged answer spends no daily update, and the request budget
 * still bounds every request. The file is read at once, so damage is reported at startup.
 */
export function openAppliedRecordStore(
  file: DocumentFile,
  options: { clock: Clock; notices: StartupNotices },
): AppliedRecordStore {
  const document = new JsonDocument(file, appliedSpec, options.clock, options.notices);
  document.read();
  return {
    async get(hostId) {
      const applied = document.read().hosts[hostId];
      return applied ? structuredClone(applied) : undefined;
    },
    async set(hostId, applied) {
      await document.update((current) => ({
        version: 1,
        hosts: { ...current.hosts, [hostId]: structuredClone(applied) },
      }));
    },
  };
}

const NOT_KNOWN =
  'no record of what freedns.io holds; the next check sends each record again ' +
  '(an unchanged answer does not use a daily update)';

const appliedSpec: DocumentSpec<AppliedFile> = {
  empty: () => ({ version: 1, hosts: {} }),
  parse(value) {
    const file = FileSchema.safeParse(value);
    if (!file.success) return { error: 'it does not hold applied record values' };
    const hosts: Record<string, AppliedHost> = {};
    const dropped: string[] = [];
    for (const [hostId, host] of Object.entries(file.data.hosts)) {
      const parsed = AppliedHostSchema.safeParse(host);
      if (parsed.success) hosts[hostId] = parsed.data as AppliedHost;
      else dropped.push(`the values of host ${hostId}`);
    }
    return { value: { version: 1, hosts }, dropped };
  },
  serialize: (value) => JSON.stringify(value),
  fallback: () => ({ value: { version: 1, hosts: {} }, startedWith: NOT_KNOWN }),
};
