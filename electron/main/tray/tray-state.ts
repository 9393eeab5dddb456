import { assertNever } from '../../../shared/lang/assert-never.js';
import {
  isQuotaLow,
  type HostProjection,
  type StatusProjection,
} from '../../../shared/engine/status-projection.js';

/** The tray icon's states; each has its own image in build/icons (see scripts/make-icons.mjs). */
export const TRAY_STATES = ['ok', 'working', 'attention', 'error', 'paused'] as const;
export type TrayState = (typeof TRAY_STATES)[number];

function hostNeedsAttention(host: HostProjection): boolean {
  switch (host.state) {
    case 'deferred':
    case 'paused':
      return true;
    case 'up-to-date':
    case 'updating':
      return isQuotaLow(host);
    case 'rejected':
    case 'failed':
      return false;
    default:
      return assertNever(host.state);
  }
}

/**
 * The one icon the tray shows. Order matters: a pause the user asked for wins, then a cycle in
 * progress (it will end in one of the others), then errors, then anything waiting on quota.
 */
export function trayStateFrom(view: StatusProjection): TrayState {
  if (view.pause.kind === 'paused') return 'paused';
  if (view.busy) return 'working';
  const hostFailed = view.hosts.some((h) => h.state === 'rejected' || h.state === 'failed');
  const blind = view.ipv4.kind === 'unknown' && view.ipv6.kind === 'unknown';
  if (hostFailed || blind) return 'error';
  if (view.hosts.some(hostNeedsAttention)) return 'attention';
  return 'ok';
}

/** Icon file for a state: macOS gets template images (it tints them); others get colour PNGs. */
export function trayIconFile(state: TrayState, platform: NodeJS.Platform): string {
  return platform === 'darwin' ? `tray-${state}Template.png` : `tray-${state}.png`;
}
