import { BrowserWindow, shell } from 'electron';
import { isOwnRendererUrl, windowOptions, type WindowSpec } from './window-options.js';

export interface WindowFactory {
  indexUrl: string;
  create(spec: WindowSpec, route: string): BrowserWindow;
}

/** Every window is made here, so none can miss a security default. */
export function createWindowFactory(indexUrl: string, preloadPath: string): WindowFactory {
  return {
    indexUrl,
    create(spec, route) {
      const window = new BrowserWindow(windowOptions(spec, preloadPath));
      const contents = window.webContents;
      contents.setWindowOpenHandler(({ url }) => {
        if (url.startsWith('https://')) void shell.openExternal(url);
        return { action: 'deny' };
      });
      contents.on('will-navigate', (event, url) => {
        if (!isOwnRendererUrl(url, indexUrl)) event.preventDefault();
      });
      contents.on('will-attach-webview', (event) => event.preventDefault());
      contents.session.setPermissionRequestHandler((_contents, _permission, callback) =>
        callback(false),
      );
      window.once('ready-to-show', () => window.show());
      void window.loadURL(`${indexUrl}#${route}`);
      return window;
    },
  };
}
