import { toIso } from '../../../shared/time/to-iso.js';
import {
  DAILY_UPDATE_LIMIT,
  PREMIUM_ONLY_TYPES,
  type AccountTier,
  type Host,
} from '../../../shared/records/desired-records.js';
import type { OutcomeEvent, RecordOutcome } from '../../../shared/engine/record-outcome.js';
import type { RequestBudget } from '../budget/request-budget.js';
import type { StabilityGate } from '../budget/stability-gate.js';
import { isFatalRejection, type FreednsResult } from '../freedns-io/index.js';
import type { Clock } from '../ports.js';
import { planHost, type Detections, type PlanItem } from './plan-host.js';
import { sendReserved } from './send-reserved.js';
import {
  emptyApplied,
  type AppliedHost,
  type AppliedRecordStore,
  type RecordWriter,
} from './sync-ports.js';

export interface SyncContext {
  clock: Clock;
  budget: RequestBudget;
  gate: StabilityGate;
  /** Consecutive agreeing checks before a free-tier update is spent on a changed address. */
  stableChecks: number;
  applied: AppliedRecordStore;
  tierOf(accountId: string): AccountTier;
  /** The writer for an account, or a sentence saying why there is none (no password...). */
  writerFor(accountId: string): RecordWriter | string;
  /** Changes whenever the host's or its account's settings change: a pause lasts until then. */
  fingerprint(host: Host): string;
  /** When the next check is due: what "deferred until" means for a value still to confirm. */
  nextCheckAt: number;
}

export interface SyncReport {
  outcomes: OutcomeEvent[];
  /** A transient failure happened: the scheduler backs off before trying again. */
  transient: boolean;
  /** A changed address waits for the stability rule: the next check should come soon. */
  awaitingConfirmation: boolean;
  /** The outcomes that are transient failures (freedns.io unreachable, 5xx): retried, not fatal. */
  transientFailures: Set<OutcomeEvent>;
}

/** Runs the plan of every enabled host, one request at a time, within the budget. */
export async function syncHosts(
  hosts: readonly Host[],
  detections: Detections,
  ctx: SyncContext,
): Promise<SyncReport> {
  const report: SyncReport = {
    outcomes: [],
    transient: false,
    awaitingConfirmation: false,
    transientFailures: new Set(),
  };
  const state = { rateLimited: false };
  for (const host of hosts) {
    if (!host.enabled) continue;
    await syncHost(host, detections, ctx, report, state);
  }
  return report;
}

/** One host: its plan, each step either held back with the reason or sent and recorded. */
async function syncHost(
  host: Host,
  detections: Detections,
  ctx: SyncContext,
  report: SyncReport,
  state: { rateLimited: boolean },
): Promise<void> {
  let applied = await appliedForCurrentSettings(host, ctx);
  const outcome = outcomeRecorder(host, ctx, report);
  for (const item of planHost(host, detections, applied.records)) {
    if (item.kind !== 'send') {
      outcome(item, unsentOutcome(item, ctx));
      continue;
    }
    const held = holdBack(host, item, applied, ctx, report, state.rateLimited);
    if (held) {
      outcome(item, held);
      continue;
    }
    const sent = await send(host, item, applied, ctx);
    applied = sent.applied;
    await ctx.applied.set(host.id, applied);
    outcome(item, sent.outcome);
    if (sent.transient) {
      report.transient = true;
      report.transientFailures.add(report.outcomes.at(-1)!);
    }
    if (sent.rateLimited) state.rateLimited = true;
  }
}

/** The host's applied values; a pause ends (and is saved as ended) once its settings changed. */
async function appliedForCurrentSettings(host: Host, ctx: SyncContext): Promise<AppliedHost> {
  const applied = (await ctx.applied.get(host.id)) ?? emptyApplied();
  if (!applied.paused || applied.paused.fingerprint === ctx.fingerprint(host)) return applied;
  const resumed = { ...applied, paused: undefined };
  await ctx.applied.set(host.id, resumed);
  return resumed;
}

function outcomeRecorder(
  host: Host,
  ctx: SyncContext,
  report: SyncReport,
): (item: PlanItem, result: RecordOutcome) => void {
  return (item, result) => {
    report.outcomes.push({
      at: toIso(ctx.clock.now()),
      hostId: host.id,
      hostLabel: host.label,
      record: item.record,
      ...('entry' in item && item.entry !== undefined ? { entry: item.entry } : {}),
      outcome: result,
    });
  };
}

/** A step with nothing to send: the record already holds the value, or the value is not known. */
function unsentOutcome(item: Exclude<PlanItem, { kind: 'send' }>, ctx: SyncContext): RecordOutcome {
  return item.kind === 'matched'
    ? { kind: 'unchanged', value: item.value }
    : { kind: 'deferred', until: toIso(ctx.nextCheckAt), reason: item.reason };
}

/**
 * Why a step is not sent now, the first that applies of: a pause, a Premium-only record, the
 * stability rule, the budgets; null when it may go.
 */
function holdBack(
  host: Host,
  item: Extract<PlanItem, { kind: 'send' }>,
  applied: AppliedHost,
  ctx: SyncContext,
  report: SyncReport,
  rateLimited: boolean,
): RecordOutcome | null {
  if (applied.paused) return pausedOutcome(applied.paused);
  if (needsPremium(item) && ctx.tierOf(host.accountId) === 'free')
    return {
      kind: 'failed',
      reason: `${item.record} records need a Premium freedns.io account; nothing was sent. If the account is Premium, set its type to Premium in Settings.`,
    };
  const unconfirmed = awaitConfirmation(host, item, ctx);
  if (unconfirmed) {
    report.awaitingConfirmation = true;
    return unconfirmed;
  }
  return admit(host, ctx, rateLimited);
}

/** Deleting a Premium-only record is allowed to anyone; writing one is not (spends nothing then). */
function needsPremium(item: Extract<PlanItem, { kind: 'send' }>): boolean {
  return (
    PREMIUM_ONLY_TYPES.includes(item.record) &&
    item.operation.op !== 'delete-record' &&
    item.operation.op !== 'delete-mx'
  );
}

/** The stability rule: on a free account a changed address must hold before it is written. */
function awaitConfirmation(
  host: Host,
  item: Extract<PlanItem, { kind: 'send' }>,
  ctx: SyncContext,
): RecordOutcome | null {
  if (!item.follows || ctx.tierOf(host.accountId) !== 'free') return null;
  const seen = ctx.gate.timesSeen(item.follows, item.value);
  if (seen >= ctx.stableChecks) return null;
  return {
    kind: 'deferred',
    until: toIso(ctx.nextCheckAt),
    reason: `new address ${item.value} seen in ${seen} of ${ctx.stableChecks} checks; waiting for it to hold before spending a daily update`,
  };
}

/** The request budgets; returns the deferral, or null when the request may go. */
function admit(host: Host, ctx: SyncContext, rateLimited: boolean): RecordOutcome | null {
  if (rateLimited)
    return {
      kind: 'deferred',
      until: toIso(ctx.clock.now() + 3_600_000),
      reason: 'freedns.io asked us to slow down',
    };
  const admission = ctx.budget.admit(host.id, DAILY_UPDATE_LIMIT[ctx.tierOf(host.accountId)]);
  return admission.admitted
    ? null
    : { kind: 'deferred', until: toIso(admission.until), reason: admission.reason };
}

interface Sent {
  applied: AppliedHost;
  outcome: RecordOutcome;
  transient?: boolean;
  rateLimited?: boolean;
}

async function send(
  host: Host,
  item: Extract<PlanItem, { kind: 'send' }>,
  applied: AppliedHost,
  ctx: SyncContext,
): Promise<Sent> {
  const writer = ctx.writerFor(host.accountId);
  if (typeof writer === 'string') return { applied, outcome: { kind: 'failed', reason: writer } };
  // The ledger is settled inside sendReserved, for every kind of result.
  const result = await sendReserved(ctx.budget, host.id, () => writer.perform(item.operation));
  switch (result.kind) {
    case 'accepted': {
      const next: AppliedHost = {
        ...applied,
        records: item.apply(applied.records),
        lastUpdateAt: { ...applied.lastUpdateAt, [item.record]: ctx.clock.now() },
      };
      return {
        applied: next,
        outcome: { kind: result.noChange ? 'unchanged' : 'updated', value: item.value },
      };
    }
    case 'rejected':
      return rejected(host, result, applied, ctx);
    case 'transient':
      return { applied, outcome: { kind: 'failed', reason: result.detail }, transient: true };
    case 'invalid':
      return pause(host, applied, ctx, 'invalid', `${result.field}: ${result.message}`);
  }
}

async function rejected(
  host: Host,
  result: Extract<FreednsResult, { kind: 'rejected' }>,
  applied: AppliedHost,
  ctx: SyncContext,
): Promise<Sent> {
  if (result.reason === 'quota-used') {
    await ctx.budget.recordQuotaUsed(host.id);
    const admission = ctx.budget.admit(host.id, 0);
    const until = admission.admitted ? null : toIso(admission.until);
    return {
      applied,
      outcome: {
        kind: 'deferred',
        until,
        reason: `quota: freedns.io says "${result.serverMessage}"; next update after 00:00 UTC`,
      },
    };
  }
  if (result.reason === 'rate-limited') {
    await ctx.budget.recordRateLimited();
    return {
      applied,
      rateLimited: true,
      outcome: {
        kind: 'deferred',
        until: toIso(ctx.clock.now() + 3_600_000),
        reason: `freedns.io says "${result.serverMessage}"`,
      },
    };
  }
  if (isFatalRejection(result.reason))
    return pause(host, applied, ctx, result.reason, result.serverMessage);
  return {
    applied,
    outcome: { kind: 'rejected', serverMessage: result.serverMessage, reason: result.reason },
  };
}

function pause(
  host: Host,
  applied: AppliedHost,
  ctx: SyncContext,
  reason: string,
  serverMessage: string,
): Sent {
  const paused = { fingerprint: ctx.fingerprint(host), reason, serverMessage, at: ctx.clock.now() };
  return { applied: { ...applied, paused }, outcome: { kind: 'rejected', serverMessage, reason } };
}

function pausedOutcome(paused: NonNullable<AppliedHost['paused']>): RecordOutcome {
  return {
    kind: 'deferred',
    until: null,
    reason: `paused after freedns.io refused: "${paused.serverMessage}". Change the host or its account settings (or resume it) to try again.`,
  };
}
