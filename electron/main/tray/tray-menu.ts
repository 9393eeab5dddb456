import { assertNever } from '../../../shared/lang/assert-never.js';
import { familyLabel } from '../../../shared/engine/family-label.js';
import type { MenuItemConstructorOptions } from 'electron';
import { describeAddress, describeWait } from './tray-tooltip.js';
import type { HostProjection, StatusProjection } from '../../../shared/engine/status-projection.js';
import { WINDOW_KINDS, WINDOW_SPECS, type WindowKind } from '../windows/window-kinds.js';

export const PAUSE_ONE_HOUR_MS = 60 * 60 * 1000;

/** What the menu's items do; the tray service binds these to the core and the windows. */
export interface TrayMenuActions {
  updateNow(): void;
  /** Pause for `ms`, or until resumed when `ms` is null. */
  pause(ms: number | null): void;
  resume(): void;
  openWindow(kind: WindowKind): void;
  /** Puts text on the clipboard (an address). */
  copy(text: string): void;
  setStartAtLogin(enabled: boolean): void;
  quit(): void;
}

export interface TrayMenuOptions {
  startAtLogin: boolean;
  now: number;
}

function describeHostState(host: HostProjection): string {
  switch (host.state) {
    case 'up-to-date':
      return 'up to date';
    case 'updating':
      return 'updating…';
    case 'deferred':
    case 'rejected':
    case 'failed':
    case 'paused':
      return host.detail ? `${host.state}: ${host.detail}` : host.state;
    default:
      return assertNever(host.state);
  }
}

/** "home.example.com — up to date — 1 of 2 updates left today" */
export function describeHost(host: HostProjection): string {
  const left = `${host.updatesLeft} of ${host.updatesPerDay} updates left today`;
  return `${host.name} — ${describeHostState(host)} — ${left}`;
}

function hostItems(view: StatusProjection): MenuItemConstructorOptions[] {
  if (view.hosts.length === 0) return [{ label: 'No hosts yet', enabled: false }];
  return view.hosts.map((host) => ({ label: describeHost(host), enabled: false }));
}

function pauseItems(
  view: StatusProjection,
  now: number,
  actions: TrayMenuActions,
): MenuItemConstructorOptions[] {
  if (view.pause.kind === 'paused') {
    const label =
      view.pause.until === null
        ? 'Paused until resumed'
        : `Paused, resumes ${describeWait(view.pause.until - now)}`;
    return [
      { label, enabled: false },
      { label: 'Resume', click: () => actions.resume() },
    ];
  }
  return [
    {
      label: 'Pause',
      submenu: [
        { label: 'For 1 hour', click: () => actions.pause(PAUSE_ONE_HOUR_MS) },
        { label: 'Until resumed', click: () => actions.pause(null) },
      ],
    },
  ];
}

/** "Copy IPv4 address" / "Copy IPv6 address", only for an address that is known. */
function copyItems(view: StatusProjection, actions: TrayMenuActions): MenuItemConstructorOptions[] {
  return (['ipv4', 'ipv6'] as const).flatMap((family) => {
    const address = view[family];
    return address.kind === 'known'
      ? [
          {
            label: `Copy ${familyLabel(family)} address`,
            click: () => actions.copy(address.address),
          },
        ]
      : [];
  });
}

/** The tray menu as a pure function of the tray view, so it is tested without Electron. */
export function buildTrayMenuTemplate(
  view: StatusProjection,
  options: TrayMenuOptions,
  actions: TrayMenuActions,
): MenuItemConstructorOptions[] {
  const paused = view.pause.kind === 'paused';
  return [
    { label: describeAddress('ipv4', view.ipv4), enabled: false },
    { label: describeAddress('ipv6', view.ipv6), enabled: false },
    ...copyItems(view, actions),
    { type: 'separator' },
    ...hostItems(view),
    { type: 'separator' },
    { label: 'Update now', enabled: !paused && !view.busy, click: () => actions.updateNow() },
    ...pauseItems(view, options.now, actions),
    { type: 'separator' },
    ...WINDOW_KINDS.map((kind) => ({
      label: WINDOW_SPECS[kind].menuLabel,
      click: () => actions.openWindow(kind),
    })),
    { type: 'separator' },
    {
      label: 'Start at login',
      type: 'checkbox',
      checked: options.startAtLogin,
      click: (item: { checked: boolean }) => actions.setStartAtLogin(item.checked),
    },
    { label: 'Quit DNS Tray', click: () => actions.quit() },
  ];
}

/**
 * What a person sees of a menu template (labels, states, nesting), as a string. Rebuilding an
 * unchanged menu can close it while open on some Linux trays, so the service compares first.
 */
export function menuSignature(items: readonly MenuItemConstructorOptions[]): string {
  return JSON.stringify(
    items.map((item) => [
      item.type ?? 'normal',
      item.label ?? '',
      item.enabled ?? true,
      item.checked ?? false,
      Array.isArray(item.submenu) ? menuSignature(item.submenu) : '',
    ]),
  );
}
