import type { WindowSpec } from './window-options.js';

/** The app's windows: one of each at most, all from the one renderer bundle by hash route. */
export const WINDOW_KINDS = ['hosts', 'domains', 'settings', 'activity'] as const;
export type WindowKind = (typeof WINDOW_KINDS)[number];

export interface WindowKindSpec extends WindowSpec {
  route: `/${WindowKind}`;
  menuLabel: string;
}

export const WINDOW_SPECS: Readonly<Record<WindowKind, WindowKindSpec>> = {
  hosts: {
    route: '/hosts',
    menuLabel: 'Open Hosts…',
    title: 'DNS Tray — Hosts',
    width: 960,
    height: 680,
    minWidth: 800,
    minHeight: 600,
  },
  domains: {
    route: '/domains',
    menuLabel: 'Domains…',
    title: 'DNS Tray — Domains',
    width: 960,
    height: 680,
    minWidth: 800,
    minHeight: 600,
  },
  settings: {
    route: '/settings',
    menuLabel: 'Settings…',
    title: 'DNS Tray — Settings',
    width: 820,
    height: 640,
    minWidth: 800,
    minHeight: 600,
  },
  activity: {
    route: '/activity',
    menuLabel: 'Activity…',
    title: 'DNS Tray — Activity',
    width: 960,
    height: 680,
    minWidth: 800,
    minHeight: 600,
  },
};

export function isWindowKind(value: string): value is WindowKind {
  return (WINDOW_KINDS as readonly string[]).includes(value);
}
