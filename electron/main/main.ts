import { app, ipcMain } from 'electron';
import path from 'node:path';
import { createCore, type Core } from '../core/create-core.js';
import { webhookSecretVariable } from '../core/monitoring/webhook-payload.js';
import { dispatch } from '../core/dispatch.js';
import { systemClock, type AppInfo } from '../core/ports.js';
import {
  claimSingleInstance,
  exposeForEndToEndTests,
  failStart,
  onActivate,
  pickLinuxSecretStore,
  sandboxEveryRenderer,
  stayInTrayWhenWindowsClose,
  stopOnQuit,
} from './app/app-lifecycle.js';
import { appPaths } from './app/app-paths.js';
import { initialWindow, windowForActivate, windowForSecondInstance } from './app/launch-args.js';
import { LaunchQueue } from './app/launch-queue.js';
import { openElectronStores } from './app/open-electron-stores.js';
import type { QuitStep } from './app/quit-sequence.js';
import { ShellSettings, type CoreInvoke } from './app/shell-settings.js';
import { parseSmokeTestArgs } from './app/smoke-report.js';
import { runSmokeTest, useThrowawayProfile } from './app/smoke-test.js';
import { registerIpc } from './ipc/ipc.js';
import { createStartAtLogin, type StartAtLogin } from './login/start-at-login.js';
import { StartAtLoginSync } from './login/start-at-login-sync.js';
import {
  probeNotificationSupport,
  setupDesktopNotifications,
} from './notifications/desktop-notifications.js';
import type { NotificationSupport } from './notifications/notification-identity.js';
import { notificationIdentity } from './notifications/notification-identity.js';
import { setupSystemEvents } from './system/system-events.js';
import { setupTray, type TraySetup } from './tray/tray-setup.js';
import { createWindowFactory } from './windows/window-factory.js';
import type { WindowKind } from './windows/window-kinds.js';
import { WindowManager } from './windows/window-manager.js';

// The Electron shell, as a table of contents: every decision lives in the modules it calls.
// Windows matches toasts to the installer's shortcut by this id: set before anything else.
const { appUserModelId } = notificationIdentity(process.platform);
if (appUserModelId) app.setAppUserModelId(appUserModelId);
const smoke = parseSmokeTestArgs(process.argv);
if (smoke.enabled) useThrowawayProfile();
const paths = appPaths(import.meta.url);
// Launches that arrive before the window manager exists wait here (second instance, activate).
const launches = new LaunchQueue<WindowKind>();
let started = false;
let quitSteps: QuitStep[] = [];
let exitCode = (): number => 0;

sandboxEveryRenderer();
if (claimSingleInstance((argv) => launches.push(windowForSecondInstance(argv)))) {
  stayInTrayWhenWindowsClose();
  onActivate(() => {
    const kind = windowForActivate(started);
    if (kind) launches.push(kind);
  });
  stopOnQuit(
    () => quitSteps,
    () => exitCode(),
  );
  // The ESM entry's top-level await holds `ready` back (not the thread) until this is decided.
  // https://www.electronjs.org/docs/latest/tutorial/esm#you-must-use-await-generously-before-the-apps-ready-event
  await pickLinuxSecretStore();
  app.whenReady().then(startShell).catch(failStart);
} else {
  app.quit();
}

async function startShell(): Promise<void> {
  const base = await createShellCore();
  const login = await readShellSettings(base.invoke);
  const windows = setupWindows(base.core, login.settings);
  await base.core.start();
  const { tray, unsubscribe: stopTrayFollowing } = setupShellTray(base, login, windows.open);
  const stopFollowingSettings = login.settings.follow(base.core.events, () => {
    login.loginSync.follow(login.settings.openAtLogin());
    tray.refresh();
  });
  const notifications = setupNotifications(base.core, login.settings, windows.open);
  // Unsubscribe everything first, then stop the core (a cycle may still finish), then the tray.
  quitSteps = [
    ['settings', stopFollowingSettings],
    ['system events', base.system.stop],
    ['notifications', notifications.stop],
    ['ipc', windows.unregisterIpc],
    ['tray status', stopTrayFollowing],
    ['core', () => base.core.stop()],
    ['tray', () => tray.destroy()],
  ];
  openFirstWindow(login, windows, tray);
  launches.attach(windows.open);
  started = true;
  exposeShell(login, windows, tray, notifications.shown);
}

interface ShellCore {
  clock: typeof systemClock;
  system: ReturnType<typeof setupSystemEvents>;
  core: Core;
  invoke: CoreInvoke;
}

/** The core on the Electron profile's stores and the system's events; quitting stops both. */
async function createShellCore(): Promise<ShellCore> {
  const notificationSupport = probeNotificationSupport();
  const clock = systemClock;
  const system = setupSystemEvents(clock);
  const core = createCore({
    app: electronAppInfo(await notificationSupport),
    clock,
    stores: openElectronStores(clock),
    networkEvents: system.events,
    // Webhook signing secrets, like the headless shell's, come from the environment only.
    monitoring: { webhookSecret: (id) => process.env[webhookSecretVariable(id)] || undefined },
  });
  const invoke: CoreInvoke = (channel, payload) => dispatch(core.handlers, channel, payload);
  quitSteps = [
    ['system events', system.stop],
    ['core', () => core.stop()],
  ];
  return { clock, system, core, invoke };
}

function logError(message: string): void {
  console.error(`dnstray: ${message}`);
}

interface ShellLogin {
  settings: ShellSettings;
  startAtLogin: StartAtLogin;
  loginSync: StartAtLoginSync;
}

/** The settings the shell itself acts on, and start-at-login adopted from the OS. */
async function readShellSettings(invoke: CoreInvoke): Promise<ShellLogin> {
  const settings = new ShellSettings(invoke);
  await settings.refresh();
  const startAtLogin = createStartAtLogin(process.platform, !smoke.enabled);
  const loginSync = new StartAtLoginSync(startAtLogin, invoke, logError);
  loginSync.adoptOsState(settings.openAtLogin());
  return { settings, startAtLogin, loginSync };
}

interface ShellWindows {
  manager: WindowManager;
  open(kind: WindowKind): void;
  unregisterIpc(): void;
}

/** The window manager and the IPC bridge that only its windows may use. */
function setupWindows(core: Core, settings: ShellSettings): ShellWindows {
  const manager = new WindowManager(createWindowFactory(paths.indexUrl, paths.preload), settings);
  const open = (kind: WindowKind): void => manager.open(kind);
  const unregisterIpc = registerIpc({
    ipcMain,
    core,
    ownContentsIds: () => manager.contentsIds(),
    indexUrl: paths.indexUrl,
    eventTargets: () => manager.eventTargets(),
  });
  return { manager, open, unregisterIpc };
}

function setupShellTray(
  { invoke, core, clock }: ShellCore,
  { startAtLogin, loginSync }: ShellLogin,
  open: (kind: WindowKind) => void,
): TraySetup {
  return setupTray({
    invoke,
    events: core.events,
    clock,
    iconsDir: paths.iconsDir,
    startAtLogin,
    setStartAtLogin: (enabled) => loginSync.set(enabled),
    openWindow: open,
    quit: () => app.quit(),
  });
}

/** Desktop notifications; `shown` keeps their titles for the end-to-end tests. */
function setupNotifications(
  core: Core,
  settings: ShellSettings,
  open: (kind: WindowKind) => void,
): { stop(): void; shown: string[] } {
  const shown: string[] = [];
  const stop = setupDesktopNotifications({
    events: core.events,
    choices: () => settings.notificationChoices(),
    iconPath: path.join(paths.iconsDir, '128x128.png'),
    onClick: () => open('activity'),
    log: logError,
    onShown: (title) => shown.push(title),
  });
  return { stop, shown };
}

/** A smoke test drives the shell itself; otherwise the launch arguments pick the first window. */
function openFirstWindow(
  { settings, startAtLogin }: ShellLogin,
  { manager, open }: ShellWindows,
  tray: TraySetup['tray'],
): void {
  if (smoke.enabled) {
    const run = runSmokeTest({
      args: smoke,
      trayCreated: () => tray.state !== null,
      openHosts: () => (open('hosts'), manager.windowOf('hosts')),
      quit: () => app.quit(),
    });
    exitCode = run.exitCode;
  } else {
    const hidden = startAtLogin.openedAtLogin() || settings.startHidden();
    const first = initialWindow(process.argv, hidden);
    if (first) open(first);
  }
}

function exposeShell(
  { startAtLogin }: ShellLogin,
  { manager }: ShellWindows,
  tray: TraySetup['tray'],
  shownNotifications: readonly string[],
): void {
  exposeForEndToEndTests({
    trayState: () => tray.state,
    trayShown: () => tray.shown,
    openWindows: () => manager.openKinds(),
    notificationsShown: () => [...shownNotifications],
    startAtLogin: () => startAtLogin.isEnabled(),
    clickTrayItem: (label: string) => {
      const item = tray.menuItem(label);
      if (!item) return false;
      item.click();
      return true;
    },
  });
}

function electronAppInfo(notifications: NotificationSupport): AppInfo {
  return {
    name: 'dnstray',
    productName: app.getName(),
    version: app.getVersion(),
    shell: 'electron',
    notifications,
  };
}
