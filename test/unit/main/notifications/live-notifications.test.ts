import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  LiveNotifications,
  type NotificationLike,
} from '../../../../electron/main/notifications/live-notifications.js';

/** A stand-in for Electron's Notification, typed against electron.d.ts (Pick<..., 'on' | 'show'>). */
class FakeNotification implements NotificationLike {
  readonly #events = new EventEmitter();
  shown = 0;
  show(): void {
    this.shown++;
  }
  on: NotificationLike['on'] = (event: string, listener: (...args: never[]) => void) => {
    this.#events.on(event, listener as (...args: unknown[]) => void);
    return this as unknown as Electron.Notification;
  };
  emit(event: string, ...args: unknown[]): void {
    this.#events.emit(event, ...args);
  }
}

function setup() {
  const clicks: number[] = [];
  const failures: string[] = [];
  const live = new LiveNotifications(
    () => clicks.push(1),
    (error) => failures.push(error),
  );
  return { live, clicks, failures };
}

describe('shown notifications', () => {
  it('are held until clicked, so the click still opens the window later', () => {
    const { live, clicks } = setup();
    const note = new FakeNotification();
    live.show(note);
    expect(note.shown).toBe(1);
    expect(live.size).toBe(1);
    note.emit('click', {});
    expect(clicks).toHaveLength(1);
    expect(live.size).toBe(0);
  });

  it('are let go when closed, and a failure is logged with its reason', () => {
    const { live, clicks, failures } = setup();
    const closed = new FakeNotification();
    const failed = new FakeNotification();
    live.show(closed);
    live.show(failed);
    closed.emit('close', {});
    failed.emit('failed', {}, 'no notification server');
    expect(live.size).toBe(0);
    expect(failures).toEqual(['no notification server']);
    expect(clicks).toHaveLength(0);
  });
});
