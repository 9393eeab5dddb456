import type { WindowKind } from '../windows/window-kinds.js';

/**
 * What a click on the tray icon does, per OS. Windows: a left click opens Hosts, a right click
 * shows the menu. macOS: a click shows the menu and nothing else (`click` fires on mouse-down,
 * before the menu opens, so a window would pop up behind it). Linux: AppIndicator and
 * StatusNotifierItem trays emit no reliable click; the menu is the click.
 * https://www.electronjs.org/docs/latest/api/tray#event-click
 */
export interface TrayClickBehaviour {
  /** The window a (left) click opens, or null when a click only shows the menu. */
  opens: WindowKind | null;
}

export function trayClickBehaviour(platform: NodeJS.Platform): TrayClickBehaviour {
  return { opens: platform === 'win32' ? 'hosts' : null };
}
