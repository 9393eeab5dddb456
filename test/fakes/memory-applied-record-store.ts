import type { AppliedHost, AppliedRecordStore } from '../../electron/core/sync/sync-ports.js';

/** Applied values that survive a core restart inside one test, like the file would. */
export class MemoryAppliedRecordStore implements AppliedRecordStore {
  readonly hosts = new Map<string, AppliedHost>();

  async get(hostId: string): Promise<AppliedHost | undefined> {
    const applied = this.hosts.get(hostId);
    return applied ? structuredClone(applied) : undefined;
  }

  async set(hostId: string, applied: AppliedHost): Promise<void> {
    this.hosts.set(hostId, structuredClone(applied));
  }
}
