import { app, Notification, shell } from 'electron';
import { execFile } from 'node:child_process';
import path from 'node:path';
import type { CoreEvents } from '../../core/core-events.js';
import { LiveNotifications } from './live-notifications.js';
import {
  macSignatureFrom,
  notificationSupport,
  type NotificationFacts,
  type NotificationSupport,
} from './notification-identity.js';
import { NotificationFilter } from '../../core/notifications/notification-filter.js';
import type { NotificationChoices } from '../../core/notifications/notification-events.js';
import { notificationsFromCore } from '../../core/notifications/notifications-from-core.js';

export interface DesktopNotificationDeps {
  events: CoreEvents;
  /** Read on every event, so a change in Settings applies at once. */
  choices(): NotificationChoices;
  iconPath: string;
  /** Clicking a notification shows what it is about. */
  onClick(): void;
  log(message: string): void;
  /** Told about every notification shown (the end-to-end probe counts them). */
  onShown?(title: string): void;
}

/** Shows an OS notification for the core events the user chose, never the same one twice. */
export function setupDesktopNotifications(deps: DesktopNotificationDeps): () => void {
  const filter = new NotificationFilter(deps.choices());
  const live = new LiveNotifications(deps.onClick, (error) =>
    deps.log(`a notification could not be shown: ${error}`),
  );
  // Windows: clicks in Action Center arrive here even after the object is gone or on a restart.
  // https://www.electronjs.org/docs/latest/api/notification#notificationhandleactivationcallback-windows
  if (process.platform === 'win32') Notification.handleActivation(() => deps.onClick());
  const unsubscribe = deps.events.subscribe((event) => {
    filter.setChoices(deps.choices());
    if (!Notification.isSupported()) return;
    for (const content of filter.apply(notificationsFromCore(event))) {
      live.show(new Notification({ ...content, icon: deps.iconPath, silent: false }));
      deps.onShown?.(content.title);
    }
  });
  return () => {
    unsubscribe();
    live.clear();
  };
}

/** `codesign -dv` output for the running app bundle (it prints to stderr), or null. */
function readMacSignature(): Promise<string | null> {
  // process.execPath is …/DNS Tray.app/Contents/MacOS/DNS Tray.
  const bundle = path.resolve(process.execPath, '..', '..', '..');
  return new Promise((resolve) => {
    execFile('codesign', ['-dv', '--verbose=2', bundle], { timeout: 3_000 }, (error, _o, stderr) =>
      resolve(stderr ? String(stderr) : error ? null : ''),
    );
  });
}

/**
 * The AppUserModelId of the Start-menu shortcut the installer made (per-user or per-machine
 * install), or null without one.
 */
function readShortcutAppUserModelId(): string | null {
  const roots = [app.getPath('appData'), process.env.ProgramData].filter(Boolean) as string[];
  for (const root of roots) {
    const programs = path.join(root, 'Microsoft', 'Windows', 'Start Menu', 'Programs');
    try {
      const id = shell.readShortcutLink(path.join(programs, `${app.getName()}.lnk`)).appUserModelId;
      if (id) return id;
    } catch {
      // No shortcut here: try the next place.
    }
  }
  return null;
}

/** Gathers the facts notificationSupport decides on; runs after ready, without blocking. */
export async function probeNotificationSupport(): Promise<NotificationSupport> {
  const platform = process.platform;
  const facts: NotificationFacts = { supported: Notification.isSupported() };
  if (platform === 'darwin') facts.macSignature = macSignatureFrom(await readMacSignature());
  if (platform === 'win32') facts.shortcutAppUserModelId = readShortcutAppUserModelId();
  return notificationSupport(platform, facts);
}
