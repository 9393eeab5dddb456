/**
 * What the tray shows, in the shell's own terms. The core's status is adapted into this shape
 * (see tray-view-from-status.ts), so the tray's pure functions do not depend on how the core
 * happens to lay out its status today.
 */
export type AddressView =
  | { kind: 'known'; address: string }
  | { kind: 'absent' }
  | { kind: 'unknown'; reason?: string }
  /** Not asked yet (just started): neither good nor bad news. */
  | { kind: 'not-checked' };

/** One host's situation, as far as the tray needs it. */
export type HostState = 'up-to-date' | 'updating' | 'deferred' | 'rejected' | 'failed' | 'paused';

export interface TrayHost {
  name: string;
  state: HostState;
  /** Why the host is deferred, rejected, failed or paused, as the user should read it. */
  detail?: string;
  updatesLeft: number;
  updatesPerDay: number;
}

export type PauseView = { kind: 'running' } | { kind: 'paused'; until: number | null };

export interface TrayView {
  ipv4: AddressView;
  ipv6: AddressView;
  /** True while a check or an update cycle runs. */
  busy: boolean;
  pause: PauseView;
  /** Epoch ms of the next scheduled check, or null when none is scheduled. */
  nextCheckAt: number | null;
  /** Epoch ms of the latest finished check of either family, or null before the first. */
  lastCheckAt: number | null;
  hosts: readonly TrayHost[];
  /** What the nameservers serve, in one line; absent while nothing was checked. */
  dns?: string | null;
}

/** A host is low on quota when at most a fifth of its daily updates are left (0 of 2, 3 of 15). */
export function isQuotaLow(host: TrayHost): boolean {
  return host.updatesLeft <= Math.floor(host.updatesPerDay / 5);
}
