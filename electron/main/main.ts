import { app, ipcMain } from 'electron';
import path from 'node:path';
import { createCore } from '../core/create-core.js';
import { webhookSecretVariable } from '../core/monitoring/webhook-payload.js';
import { dispatch } from '../core/dispatch.js';
import { systemClock, type AppInfo } from '../core/ports.js';
import {
  claimSingleInstance,
  exposeForEndToEndTests,
  failStart,
  sandboxEveryRenderer,
  stayInTrayWhenWindowsClose,
  stopOnQuit,
} from './app-lifecycle.js';
import { appPaths } from './app-paths.js';
import { setupDesktopNotifications } from './desktop-notifications.js';
import { registerIpc } from './ipc.js';
import { openElectronStores } from './open-electron-stores.js';
import { initialWindow, windowForSecondInstance } from './launch-args.js';
import { ShellSettings, type CoreInvoke } from './shell-settings.js';
import { createStartAtLogin } from './start-at-login.js';
import { StartAtLoginSync } from './start-at-login-sync.js';
import { setupSystemEvents } from './system-events.js';
import { setupTray } from './tray-setup.js';
import { createWindowFactory } from './window-factory.js';
import type { WindowKind } from './window-kinds.js';
import { WindowManager } from './window-manager.js';

// The Electron shell, as a table of contents: every decision lives in the modules it calls.
const paths = appPaths(import.meta.url);
let windows: WindowManager | null = null;

sandboxEveryRenderer();
if (claimSingleInstance((argv) => windows?.open(windowForSecondInstance(argv)))) {
  stayInTrayWhenWindowsClose();
  app.whenReady().then(startShell).catch(failStart);
} else {
  app.quit();
}

async function startShell(): Promise<void> {
  const clock = systemClock;
  const system = setupSystemEvents(clock);
  const core = createCore({
    app: electronAppInfo(),
    clock,
    stores: openElectronStores(clock),
    networkEvents: system.events,
    // Webhook signing secrets, like the headless shell's, come from the environment only.
    monitoring: { webhookSecret: (id) => process.env[webhookSecretVariable(id)] || undefined },
  });
  const invoke: CoreInvoke = (channel, payload) => dispatch(core.handlers, channel, payload);
  const logError = (message: string): void => console.error(`dnstray: ${message}`);

  const settings = new ShellSettings(invoke);
  await settings.refresh();
  const startAtLogin = createStartAtLogin();
  const loginSync = new StartAtLoginSync(startAtLogin, invoke, logError);
  loginSync.adoptOsState(settings.openAtLogin());

  const manager = new WindowManager(createWindowFactory(paths.indexUrl, paths.preload), settings);
  windows = manager;
  const open = (kind: WindowKind): void => manager.open(kind);
  const unregisterIpc = registerIpc({
    ipcMain,
    core,
    ownContentsIds: () => manager.contentsIds(),
    indexUrl: paths.indexUrl,
    eventTargets: () => manager.eventTargets(),
  });
  await core.start();

  const tray = setupTray({
    invoke,
    events: core.events,
    clock,
    iconsDir: paths.iconsDir,
    startAtLogin,
    setStartAtLogin: (enabled) => loginSync.set(enabled),
    openWindow: open,
    quit: () => app.quit(),
  });
  const stopFollowingSettings = settings.follow(core.events, () => {
    loginSync.follow(settings.openAtLogin());
    tray.refresh();
  });
  const stopNotifications = setupDesktopNotifications({
    events: core.events,
    choices: () => settings.notificationChoices(),
    iconPath: path.join(paths.iconsDir, '128x128.png'),
    onClick: () => open('activity'),
  });

  const first = initialWindow(process.argv, startAtLogin.openedAtLogin() || settings.startHidden());
  if (first) open(first);
  exposeForEndToEndTests({ trayState: () => tray.state, openWindows: () => manager.openKinds() });
  stopOnQuit([
    stopFollowingSettings,
    system.stop,
    stopNotifications,
    unregisterIpc,
    () => tray.destroy(),
    () => core.stop(),
  ]);
}

function electronAppInfo(): AppInfo {
  return {
    name: 'dnstray',
    productName: app.getName(),
    version: app.getVersion(),
    shell: 'electron',
  };
}
