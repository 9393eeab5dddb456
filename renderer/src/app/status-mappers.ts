import type {
  CoreStatus,
  FamilyStatus,
  HostStatus,
  SourceCheck,
} from '../../../shared/engine/core-status.js';
import { describeProvenance } from '../../../shared/engine/address-provenance.js';
import type { RecordOutcome } from '../../../shared/engine/record-outcome.js';
import { familyLabel, familyOfRecord } from '../../../shared/engine/family-label.js';
import { projectAddress, projectHost } from '../../../shared/engine/status-projection.js';
import { formatTime } from '../../../shared/time/format-time.js';
import type { AccountTier, DesiredRecord, Host } from '../../../shared/records/desired-records.js';
import { DAILY_UPDATE_LIMIT } from '../../../shared/records/desired-records.js';
import { tierOf } from '../../../shared/records/tier-of.js';
import type { HostStatusView, RecordState } from '../hosts/record-status.js';
import type { FamilyCheckView } from '../settings/source-doctor.js';

/**
 * Maps the engine's status into what the windows show. A record that follows the address is
 * "in sync" only while the value freedns.io last accepted equals the current public address;
 * otherwise it is pending, whatever the last outcome said.
 */
export function toRecordState(
  desired: DesiredRecord,
  status: HostStatus['records'][number] | undefined,
  families: readonly FamilyStatus[],
): RecordState {
  const outcome = status?.outcome ?? null;
  if (!status || !outcome) return { kind: 'pending', reason: 'not updated since DNS Tray started' };
  const fromOutcome = stateOfOutcome(outcome);
  if (fromOutcome.kind !== 'in-sync') return fromOutcome;
  if ((desired.type === 'A' || desired.type === 'AAAA') && desired.mode === 'follow') {
    const family = families.find((f) => f.family === familyOfRecord(desired.type));
    if (family?.state === 'known' && family.address !== status.applied)
      return { kind: 'pending', reason: `the public address is now ${family.address}` };
  }
  return { ...fromOutcome, value: status.applied ?? fromOutcome.value };
}

function stateOfOutcome(outcome: RecordOutcome): RecordState {
  switch (outcome.kind) {
    case 'updated':
    case 'unchanged':
      return { kind: 'in-sync', value: outcome.value, at: null };
    case 'deferred':
      return outcome.until
        ? { kind: 'deferred', until: outcome.until, reason: outcome.reason }
        : { kind: 'paused', reason: outcome.reason };
    case 'rejected':
      return { kind: 'rejected', message: outcome.serverMessage };
    case 'failed':
      return { kind: 'failed', reason: outcome.reason };
  }
}

const SWITCHED_OFF = 'updates are switched off for this host';

/** Each host's records as the Hosts window shows them; the host's own line is the projection's. */
export function toHostStatusViews(
  hosts: readonly Host[],
  accounts: readonly { id: string; tier: AccountTier }[],
  status: CoreStatus | null,
): HostStatusView[] {
  return hosts.map((host) => {
    const found = status?.hosts.find((h) => h.hostId === host.id);
    const line = found ? projectHost(found) : null;
    const pausedReason = line?.state === 'paused' ? line.detail! : null;
    const lastUpdate =
      found?.records
        .map((record) => record.lastUpdateAt)
        .filter((at): at is string => at !== null)
        .sort()
        .pop() ?? null;
    return {
      hostId: host.id,
      records: host.records.map((record) => {
        const recordStatus = found?.records.find((r) => r.record === record.type);
        const state = toRecordState(record, recordStatus, status?.families ?? []);
        const dns = recordStatus?.verification ? { dns: recordStatus.verification } : {};
        if (!host.enabled)
          return { type: record.type, state: { kind: 'paused' as const, reason: SWITCHED_OFF } };
        // A paused host says so on each record, except where the server's refusal explains it.
        const paused = pausedReason !== null && state.kind !== 'rejected';
        return {
          type: record.type,
          state: paused ? { kind: 'paused' as const, reason: pausedReason } : state,
          ...dns,
        };
      }),
      pausedReason,
      lastUpdate,
      updatesLeftToday: line ? line.updatesLeft : null,
      dailyLimit: line?.updatesPerDay ?? DAILY_UPDATE_LIMIT[tierOf(accounts, host.accountId)],
    };
  });
}

/** The engine's one line for the Hosts window: its summary and when it looks next. */
export function describeEngine(status: CoreStatus | null): string | null {
  if (!status) return null;
  const next = status.nextCheckAt ? ` Next check at ${formatTime(status.nextCheckAt)}.` : '';
  return `${status.summary}${next}`;
}

/** "IPv4 203.0.113.7 · IPv6 unknown: …" for the Hosts window's header. */
export function summarizeAddresses(status: CoreStatus | null): string | null {
  if (!status || status.families.length === 0) return null;
  return status.families
    .map((family) => {
      const name = familyLabel(family.family);
      const address = projectAddress(family);
      switch (address.kind) {
        case 'known':
          return `${name} ${address.address}${disagreement(family)}`;
        case 'absent':
          return `${name}: none`;
        case 'unknown':
          return `${name} unknown${address.reason ? ` (${address.reason})` : ''}`;
        case 'not-checked':
          return `${name} not checked yet`;
      }
    })
    .join(' · ');
}

/** " (agreed alpha, charlie; bravo answered …)" when a source answered another address. */
function disagreement(family: FamilyStatus): string {
  const other = family.answers.filter(
    (a) => a.outcome === 'address' && a.detail !== family.address,
  );
  if (other.length === 0) return '';
  const nameOf = (id: string) => family.answers.find((a) => a.sourceId === id)?.sourceName ?? id;
  const disagreed = other.map((a) => ({ source: a.sourceName, address: a.detail }));
  return ` (${describeProvenance(family.agreedBy.map(nameOf), disagreed)})`;
}

export function toFamilyCheckViews(check: SourceCheck): FamilyCheckView[] {
  return check.families.map((family) => ({
    family: family.family,
    accepted: family.state === 'known' ? family.address : null,
    verdict:
      family.detail ||
      (family.state === 'known'
        ? 'agreed'
        : family.state === 'absent'
          ? 'no address of this family'
          : 'not enough sources agree'),
    sources: family.answers.map((answer) => ({
      family: family.family,
      source: answer.sourceName,
      answer: answer.outcome === 'address' ? answer.detail : null,
      error: answer.outcome === 'address' ? null : answer.detail,
      latencyMs: answer.latencyMs,
      agreed: answer.agrees,
    })),
    ...routeOf(check, family.family),
  }));
}

function routeOf(check: SourceCheck, family: 'ipv4' | 'ipv6'): Pick<FamilyCheckView, 'route'> {
  const route = check.routes?.find((entry) => entry.family === family);
  return route ? { route } : {};
}
