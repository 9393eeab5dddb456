import { WEBHOOK_EVENTS } from '../../../shared/settings/monitoring-settings.js';
import { assertNever } from '../../../shared/lang/assert-never.js';

/**
 * The events a person can ask to be told about. The core's events are adapted into these
 * (see core-event-adapter.ts), so this file is the single list of what DNS Tray notifies.
 */
export type NotifiableEvent =
  | { kind: 'address-changed'; family: 'IPv4' | 'IPv6'; address: string }
  | { kind: 'update-rejected'; host: string; message: string }
  | { kind: 'update-failed'; host: string; message: string }
  | { kind: 'quota-used-up'; host: string; nextUpdateAt: string }
  | { kind: 'domain-expiring'; domain: string; message: string }
  | { kind: 'domain-renewed'; domain: string; message: string }
  | { kind: 'domain-renew-failed'; domain: string; message: string }
  | { kind: 'record-drifted'; host: string; record: string; message: string };

export type NotifiableKind = NotifiableEvent['kind'];

/** One list for desktop notifications and webhooks (the settings schema declares it). */
export const NOTIFIABLE_KINDS: readonly NotifiableKind[] = WEBHOOK_EVENTS;

/** Which kinds the user chose. Unlisted kinds are off. */
export type NotificationChoices = Partial<Record<NotifiableKind, boolean>>;

/** What a notification defaults to before the user chooses: what matters, not what is routine. */
export const DEFAULT_NOTIFICATION_CHOICES: Readonly<Record<NotifiableKind, boolean>> = {
  'address-changed': true,
  'update-rejected': true,
  'update-failed': false,
  'quota-used-up': true,
  'domain-expiring': true,
  'domain-renewed': true,
  'domain-renew-failed': true,
  'record-drifted': true,
};

/**
 * The user's choices as the settings file keeps them (`notifications.events`), mapped onto
 * these kinds. Declared structurally so the shell reads the settings without depending on
 * how the rest of the file is laid out. Quota used up is the settings' "update deferred".
 */
export type SettingsNotificationEvents = Partial<Record<string, boolean>>;
const SETTINGS_KEY: Readonly<Record<NotifiableKind, string>> = {
  'address-changed': 'addressChanged',
  'update-rejected': 'updateRejected',
  'update-failed': 'updateFailed',
  'quota-used-up': 'updateDeferred',
  'domain-expiring': 'domainExpiring',
  'domain-renewed': 'domainRenewed',
  'domain-renew-failed': 'domainActionFailed',
  'record-drifted': 'recordDrifted',
};

export function choicesFromSettings(events: SettingsNotificationEvents): NotificationChoices {
  const choices: NotificationChoices = {};
  for (const kind of NOTIFIABLE_KINDS) {
    const chosen = events[SETTINGS_KEY[kind]];
    choices[kind] = typeof chosen === 'boolean' ? chosen : DEFAULT_NOTIFICATION_CHOICES[kind];
  }
  return choices;
}

export interface NotificationContent {
  title: string;
  body: string;
}

export function notificationContent(event: NotifiableEvent): NotificationContent {
  switch (event.kind) {
    case 'address-changed':
      return {
        title: `New ${event.family} address`,
        body: `Your public ${event.family} address is now ${event.address}.`,
      };
    case 'update-rejected':
      return { title: `${event.host}: update rejected`, body: event.message };
    case 'update-failed':
      return { title: `${event.host}: update failed`, body: event.message };
    case 'quota-used-up':
      return {
        title: `${event.host}: no updates left today`,
        body: `The next update can run after ${event.nextUpdateAt}.`,
      };
    case 'domain-expiring':
      return { title: `${event.domain} expires soon`, body: event.message };
    case 'domain-renewed':
      return { title: `${event.domain} renewed`, body: event.message };
    case 'domain-renew-failed':
      // An auto-renew run can fail before it knows which domain (the account, the network).
      return {
        title: event.domain ? `${event.domain}: renewal failed` : 'Domain renewal failed',
        body: event.message,
      };
    case 'record-drifted':
      return {
        title: `${event.host} ${event.record} was changed outside DNS Tray`,
        body: event.message,
      };
    default:
      return assertNever(event);
  }
}

/** The subjects events are about; a recovery forgets its subject so the next trouble is news. */
export const topics = {
  address: (family: string) => `address:${family}`,
  update: (host: string) => `update:${host}`,
  quota: (host: string) => `quota:${host}`,
  expiring: (domain: string) => `expiring:${domain}`,
  renewal: (domain: string) => `renewal:${domain}`,
};

/**
 * What makes two events "the same": the subject (topic) and the fact (value). A repeat is the
 * same value again for a topic; a new value for the topic is news, even a value seen before
 * (an address that flips back is a change worth telling).
 */
export function eventIdentity(event: NotifiableEvent): { topic: string; value: string } {
  switch (event.kind) {
    case 'address-changed':
      return { topic: topics.address(event.family), value: event.address };
    case 'update-rejected':
    case 'update-failed':
      return { topic: topics.update(event.host), value: `${event.kind}:${event.message}` };
    case 'quota-used-up':
      return { topic: topics.quota(event.host), value: event.nextUpdateAt };
    case 'domain-expiring':
      // Once until it is renewed: a daily countdown is not news (the renewal forgets it).
      return { topic: topics.expiring(event.domain), value: 'expiring' };
    case 'domain-renewed':
    case 'domain-renew-failed':
      return { topic: topics.renewal(event.domain), value: `${event.kind}:${event.message}` };
    case 'record-drifted':
      return { topic: `drift:${event.host}/${event.record}`, value: event.message };
    default:
      return assertNever(event);
  }
}
