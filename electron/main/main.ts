import { app, Menu, Tray, nativeImage, type BrowserWindow } from 'electron';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createCore } from '../core/create-core.js';
import { registerIpc } from './ipc.js';
import { buildTrayMenuTemplate } from './tray-menu.js';
import { createWindowFactory } from './window-factory.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const appRoot = path.join(here, '..');
const ownWebContents = new Set<number>();
let tray: Tray | null = null;
let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => openMainWindow());
  app.on('window-all-closed', () => {
    // Stay in the tray: closing the last window does not quit DNS Tray.
  });
  void app.whenReady().then(onReady);
}

const factory = createWindowFactory(
  pathToFileURL(path.join(appRoot, 'dist', 'index.html')).toString(),
  path.join(here, 'preload.cjs'),
);

async function onReady(): Promise<void> {
  const core = createCore({
    app: {
      name: 'dnstray',
      productName: app.getName(),
      version: app.getVersion(),
      shell: 'electron',
    },
  });
  registerIpc(core, ownWebContents, factory.indexUrl);
  await core.start();
  setupTray();
  if (!app.getLoginItemSettings().wasOpenedAtLogin) openMainWindow();
  app.on('before-quit', () => void core.stop());
}

function setupTray(): void {
  const icon = nativeImage.createFromPath(path.join(appRoot, 'build', 'icons', 'tray.png'));
  tray = new Tray(icon);
  tray.setToolTip('DNS Tray');
  tray.setContextMenu(
    Menu.buildFromTemplate(
      buildTrayMenuTemplate({ openMain: openMainWindow, quit: () => app.quit() }),
    ),
  );
  tray.on('click', () => openMainWindow());
}

function openMainWindow(): void {
  if (mainWindow && !mainWindow.isDestroyed()) {
    mainWindow.show();
    mainWindow.focus();
    return;
  }
  const window = factory.create(
    { title: 'DNS Tray', width: 960, height: 680, minWidth: 800, minHeight: 600 },
    '/',
  );
  const id = window.webContents.id;
  ownWebContents.add(id);
  window.on('closed', () => {
    ownWebContents.delete(id);
    mainWindow = null;
  });
  mainWindow = window;
}
