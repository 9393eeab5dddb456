import { z } from '../../../shared/validators/z.js';
import type { DispatchResult } from '../../core/dispatch.js';
import {
  choicesFromSettings,
  DEFAULT_NOTIFICATION_CHOICES,
  type NotificationChoices,
} from '../../core/notifications/notification-events.js';
import {
  parseSavedBounds,
  type Bounds,
  type SavedBounds,
  type WindowBoundsStore,
} from '../windows/window-bounds.js';
import type { WindowKind } from '../windows/window-kinds.js';

export interface SettingsEvents {
  subscribe(listener: (event: { name: string; payload: unknown }) => void): () => void;
}

/** Calls a core channel through dispatch (so the request is parsed like any other). */
export type CoreInvoke = (channel: string, payload: unknown) => Promise<DispatchResult>;

// Only the parts of the settings the shell reads; the settings module owns the rest.
const ShellPart = z.object({
  notifications: z.optional(z.object({ events: z.optional(z.record(z.string(), z.boolean())) })),
  ui: z.optional(z.object({ windowBounds: z.optional(z.unknown()) })),
  startup: z.optional(
    z.object({ openAtLogin: z.optional(z.boolean()), startHidden: z.optional(z.boolean()) }),
  ),
});

/**
 * The shell's view of the settings (window bounds, notification choices), read through the
 * core's `settings:get`, kept current from `settings:changed`, and written with
 * `settings:update`. Window bounds are UI state: a failed save costs nothing but the position.
 */
export class ShellSettings implements WindowBoundsStore {
  #bounds: SavedBounds = {};
  #choices: NotificationChoices = { ...DEFAULT_NOTIFICATION_CHOICES };
  #startup: { openAtLogin?: boolean; startHidden?: boolean } = {};

  constructor(private readonly invoke: CoreInvoke) {}

  async refresh(): Promise<void> {
    const reply = await this.invoke('settings:get', undefined);
    if (reply.ok) this.apply(reply.result);
  }

  /** Takes the settings from a `settings:get` answer or a `settings:changed` event. */
  apply(settings: unknown): void {
    const parsed = ShellPart.safeParse(settings);
    if (!parsed.success) return;
    this.#bounds = parseSavedBounds(parsed.data.ui?.windowBounds);
    this.#choices = choicesFromSettings(parsed.data.notifications?.events ?? {});
    this.#startup = parsed.data.startup ?? {};
  }

  /** `startup.openAtLogin` as the settings file says it; undefined before it is known. */
  openAtLogin(): boolean | undefined {
    return this.#startup.openAtLogin;
  }

  /** `startup.startHidden`: start in the tray without a window even when not at login. */
  startHidden(): boolean {
    return this.#startup.startHidden === true;
  }

  /** Keeps up with `settings:changed`, then calls `onChange`; returns the unsubscribe. */
  follow(events: SettingsEvents, onChange: () => void = () => undefined): () => void {
    return events.subscribe((event) => {
      if (event.name !== 'settings:changed') return;
      this.apply(event.payload);
      onChange();
    });
  }

  notificationChoices(): NotificationChoices {
    return this.#choices;
  }

  load(kind: WindowKind): Bounds | undefined {
    return this.#bounds[kind];
  }

  save(kind: WindowKind, bounds: Bounds): void {
    const rounded = {
      x: Math.round(bounds.x),
      y: Math.round(bounds.y),
      width: Math.round(bounds.width),
      height: Math.round(bounds.height),
    };
    this.#bounds = { ...this.#bounds, [kind]: rounded };
    const patch = { ui: { windowBounds: { [kind]: rounded } } };
    void this.invoke('settings:update', { patch }).catch(() => undefined);
  }
}
