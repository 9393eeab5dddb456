import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/**
 * The only web preferences any DNS Tray window gets. Pure, so the security defaults are
 * unit-tested without Electron.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

export interface WindowSpec {
  title: string;
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
}

export function windowOptions(
  spec: WindowSpec,
  preloadPath: string,
): BrowserWindowConstructorOptions {
  return {
    title: spec.title,
    width: spec.width,
    height: spec.height,
    minWidth: spec.minWidth,
    minHeight: spec.minHeight,
    show: false,
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/** A window may only ever show our own bundle: the file:// URL of dist/index.html. */
export function isOwnRendererUrl(url: string, indexUrl: string): boolean {
  try {
    const target = new URL(url);
    const own = new URL(indexUrl);
    return target.protocol === 'file:' && target.pathname === own.pathname;
  } catch {
    return false;
  }
}
