/** The part of an Electron Notification this module uses (typed against electron.d.ts). */
export type NotificationLike = Pick<Electron.Notification, 'on' | 'show'>;

/**
 * Holds every shown notification until it is clicked, closed or failed. A Notification that is
 * only a local variable is garbage-collected with its `click` handler, and the click is lost.
 * https://www.electronjs.org/docs/latest/api/notification#event-click
 */
export class LiveNotifications {
  readonly #live = new Set<NotificationLike>();

  constructor(
    private readonly onClick: () => void,
    private readonly onFailed: (error: string) => void,
  ) {}

  show(notification: NotificationLike): void {
    this.#live.add(notification);
    const release = (): void => void this.#live.delete(notification);
    notification.on('click', () => {
      release();
      this.onClick();
    });
    notification.on('close', release);
    notification.on('failed', (_event, error) => {
      release();
      this.onFailed(error);
    });
    notification.show();
  }

  /** How many are still held (shown and not yet clicked, closed or failed). */
  get size(): number {
    return this.#live.size;
  }

  /** Forgets them all (quitting). */
  clear(): void {
    this.#live.clear();
  }
}
