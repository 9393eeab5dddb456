import type { AddressFamily } from '../validators/dns.js';
import type { CoreStatus, FamilyStatus, HostStatus } from './core-status.js';
import type { RecordOutcome } from './record-outcome.js';
import { summarizeVerifications } from './record-verification.js';

/**
 * What the tray and the windows show of the core's status, decided once here: the tri-state
 * address of each family and each host's worst situation. The shells only render it.
 */
export type AddressProjection =
  | { kind: 'known'; address: string }
  | { kind: 'absent' }
  | { kind: 'unknown'; reason?: string }
  /** Not asked yet (just started): neither good nor bad news. */
  | { kind: 'not-checked' };

/** One host's situation, as far as a one-line summary needs it. */
export type HostState = 'up-to-date' | 'updating' | 'deferred' | 'rejected' | 'failed' | 'paused';

export interface HostProjection {
  name: string;
  state: HostState;
  /** Why the host is deferred, rejected, failed or paused, as the user should read it. */
  detail?: string;
  updatesLeft: number;
  updatesPerDay: number;
}

export type PauseProjection = { kind: 'running' } | { kind: 'paused'; until: number | null };

export interface StatusProjection {
  ipv4: AddressProjection;
  ipv6: AddressProjection;
  /** True while a check or an update cycle runs. */
  busy: boolean;
  pause: PauseProjection;
  /** Epoch ms of the next scheduled check, or null when none is scheduled. */
  nextCheckAt: number | null;
  /** Epoch ms of the latest finished check of either family, or null before the first. */
  lastCheckAt: number | null;
  hosts: readonly HostProjection[];
  /** What the nameservers serve, in one line; absent while nothing was checked. */
  dns?: string | null;
}

/** A family that is not in the status (the user turned it off) reads as absent. */
export function projectAddress(family: FamilyStatus | undefined): AddressProjection {
  if (!family) return { kind: 'absent' };
  switch (family.state) {
    case 'known':
      return family.address ? { kind: 'known', address: family.address } : { kind: 'unknown' };
    case 'absent':
      return { kind: 'absent' };
    case 'unknown':
      return { kind: 'unknown', reason: family.detail };
    case 'not-checked':
      return { kind: 'not-checked' };
  }
}

const SEVERITY = ['rejected', 'failed', 'deferred'] as const;

/** The outcome that speaks for a set: a rejection beats a failure beats a deferral; else null. */
export function worstOutcome(
  outcomes: readonly (RecordOutcome | null)[],
): Extract<RecordOutcome, { kind: (typeof SEVERITY)[number] }> | null {
  for (const kind of SEVERITY) {
    const worst = outcomes.find((outcome) => outcome?.kind === kind);
    if (worst?.kind === 'rejected' || worst?.kind === 'failed' || worst?.kind === 'deferred')
      return worst;
  }
  return null;
}

/** A host's line: a pause after a fatal refusal first, then its worst record. */
export function projectHost(host: HostStatus): HostProjection {
  const base = {
    name: host.label,
    updatesLeft: host.updatesLeftToday,
    updatesPerDay: host.dailyLimit,
  };
  if (host.pausedReason) return { ...base, state: 'paused', detail: host.pausedReason };
  const worst = worstOutcome(host.records.map((record) => record.outcome));
  if (worst?.kind === 'rejected')
    return { ...base, state: 'rejected', detail: worst.serverMessage };
  if (worst) return { ...base, state: worst.kind, detail: worst.reason };
  return { ...base, state: 'up-to-date' };
}

/** A host is low on quota when at most a fifth of its daily updates are left (0 of 2, 3 of 15). */
export function isQuotaLow(host: HostProjection): boolean {
  return host.updatesLeft <= Math.floor(host.updatesPerDay / 5);
}

function epoch(iso: string | null): number | null {
  if (iso === null) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

function latest(times: readonly (number | null)[]): number | null {
  const known = times.filter((t): t is number => t !== null);
  return known.length > 0 ? Math.max(...known) : null;
}

/** The core's `status:get` / `status:changed` payload as the tray and the windows show it. */
export function projectStatus(status: CoreStatus): StatusProjection {
  const family = (name: AddressFamily) => status.families.find((f) => f.family === name);
  const dns = summarizeVerifications(status.hosts);
  return {
    ipv4: projectAddress(family('ipv4')),
    ipv6: projectAddress(family('ipv6')),
    busy: status.overall === 'working',
    pause:
      status.overall === 'paused'
        ? { kind: 'paused', until: epoch(status.pausedUntil) }
        : { kind: 'running' },
    nextCheckAt: epoch(status.nextCheckAt),
    lastCheckAt: latest(status.families.map((f) => epoch(f.checkedAt))),
    hosts: status.hosts.map(projectHost),
    // Only when some record was checked, so views without DNS checking stay as they were.
    ...(dns ? { dns } : {}),
  };
}
