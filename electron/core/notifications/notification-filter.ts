import type { NotificationStep } from './notifications-from-core.js';
import {
  DEFAULT_NOTIFICATION_CHOICES,
  eventIdentity,
  notificationContent,
  type NotifiableEvent,
  type NotificationChoices,
  type NotificationContent,
} from './notification-events.js';

/**
 * Decides which events become notifications: only kinds the user chose, and never the same
 * event twice in a row for one subject. Keeps the last value per topic, so memory is bounded by
 * the number of hosts, domains and address families.
 */
export class NotificationFilter {
  readonly #last = new Map<string, string>();
  #choices: NotificationChoices;

  constructor(choices: NotificationChoices = DEFAULT_NOTIFICATION_CHOICES) {
    this.#choices = choices;
  }

  setChoices(choices: NotificationChoices): void {
    this.#choices = choices;
  }

  /** Returns what to show, or null when the event is off or a repeat. */
  admit(event: NotifiableEvent): NotificationContent | null {
    const { topic, value } = eventIdentity(event);
    const repeat = this.#last.get(topic) === value;
    this.#last.set(topic, value);
    if (repeat || this.#choices[event.kind] !== true) return null;
    return notificationContent(event);
  }

  /** Applies one core event's news: recoveries first, then what is left to show. */
  apply(step: NotificationStep): NotificationContent[] {
    for (const topic of step.forget) this.forget(topic);
    return step.events.flatMap((event) => this.admit(event) ?? []);
  }

  /** A subject's trouble is over (host updated again, domain renewed): its next event is news. */
  forget(topic: string): void {
    this.#last.delete(topic);
  }
}
