import type { AppliedHost, AppliedRecordStore } from '../sync/sync-ports.js';
import type { ManagedType } from './read-reply.js';

/** Records DNS shows drifted and due for a rewrite, by host id. */
export interface RewriteList {
  isDue(hostId: string, type: ManagedType): boolean;
  /** freedns.io accepted a write of this record (the value now applied). */
  accepted(hostId: string, type: ManagedType, records: AppliedHost['records']): void;
}

const TYPES: readonly ManagedType[] = ['A', 'AAAA', 'CNAME', 'TXT', 'MX'];

/**
 * The applied-values store as the sync engine sees it. A record due for a rewrite is hidden
 * from the engine, so it plans an ordinary write of the wanted value: the same budget, the
 * same stability rule and the same outcomes as any update. The stored value stays as it was
 * until freedns.io accepts the rewrite, and every accepted write is reported.
 */
export function watchApplied(store: AppliedRecordStore, rewrites: RewriteList): AppliedRecordStore {
  return {
    async get(hostId) {
      const applied = await store.get(hostId);
      if (!applied) return applied;
      const due = TYPES.filter((type) => rewrites.isDue(hostId, type));
      if (due.length === 0) return applied;
      const records = { ...applied.records };
      for (const type of due) delete records[type];
      return { ...applied, records };
    },
    async set(hostId, next) {
      const before = await store.get(hostId);
      const records = { ...next.records };
      // A write of another record of the host must not drop the hidden one from the file.
      for (const type of TYPES)
        if (
          rewrites.isDue(hostId, type) &&
          records[type] === undefined &&
          before?.records[type] !== undefined
        )
          (records as Record<string, unknown>)[type] = before.records[type];
      await store.set(hostId, { ...next, records });
      for (const type of TYPES) {
        const at = next.lastUpdateAt[type];
        if (at !== undefined && at !== before?.lastUpdateAt[type])
          rewrites.accepted(hostId, type, records);
      }
    },
  };
}
