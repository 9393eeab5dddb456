import { BrowserWindow, shell } from 'electron';
import {
  isExternalLink,
  isOwnRendererUrl,
  windowOptions,
  type WindowPlacement,
  type WindowSpec,
} from './window-options.js';

export interface WindowFactory {
  indexUrl: string;
  create(spec: WindowSpec, route: string, placement?: WindowPlacement): BrowserWindow;
}

/** Every window is made here, so none can miss a security default. */
export function createWindowFactory(indexUrl: string, preloadPath: string): WindowFactory {
  return {
    indexUrl,
    create(spec, route, placement) {
      const options = windowOptions(spec, preloadPath, placement);
      const window = new BrowserWindow(options); // eng-disable NODE_INTEGRATION_JS_CHECK CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK REMOTE_MODULE_JS_CHECK: options come from secureWebPreferences() in window-options.ts (sandbox, contextIsolation, no Node, Auxclick disabled; the remote module no longer exists), which the scanner cannot follow; test/unit/main/windows/window-options.test.ts pins them.
      const contents = window.webContents;
      contents.setWindowOpenHandler(({ url }) => {
        if (isExternalLink(url)) void shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK: only parsed https: URLs reach the OS browser (isExternalLink), never file: or app schemes.
        return { action: 'deny' };
      });
      contents.on('will-navigate', (event, url) => {
        if (!isOwnRendererUrl(url, indexUrl)) event.preventDefault();
      });
      contents.on('will-redirect', (event, url) => {
        if (!isOwnRendererUrl(url, indexUrl)) event.preventDefault();
      });
      contents.on('will-attach-webview', (event) => event.preventDefault());
      contents.session.setPermissionRequestHandler((_contents, _permission, callback) =>
        callback(false),
      );
      contents.session.setPermissionCheckHandler(() => false);
      window.once('ready-to-show', () => window.show());
      void window.loadURL(`${indexUrl}#${route}`);
      return window;
    },
  };
}
