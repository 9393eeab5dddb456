import type { CoreStatus, FamilyStatus, HostStatus } from '../../../shared/engine/core-status.js';
import type { AddressView, TrayHost, TrayView } from './tray-view.js';
import { summarizeVerifications } from '../../../shared/engine/record-verification.js';

function addressView(family: FamilyStatus | undefined): AddressView {
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

/** A host's worst record decides its line: a rejection beats a failure beats a deferral. */
function trayHost(host: HostStatus): TrayHost {
  const base = {
    name: host.label,
    updatesLeft: host.updatesLeftToday,
    updatesPerDay: host.dailyLimit,
  };
  if (host.pausedReason) return { ...base, state: 'paused', detail: host.pausedReason };
  const outcomes = host.records.flatMap((record) => (record.outcome ? [record.outcome] : []));
  for (const kind of ['rejected', 'failed', 'deferred'] as const) {
    const worst = outcomes.find((outcome) => outcome.kind === kind);
    if (worst?.kind === 'rejected')
      return { ...base, state: 'rejected', detail: worst.serverMessage };
    if (worst?.kind === 'failed' || worst?.kind === 'deferred')
      return { ...base, state: worst.kind, detail: worst.reason };
  }
  return { ...base, state: 'up-to-date' };
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

/** Adapts the core's `status:get` / `status:changed` payload to what the tray shows. */
export function trayViewFromStatus(status: CoreStatus): TrayView {
  const family = (name: 'ipv4' | 'ipv6') => status.families.find((f) => f.family === name);
  return {
    ipv4: addressView(family('ipv4')),
    ipv6: addressView(family('ipv6')),
    busy: status.overall === 'working',
    pause:
      status.overall === 'paused'
        ? { kind: 'paused', until: epoch(status.pausedUntil) }
        : { kind: 'running' },
    nextCheckAt: epoch(status.nextCheckAt),
    lastCheckAt: latest(status.families.map((f) => epoch(f.checkedAt))),
    hosts: status.hosts.map(trayHost),
    ...dnsLine(status),
  };
}

/** Only when some record was checked, so views without DNS checking stay as they were. */
function dnsLine(status: CoreStatus): { dns?: string } {
  const line = summarizeVerifications(status.hosts);
  return line ? { dns: line } : {};
}
