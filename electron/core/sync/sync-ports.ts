import type { FreednsOperation, FreednsResult } from '../freedns-io/index.js';
import type { OutcomeEvent } from '../../../shared/engine/record-outcome.js';

export interface MxEntry {
  target: string;
  preference: number;
}

/** What freedns.io last accepted for a host, as far as this program knows. */
export interface AppliedHost {
  records: { A?: string; AAAA?: string; CNAME?: string; TXT?: string; MX?: MxEntry[] };
  lastUpdateAt: Partial<Record<'A' | 'AAAA' | 'CNAME' | 'TXT' | 'MX', number>>;
  /** A fatal rejection paused the host; it resumes when `fingerprint` (its settings) changes. */
  paused?: { fingerprint: string; reason: string; serverMessage: string; at: number };
}

/** Persists the applied values, so a restart does not resend (and respend) anything. */
export interface AppliedRecordStore {
  get(hostId: string): Promise<AppliedHost | undefined>;
  set(hostId: string, applied: AppliedHost): Promise<void>;
}

/** Sends one planned operation; the freedns.io client satisfies it. Never throws. */
export interface RecordWriter {
  perform(operation: FreednsOperation): Promise<FreednsResult>;
}

/** Where outcomes worth remembering go (the activity history). */
export interface HistorySink {
  record(event: OutcomeEvent): Promise<void>;
  /**
   * An agreed address changed (from null: first known); `sources` agreed on `to`, `disagreed`
   * answered something else in the same check.
   */
  recordAddressChange?(change: AddressChange): Promise<void>;
  /** The last address recorded for a family, so a restart compares with it (null: none). */
  lastAddress?(family: 'ipv4' | 'ipv6'): Promise<string | null>;
}

export interface AddressChange {
  family: 'ipv4' | 'ipv6';
  from: string | null;
  to: string | null;
  sources: string[];
  disagreed: { source: string; address: string }[];
}

export function emptyApplied(): AppliedHost {
  return { records: {}, lastUpdateAt: {} };
}
