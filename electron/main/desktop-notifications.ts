import { Notification } from 'electron';
import type { CoreEvents } from '../core/core-events.js';
import { NotificationFilter } from '../core/notifications/notification-filter.js';
import type { NotificationChoices } from '../core/notifications/notification-events.js';
import { notificationsFromCore } from '../core/notifications/notifications-from-core.js';

export interface DesktopNotificationDeps {
  events: CoreEvents;
  /** Read on every event, so a change in Settings applies at once. */
  choices(): NotificationChoices;
  iconPath: string;
  /** Clicking a notification shows what it is about. */
  onClick(): void;
}

/** Shows an OS notification for the core events the user chose, never the same one twice. */
export function setupDesktopNotifications(deps: DesktopNotificationDeps): () => void {
  const filter = new NotificationFilter(deps.choices());
  return deps.events.subscribe((event) => {
    filter.setChoices(deps.choices());
    if (!Notification.isSupported()) return;
    for (const content of filter.apply(notificationsFromCore(event))) {
      const notification = new Notification({ ...content, icon: deps.iconPath, silent: false });
      notification.on('click', () => deps.onClick());
      notification.show();
    }
  });
}
