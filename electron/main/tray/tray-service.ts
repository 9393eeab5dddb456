import { Menu, nativeImage, Tray } from 'electron';
import path from 'node:path';
import type { Clock } from '../../core/ports.js';
import { buildTrayMenuTemplate, menuSignature, type TrayMenuActions } from './tray-menu.js';
import { trayIconFile, trayStateFrom, type TrayState } from './tray-state.js';
import { trayTooltip } from './tray-tooltip.js';
import type { StatusProjection } from '../../../shared/engine/status-projection.js';

/** Relative times in the tooltip and menu ("next check in 3 min") are refreshed this often. */
const REFRESH_MS = 30_000;

export interface TrayServiceDeps {
  iconsDir: string;
  platform: NodeJS.Platform;
  clock: Clock;
  actions: TrayMenuActions;
  startAtLogin(): boolean;
  /** A left click on the icon, where the platform gives it a meaning (trayClickBehaviour). */
  onClick: (() => void) | null;
}

/** The parts of Electron's Tray the service drives; a test double is typed against them. */
export type TrayLike = Pick<
  Electron.Tray,
  'on' | 'setImage' | 'setToolTip' | 'setContextMenu' | 'destroy' | 'isDestroyed'
>;

/** Before the core's first status: nothing known yet, a check on its way. */
export const STARTING_VIEW: StatusProjection = {
  ipv4: { kind: 'not-checked' },
  ipv6: { kind: 'not-checked' },
  busy: true,
  pause: { kind: 'running' },
  nextCheckAt: null,
  lastCheckAt: null,
  hosts: [],
};

/**
 * The tray icon, tooltip and menu, re-rendered from the latest StatusProjection. Everything it shows
 * comes from pure functions (trayStateFrom, trayTooltip, buildTrayMenuTemplate).
 */
export class TrayService {
  readonly #tray: TrayLike;
  #view: StatusProjection = STARTING_VIEW;
  #state: TrayState | null = null;
  #timer: unknown = null;
  #tooltip = '';
  #menu = '';
  #builtMenu: Electron.Menu | null = null;

  constructor(private readonly deps: TrayServiceDeps) {
    this.#tray = new Tray(this.#image('working'));
    const onClick = deps.onClick;
    if (onClick) this.#tray.on('click', () => onClick());
    this.render(STARTING_VIEW);
  }

  render(view: StatusProjection): void {
    // A status that arrives while quitting must not touch a destroyed tray.
    if (this.#tray.isDestroyed()) return;
    this.#view = view;
    const state = trayStateFrom(view);
    if (state !== this.#state) this.#tray.setImage(this.#image(state));
    this.#state = state;
    this.refresh();
  }

  /** Re-renders the text parts (the clock moved, or start-at-login changed). */
  refresh(): void {
    if (this.#tray.isDestroyed()) return;
    const { clock, actions } = this.deps;
    const now = clock.now();
    const tooltip = trayTooltip(this.#view, now);
    if (tooltip !== this.#tooltip) this.#tray.setToolTip(tooltip);
    this.#tooltip = tooltip;
    const options = { startAtLogin: this.deps.startAtLogin(), now };
    const template = buildTrayMenuTemplate(this.#view, options, actions);
    const signature = menuSignature(template);
    if (signature !== this.#menu) {
      this.#builtMenu = Menu.buildFromTemplate(template);
      this.#tray.setContextMenu(this.#builtMenu);
    }
    this.#menu = signature;
    if (this.#timer !== null) clock.clearTimeout(this.#timer);
    this.#timer = clock.setTimeout(() => this.refresh(), REFRESH_MS);
  }

  get state(): TrayState | null {
    return this.#state;
  }

  /** What the tooltip and the menu say now (for the end-to-end probe). */
  get shown(): { tooltip: string; menu: string } {
    return { tooltip: this.#tooltip, menu: this.#menu };
  }

  /** The menu item with this label, searched through submenus (the end-to-end probe clicks it). */
  menuItem(label: string): Electron.MenuItem | undefined {
    const find = (menu: Electron.Menu | null): Electron.MenuItem | undefined => {
      for (const item of menu?.items ?? []) {
        if (item.label === label) return item;
        const inner = find(item.submenu ?? null);
        if (inner) return inner;
      }
      return undefined;
    };
    return find(this.#builtMenu);
  }

  destroy(): void {
    if (this.#timer !== null) this.deps.clock.clearTimeout(this.#timer);
    this.#tray.destroy();
  }

  #image(state: TrayState): Electron.NativeImage {
    const image = nativeImage.createFromPath(
      path.join(this.deps.iconsDir, trayIconFile(state, this.deps.platform)),
    );
    if (this.deps.platform === 'darwin') image.setTemplateImage(true);
    return image;
  }
}
