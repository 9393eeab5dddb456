import { assertNever } from '../../../shared/lang/assert-never.js';
import { familyLabel } from '../../../shared/engine/family-label.js';
import type { AddressFamily } from '../../../shared/validators/dns.js';
import type {
  AddressProjection,
  StatusProjection,
} from '../../../shared/engine/status-projection.js';

/** Windows cuts tray tooltips at 127 characters; stay under it everywhere. */
export const TOOLTIP_MAX = 127;

export function describeAddress(name: AddressFamily, address: AddressProjection): string {
  const family = familyLabel(name);
  switch (address.kind) {
    case 'known':
      return `${family} ${address.address}`;
    case 'absent':
      return `no ${family}`;
    case 'unknown':
      return `${family} unknown`;
    case 'not-checked':
      return `${family} not checked yet`;
    default:
      return assertNever(address);
  }
}

/** "in 45 s", "in 3 min", "in 2 h 5 min", or "now" when due. */
export function describeWait(ms: number): string {
  if (ms <= 0) return 'now';
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return `in ${seconds} s`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `in ${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `in ${hours} h ${rest} min` : `in ${hours} h`;
}

/** "just now", "5 min ago", "2 h ago". */
export function describeAgo(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  return `${Math.floor(minutes / 60)} h ago`;
}

function describeNextCheck(view: StatusProjection, now: number): string {
  if (view.pause.kind === 'paused') {
    return view.pause.until === null
      ? 'paused until resumed'
      : `paused, resumes ${describeWait(view.pause.until - now)}`;
  }
  if (view.busy) return 'checking now';
  if (view.nextCheckAt === null) return 'no check scheduled';
  return `next check ${describeWait(view.nextCheckAt - now)}`;
}

/** "last check 2 min ago · next check in 45 s"; the last check is left out before the first. */
export function describeChecks(view: StatusProjection, now: number): string {
  const next = describeNextCheck(view, now);
  if (view.lastCheckAt === null) return next;
  return `last check ${describeAgo(now - view.lastCheckAt)} · ${next}`;
}

/** The tray tooltip: current addresses, the last check and when the next one runs. */
export function trayTooltip(view: StatusProjection, now: number): string {
  const text = [
    'DNS Tray',
    `${describeAddress('ipv4', view.ipv4)} · ${describeAddress('ipv6', view.ipv6)}`,
    describeChecks(view, now),
    ...(view.dns ? [view.dns] : []),
  ].join('\n');
  return text.length <= TOOLTIP_MAX ? text : `${text.slice(0, TOOLTIP_MAX - 1)}…`;
}
