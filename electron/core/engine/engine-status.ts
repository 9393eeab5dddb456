import { toIso } from '../../../shared/time/to-iso.js';
import type {
  CoreStatus,
  FamilyStatus,
  HostStatus,
  SourceAnswerStatus,
} from '../../../shared/engine/core-status.js';
import type { RecordOutcome } from '../../../shared/engine/record-outcome.js';
import { familyLabel } from '../../../shared/engine/family-label.js';
import { projectHost } from '../../../shared/engine/status-projection.js';
import type { Host, RecordType } from '../../../shared/records/desired-records.js';
import { formatTime } from '../../../shared/time/format-time.js';
import type { AddressFamily } from '../../../shared/validators/dns.js';
import type { Detection } from '../public-ip/detect-address.js';
import type { SourceAnswer } from '../public-ip/source-answer.js';
import { formatMx } from '../sync/plan-host.js';
import type { AppliedHost } from '../sync/sync-ports.js';

export interface StatusInput {
  families: readonly AddressFamily[];
  /** `vpn`: what the VPN guard did for the family, in words (null: no tunnel in the way). */
  detections: Partial<
    Record<AddressFamily, { detection: Detection; at: number; vpn?: string | null }>
  >;
  hosts: readonly Host[];
  applied: ReadonlyMap<string, AppliedHost>;
  outcomes: ReadonlyMap<string, ReadonlyMap<RecordType, RecordOutcome>>;
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
        ? (detection.notice ?? '')
        : detection.state === 'absent'
          ? detection.detail
          : detection.reason,
    agreedBy: detection.state === 'known' ? detection.agreedBy : [],
    answers: detection.answers.map(toAnswerStatus),
    checkedAt: toIso(at),
    doubleNat: doubleNat && doubleNat.outcome === 'none' ? doubleNat.detail : null,
    ...(entry.vpn ? { vpn: entry.vpn } : {}),
  };
}

function appliedValue(applied: AppliedHost | undefined, record: RecordType): string | null {
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
      lastUpdateAt: toIso(applied?.lastUpdateAt[record.type]),
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
  const [overall, summary] = judge(input, families, hosts);
  return {
    overall,
    summary,
    families,
    hosts,
    nextCheckAt: toIso(input.nextCheckAt),
    pausedUntil: toIso(input.paused?.until),
    requestsInLastHour: input.requestsInLastHour,
    hourlyRequestBudget: input.hourlyRequestBudget,
  };
}

/** Each host's line comes from the shared projection, so the tray and this summary agree. */
function judge(
  input: StatusInput,
  families: FamilyStatus[],
  hosts: HostStatus[],
): [CoreStatus['overall'], string] {
  if (input.paused)
    return [
      'paused',
      input.paused.until === null
        ? 'Updates paused until you resume them.'
        : `Updates paused until ${formatTime(input.paused.until, { now: input.now })}.`,
    ];
  if (input.working) return ['working', 'Checking the public address\u2026'];
  const lines = hosts.map(projectHost);
  const paused = lines.find((line) => line.state === 'paused');
  if (paused) return ['error', `${paused.name}: ${paused.detail}`];
  if (lines.some((line) => line.state === 'rejected' || line.state === 'failed'))
    return ['error', 'An update failed; see the host for details.'];
  const doubleNat = families.find((f) => f.doubleNat);
  if (doubleNat) return ['attention', doubleNat.doubleNat!];
  // Holding behind a VPN says so plainly, before the "address unknown" it causes.
  const held = families.find((f) => f.vpn && f.state !== 'known');
  if (held) return ['attention', held.vpn!];
  const unknown = families.find((f) => f.state === 'unknown');
  if (unknown)
    return ['attention', `${familyLabel(unknown.family)} address unknown: ${unknown.detail}`];
  const deferred = lines.find((line) => line.state === 'deferred');
  if (deferred) return ['attention', deferred.detail!];
  return ['ok', hosts.length === 0 ? 'No hosts yet.' : 'All records are up to date.'];
}
