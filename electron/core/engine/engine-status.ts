import type {
  CoreStatus,
  FamilyStatus,
  HostStatus,
  SourceAnswerStatus,
} from '../../../shared/engine/core-status.js';
import type { RecordOutcome } from '../../../shared/engine/record-outcome.js';
import type { Host } from '../../../shared/records/desired-records.js';
import { formatTime } from '../../../shared/time/format-time.js';
import type { AddressFamily } from '../../../shared/validators/dns.js';
import type { Detection } from '../public-ip/detect-address.js';
import type { SourceAnswer } from '../public-ip/source-answer.js';
import { formatMx, type PlannedRecord } from '../sync/plan-host.js';
import type { AppliedHost } from '../sync/sync-ports.js';

export interface StatusInput {
  families: readonly AddressFamily[];
  /** `vpn`: what the VPN guard did for the family, in words (null: no tunnel in the way). */
  detections: Partial<
    Record<AddressFamily, { detection: Detection; at: number; vpn?: string | null }>
  >;
  hosts: readonly Host[];
  applied: ReadonlyMap<string, AppliedHost>;
  outcomes: ReadonlyMap<string, ReadonlyMap<PlannedRecord, RecordOutcome>>;
  updatesToday(hostId: string): number;
  dailyLimit(host: Host): number;
  nextCheckAt: number | null;
  /** The user's pause; `until` null means until resumed. */
  paused: { until: number | null } | null;
  working: boolean;
  requestsInLastHour: number;
  hourlyRequestBudget: number;
  /** What "today" means in people's times (the engine's clock). */
  now: number;
}

const iso = (ms: number | null | undefined): string | null =>
  ms == null ? null : new Date(ms).toISOString();

export function toAnswerStatus(answer: SourceAnswer): SourceAnswerStatus {
  const detail =
    answer.outcome === 'address'
      ? answer.address
      : answer.outcome === 'none'
        ? answer.detail
        : answer.problem;
  return {
    sourceId: answer.sourceId,
    sourceName: answer.sourceName,
    kind: answer.kind,
    outcome: answer.outcome,
    detail,
    latencyMs: answer.latencyMs,
  };
}

function familyStatus(
  family: AddressFamily,
  entry: StatusInput['detections'][AddressFamily],
): FamilyStatus {
  if (!entry)
    return {
      family,
      state: 'not-checked',
      address: null,
      detail: 'not checked yet',
      agreedBy: [],
      answers: [],
      checkedAt: null,
      doubleNat: null,
    };
  const { detection, at } = entry;
  const doubleNat = detection.answers.find((a) => a.outcome === 'none' && a.doubleNat);
  return {
    family,
    state: detection.state,
    address: detection.state === 'known' ? detection.address : null,
    detail:
      detection.state === 'known'
        ? ''
        : detection.state === 'absent'
          ? detection.detail
          : detection.reason,
    agreedBy: detection.state === 'known' ? detection.agreedBy : [],
    answers: detection.answers.map(toAnswerStatus),
    checkedAt: iso(at),
    doubleNat: doubleNat && doubleNat.outcome === 'none' ? doubleNat.detail : null,
    ...(entry.vpn ? { vpn: entry.vpn } : {}),
  };
}

function appliedValue(applied: AppliedHost | undefined, record: PlannedRecord): string | null {
  if (!applied) return null;
  if (record === 'MX')
    return applied.records.MX?.length ? applied.records.MX.map(formatMx).join(', ') : null;
  return applied.records[record] ?? null;
}

function hostStatus(host: Host, input: StatusInput): HostStatus {
  const applied = input.applied.get(host.id);
  const outcomes = input.outcomes.get(host.id);
  const limit = input.dailyLimit(host);
  return {
    hostId: host.id,
    label: host.label,
    records: host.records.map((record) => ({
      record: record.type,
      applied: appliedValue(applied, record.type),
      outcome: outcomes?.get(record.type) ?? null,
      lastUpdateAt: iso(applied?.lastUpdateAt[record.type]),
    })),
    updatesLeftToday: Math.max(0, limit - input.updatesToday(host.id)),
    dailyLimit: limit,
    pausedReason: applied?.paused ? `freedns.io refused: ${applied.paused.serverMessage}` : null,
  };
}

/** The one status object the tray and windows render. */
export function buildCoreStatus(input: StatusInput): CoreStatus {
  const families = input.families.map((family) => familyStatus(family, input.detections[family]));
  const hosts = input.hosts.map((host) => hostStatus(host, input));
  const outcomes = hosts.flatMap((host) =>
    host.records.map((record) => record.outcome).filter((o) => o !== null),
  );
  const [overall, summary] = judge(input, families, hosts, outcomes);
  return {
    overall,
    summary,
    families,
    hosts,
    nextCheckAt: iso(input.nextCheckAt),
    pausedUntil: iso(input.paused?.until),
    requestsInLastHour: input.requestsInLastHour,
    hourlyRequestBudget: input.hourlyRequestBudget,
  };
}

function judge(
  input: StatusInput,
  families: FamilyStatus[],
  hosts: HostStatus[],
  outcomes: RecordOutcome[],
): [CoreStatus['overall'], string] {
  if (input.paused)
    return [
      'paused',
      input.paused.until === null
        ? 'Updates paused until you resume them.'
        : `Updates paused until ${formatTime(input.paused.until, { now: input.now })}.`,
    ];
  if (input.working) return ['working', 'Checking the public address\u2026'];
  const paused = hosts.find((host) => host.pausedReason);
  if (paused) return ['error', `${paused.label}: ${paused.pausedReason}`];
  if (outcomes.some((o) => o.kind === 'rejected' || o.kind === 'failed'))
    return ['error', 'An update failed; see the host for details.'];
  const doubleNat = families.find((f) => f.doubleNat);
  if (doubleNat) return ['attention', doubleNat.doubleNat!];
  // Holding behind a VPN says so plainly, before the "address unknown" it causes.
  const held = families.find((f) => f.vpn && f.state !== 'known');
  if (held) return ['attention', held.vpn!];
  const unknown = families.find((f) => f.state === 'unknown');
  if (unknown)
    return [
      'attention',
      `${unknown.family === 'ipv4' ? 'IPv4' : 'IPv6'} address unknown: ${unknown.detail}`,
    ];
  const deferred = outcomes.find((o) => o.kind === 'deferred');
  if (deferred && deferred.kind === 'deferred') return ['attention', deferred.reason];
  return ['ok', hosts.length === 0 ? 'No hosts yet.' : 'All records are up to date.'];
}
