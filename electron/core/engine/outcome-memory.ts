import {
  recordIdentity,
  type OutcomeEvent,
  type RecordOutcome,
} from '../../../shared/engine/record-outcome.js';
import type { Host } from '../../../shared/records/desired-records.js';
import type { RecordType } from '../../../shared/records/desired-records.js';

/**
 * The latest outcome of every record type, for the status. `remember` says whether an outcome
 * is news: a record that stays "unchanged" or "deferred for the same reason" every minute would
 * otherwise flood the history and the notifications. News is judged per record identity (MX:
 * per entry), since one MX record gives one outcome per entry in every check.
 */
export class OutcomeMemory {
  readonly latest = new Map<string, Map<RecordType, RecordOutcome>>();
  readonly #byIdentity = new Map<string, RecordOutcome>();

  remember(event: OutcomeEvent): boolean {
    const records = this.latest.get(event.hostId) ?? new Map<RecordType, RecordOutcome>();
    records.set(event.record, event.outcome);
    this.latest.set(event.hostId, records);
    const identity = `${event.hostId}\n${recordIdentity(event)}`;
    const previous = this.#byIdentity.get(identity);
    this.#byIdentity.set(identity, event.outcome);
    return !previous || !sameOutcome(previous, event.outcome);
  }
}

/** Times in a deferral's reason (UTC or local, "14:05") move on; they do not make it news. */
function sameOutcome(a: RecordOutcome, b: RecordOutcome): boolean {
  const strip = (o: RecordOutcome) =>
    o.kind === 'deferred' ? { kind: o.kind, reason: o.reason.replace(/\d\d:\d\d( UTC)?/g, '') } : o;
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}

/** While the user has paused updates, every record is deferred until then (null: until resumed). */
export function pausedOutcomes(
  hosts: readonly Host[],
  pausedUntil: number | null,
  now: number,
): OutcomeEvent[] {
  const until = pausedUntil === null ? null : new Date(pausedUntil).toISOString();
  return everyRecord(hosts, now, { kind: 'deferred', until, reason: 'updates are paused' });
}

/**
 * When the request ledger cannot be read (an I/O error, not damage: damage is moved aside and
 * replaced), nothing may be sent, since the quota cannot be checked; every record says why.
 */
export function unreadableLedgerOutcomes(
  hosts: readonly Host[],
  error: unknown,
  now: number,
): OutcomeEvent[] {
  const cause = error instanceof Error ? error.message : String(error);
  const reason = `the request ledger cannot be read (${cause}); nothing is sent until it can`;
  return everyRecord(hosts, now, { kind: 'failed', reason });
}

/** The same outcome for every record of every host, when nothing was sent at all. */
function everyRecord(hosts: readonly Host[], now: number, outcome: RecordOutcome): OutcomeEvent[] {
  const at = new Date(now).toISOString();
  return hosts.flatMap((host) =>
    host.records.map((record) => ({
      at,
      hostId: host.id,
      hostLabel: host.label,
      record: record.type,
      outcome: { ...outcome },
    })),
  );
}

/** Server words are not ours: a server could echo a password back, so they pass through `redact`. */
export function redactOutcome(event: OutcomeEvent, redact: (text: string) => string): OutcomeEvent {
  const { outcome } = event;
  switch (outcome.kind) {
    case 'rejected':
      return { ...event, outcome: { ...outcome, serverMessage: redact(outcome.serverMessage) } };
    case 'deferred':
    case 'failed':
      return { ...event, outcome: { ...outcome, reason: redact(outcome.reason) } };
    case 'updated':
    case 'unchanged':
      return event;
  }
}
