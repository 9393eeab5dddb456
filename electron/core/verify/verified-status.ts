import type { CoreStatus } from '../../../shared/engine/core-status.js';
import {
  describeVerification,
  type RecordVerification,
} from '../../../shared/engine/record-verification.js';
import type { ManagedType } from './read-reply.js';

/**
 * Adds what DNS serves to the engine's status: a verification per record, and "attention"
 * overall when a record drifted or needs a person, with the first such record in the summary.
 */
export function decorateStatus(
  status: CoreStatus,
  verificationOf: (hostId: string, type: ManagedType) => RecordVerification | undefined,
): CoreStatus {
  const troubles: string[] = [];
  const hosts = status.hosts.map((host) => ({
    ...host,
    records: host.records.map((record) => {
      const verification = verificationOf(host.hostId, record.record);
      if (!verification) return record;
      if (verification.state === 'drifted' || verification.needsAttention)
        troubles.push(`${host.label} ${record.record} ${describeVerification(verification)}`);
      return { ...record, verification };
    }),
  }));
  if (troubles.length === 0) return { ...status, hosts };
  const overall = status.overall === 'ok' ? 'attention' : status.overall;
  const more = troubles.length > 1 ? ` (+${troubles.length - 1} more)` : '';
  return { ...status, hosts, overall, summary: `${status.summary} · DNS: ${troubles[0]}${more}` };
}
