import { z } from 'zod';
import type { Clock } from '../../../electron/core/ports.js';
import type { FreednsStore, HostRecords } from './freedns-store.js';

/**
 * What the emulator's nameservers serve for the freedns.io zone: the store's records as they
 * were `delayMs` ago on each server (propagation), plus faults queued per server. Two accounts
 * holding the same label (the default seed) are served as one name: their records merged.
 */
export const DNS_FAULT_KINDS = [
  'servfail',
  'timeout',
  'truncate',
  'refused',
  'lame',
  'extra',
] as const;
export type DnsFaultKind = (typeof DNS_FAULT_KINDS)[number];

const RecordNameSchema = z.enum(['A', 'AAAA', 'CNAME', 'TXT', 'MX']);
const MxTextSchema = z.array(
  z.object({ target: z.string().min(1), preference: z.number().int().min(0).max(65535) }),
);

/** POST /_emulator/dns bodies. `server` (0-based) picks one nameserver; absent means all. */
export const DnsControlSchema = z.discriminatedUnion('action', [
  // "Edited on the website": the service's own record changes behind the client's back.
  // `sticky`: another writer keeps setting it back after every update of that record.
  z.object({
    action: z.literal('edit'),
    label: z.string().min(1),
    username: z.string().min(1).optional(),
    record: RecordNameSchema,
    value: z.union([z.string().min(1), MxTextSchema, z.null()]),
    sticky: z.boolean().default(false),
  }),
  z.object({
    action: z.literal('delay'),
    ms: z.number().int().min(0).max(86_400_000),
    server: z.number().int().min(0).optional(),
  }),
  z.object({
    action: z.literal('fault'),
    kind: z.enum(DNS_FAULT_KINDS),
    count: z.number().int().min(1).max(10_000).default(1),
    server: z.number().int().min(0).optional(),
  }),
  z.object({ action: z.literal('clear') }),
]);
export type DnsControl = z.infer<typeof DnsControlSchema>;

export type ZoneRecords = Omit<HostRecords, 'MX'> & { MX: HostRecords['MX'] };
interface Edit {
  username?: string | undefined;
  label: string;
  record: z.infer<typeof RecordNameSchema>;
  value: string | z.infer<typeof MxTextSchema> | null;
}

export class DnsZone {
  readonly zone = 'freedns.io';
  /** Per server: when each version of a label's records was published. */
  #timeline: { at: number; label: string; records: ZoneRecords | null }[] = [];
  #delays: number[];
  #faults: { kind: DnsFaultKind; left: number }[][];
  #sticky: Edit[] = [];
  queries: { server: number; name: string; type: string; transport: 'udp' | 'tcp' }[] = [];

  constructor(
    private readonly store: FreednsStore,
    private readonly clock: Clock,
    readonly servers: number,
  ) {
    this.#delays = Array.from({ length: servers }, () => 0);
    this.#faults = Array.from({ length: servers }, () => []);
    this.reset();
  }

  reset(): void {
    this.#delays.fill(0);
    for (const queue of this.#faults) queue.length = 0;
    this.#sticky = [];
    this.queries = [];
    // The seed's records have always been there: published at the beginning of time.
    this.#timeline = this.#labels().map((label) => ({
      at: 0,
      label,
      records: this.#merged(label),
    }));
  }

  /** The store changed `label` (an accepted update or a website edit). */
  changed(label: string): void {
    const key = label.toLowerCase();
    for (const edit of this.#sticky) if (edit.label === key) this.#apply(edit);
    this.#timeline.push({ at: this.clock.now(), label: key, records: this.#merged(key) });
  }

  control(command: DnsControl): void {
    if (command.action === 'edit') {
      const edit: Edit = { ...command, label: command.label.toLowerCase() };
      this.#apply(edit);
      if (command.sticky) this.#sticky.push(edit);
      this.changed(edit.label);
    } else if (command.action === 'delay') {
      for (const index of this.#targets(command.server)) this.#delays[index] = command.ms;
    } else if (command.action === 'fault') {
      for (const index of this.#targets(command.server))
        this.#faults[index]!.push({ kind: command.kind, left: command.count });
    } else {
      for (const queue of this.#faults) queue.length = 0;
      this.#delays.fill(0);
      this.#sticky = [];
    }
  }

  /** The next fault of one server, consumed; `truncate` is left alone for TCP queries. */
  takeFault(server: number, transport: 'udp' | 'tcp'): DnsFaultKind | null {
    const queue = this.#faults[server] ?? [];
    const head = queue[0];
    if (!head || (transport === 'tcp' && head.kind === 'truncate')) return null;
    head.left -= 1;
    if (head.left <= 0) queue.shift();
    return head.kind;
  }

  /** A label's records as server `server` serves them now; null when the name does not exist. */
  served(server: number, label: string): ZoneRecords | null {
    const horizon = this.clock.now() - (this.#delays[server] ?? 0);
    let found: ZoneRecords | null = null;
    for (const entry of this.#timeline)
      if (entry.label === label && entry.at <= horizon) found = entry.records;
    return found;
  }

  describe() {
    return {
      zone: this.zone,
      delaysMs: [...this.#delays],
      faults: this.#faults.map((queue) => queue.map((entry) => ({ ...entry }))),
      sticky: this.#sticky.map((edit) => ({ ...edit })),
      queries: this.queries.length,
    };
  }

  #targets(server: number | undefined): number[] {
    if (server === undefined) return this.#delays.map((_, index) => index);
    if (server >= this.servers) throw new Error(`server: there are ${this.servers} nameservers`);
    return [server];
  }

  #labels(): string[] {
    const labels = new Set<string>();
    for (const account of this.store.accounts.values())
      for (const label of account.hosts.keys()) labels.add(label);
    return [...labels];
  }

  #merged(label: string): ZoneRecords | null {
    const all = [...this.store.accounts.values()]
      .map((account) => account.hosts.get(label))
      .filter((records): records is HostRecords => records !== undefined);
    if (all.length === 0) return null;
    const merged: ZoneRecords = { MX: [] };
    for (const records of all) {
      for (const type of ['A', 'AAAA', 'CNAME', 'TXT'] as const)
        if (records[type] !== undefined && merged[type] === undefined) merged[type] = records[type];
      for (const entry of records.MX)
        if (!merged.MX.some((mx) => mx.target === entry.target)) merged.MX.push({ ...entry });
    }
    return merged;
  }

  #apply(edit: Edit): void {
    let found = 0;
    for (const account of this.store.accounts.values()) {
      if (edit.username && account.username !== edit.username) continue;
      const records = account.hosts.get(edit.label);
      if (!records) continue;
      found += 1;
      if (edit.record === 'MX') {
        const entries = Array.isArray(edit.value) ? edit.value : [];
        records.MX = entries.map((entry) => ({ ...entry }));
      } else if (typeof edit.value === 'string' || edit.value === null) {
        if (edit.value === null) delete records[edit.record];
        else records[edit.record] = edit.value;
      }
    }
    if (found === 0) throw new Error(`label: no account holds "${edit.label}"`);
  }
}
