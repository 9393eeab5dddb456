import { z } from '../validators/z.js';

/**
 * How one record of one host ended in one sync cycle: a closed set, each with its reason.
 * `deferred.until` is null when only the user can unblock it (a paused host).
 */
export const RecordOutcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('updated'), value: z.string() }),
  z.object({ kind: z.literal('unchanged'), value: z.string() }),
  z.object({ kind: z.literal('deferred'), until: z.nullable(z.string()), reason: z.string() }),
  z.object({ kind: z.literal('rejected'), serverMessage: z.string(), reason: z.string() }),
  z.object({ kind: z.literal('failed'), reason: z.string() }),
]);
export type RecordOutcome = z.infer<typeof RecordOutcomeSchema>;

export const RecordTypeSchema = z.enum(['A', 'AAAA', 'CNAME', 'TXT', 'MX']);

/** One outcome with what it is about, as history keeps it and `sync:outcome` carries it. */
export const OutcomeEventSchema = z.object({
  at: z.string(),
  hostId: z.string(),
  hostLabel: z.string(),
  record: RecordTypeSchema,
  /** Which entry of a record with several (MX: the target); each entry's outcome is its own. */
  entry: z.optional(z.string()),
  outcome: RecordOutcomeSchema,
});
export type OutcomeEvent = z.infer<typeof OutcomeEventSchema>;

export function describeOutcome(outcome: RecordOutcome): string {
  switch (outcome.kind) {
    case 'updated':
      return `updated to ${outcome.value}`;
    case 'unchanged':
      return `up to date (${outcome.value})`;
    case 'deferred':
      return outcome.reason;
    case 'rejected':
      return `refused by freedns.io: ${outcome.serverMessage}`;
    case 'failed':
      return `failed: ${outcome.reason}`;
  }
}

/** A record's identity within its host: the type, and for MX the entry. */
export function recordIdentity(event: Pick<OutcomeEvent, 'record' | 'entry'>): string {
  return event.entry === undefined ? event.record : `${event.record} ${event.entry}`;
}
