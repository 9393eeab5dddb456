import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { isSameFileUrl } from '../ipc/sender-url.js';

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
    // Middle-click would otherwise open links in new windows around the open handler.
    disableBlinkFeatures: 'Auxclick',
  };
}

export interface WindowSpec {
  title: string;
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
}

/** Where a window opens; x and y are left out to let the OS centre it. */
export interface WindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export function windowOptions(
  spec: WindowSpec,
  preloadPath: string,
  placement: WindowPlacement = { width: spec.width, height: spec.height },
): BrowserWindowConstructorOptions {
  return {
    title: spec.title,
    ...placement,
    minWidth: spec.minWidth,
    minHeight: spec.minHeight,
    show: false,
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/**
 * A window may only ever show our own bundle: the file:// URL of dist/index.html, compared as
 * normalised paths (see sender-url.ts), never as raw strings.
 */
export function isOwnRendererUrl(
  url: string,
  indexUrl: string,
  platform: NodeJS.Platform = process.platform,
): boolean {
  return isSameFileUrl(url, indexUrl, platform);
}

/** Links the renderer may hand to the OS browser: https only, parsed, never file: or custom. */
export function isExternalLink(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}
