import { describe, expect, it } from 'vitest';
import {
  choicesFromSettings,
  notificationContent,
  type NotifiableEvent,
} from '../../../../electron/core/notifications/notification-events.js';
import { NotificationFilter } from '../../../../electron/core/notifications/notification-filter.js';
import { notificationsFromCore } from '../../../../electron/core/notifications/notifications-from-core.js';

const allOn = {
  'address-changed': true,
  'update-rejected': true,
  'update-failed': true,
  'quota-used-up': true,
  'domain-expiring': true,
  'domain-renewed': true,
  'domain-renew-failed': true,
} as const;

const changed = (address: string): NotifiableEvent => ({
  kind: 'address-changed',
  family: 'IPv4',
  address,
});

describe('notification filter', () => {
  it.each([
    [changed('203.0.113.7'), 'New IPv4 address', 'Your public IPv4 address is now 203.0.113.7.'],
    [
      { kind: 'update-rejected', host: 'home', message: 'The password is wrong.' } as const,
      'home: update rejected',
      'The password is wrong.',
    ],
    [
      {
        kind: 'update-failed',
        host: 'home',
        message: 'freedns.io did not answer in 10 s.',
      } as const,
      'home: update failed',
      'freedns.io did not answer in 10 s.',
    ],
    [
      { kind: 'quota-used-up', host: 'home', nextUpdateAt: '00:00 UTC' } as const,
      'home: no updates left today',
      'The next update can run after 00:00 UTC.',
    ],
    [
      { kind: 'domain-expiring', domain: 'example.tk', message: 'Expires on 2026-12-01.' } as const,
      'example.tk expires soon',
      'Expires on 2026-12-01.',
    ],
    [
      {
        kind: 'domain-renewed',
        domain: 'example.tk',
        message: 'Renewed until 2027-12-01.',
      } as const,
      'example.tk renewed',
      'Renewed until 2027-12-01.',
    ],
    [
      {
        kind: 'domain-renew-failed',
        domain: 'example.tk',
        message: 'Not in the renewal window.',
      } as const,
      'example.tk: renewal failed',
      'Not in the renewal window.',
    ],
  ])('tells about %o', (event, title, body) => {
    expect(new NotificationFilter(allOn).admit(event)).toEqual({ title, body });
  });

  it('never repeats the same event', () => {
    const filter = new NotificationFilter(allOn);
    expect(filter.admit(changed('203.0.113.7'))).not.toBeNull();
    expect(filter.admit(changed('203.0.113.7'))).toBeNull();
    expect(filter.admit(changed('203.0.113.7'))).toBeNull();
  });

  it('tells again when an address flips back, since that is a change too', () => {
    const filter = new NotificationFilter(allOn);
    expect(filter.admit(changed('203.0.113.7'))).not.toBeNull();
    expect(filter.admit(changed('203.0.113.8'))).not.toBeNull();
    expect(filter.admit(changed('203.0.113.7'))).not.toBeNull();
  });

  it('tells once that a domain expires, not every day of the countdown, until it is renewed', () => {
    const filter = new NotificationFilter(allOn);
    const expiring = (days: number): NotifiableEvent => ({
      kind: 'domain-expiring',
      domain: 'example.tk',
      message: `example.tk expires in ${days} days.`,
    });
    expect(filter.admit(expiring(14))).not.toBeNull();
    expect(filter.admit(expiring(13))).toBeNull();
    expect(filter.admit(expiring(12))).toBeNull();
    filter.forget('expiring:example.tk');
    expect(filter.admit(expiring(14))).not.toBeNull();
  });

  it('tells about the same rejection again once the host had recovered in between', () => {
    const filter = new NotificationFilter(allOn);
    const rejected: NotifiableEvent = {
      kind: 'update-rejected',
      host: 'home',
      message: 'bad auth',
    };
    expect(filter.admit(rejected)).not.toBeNull();
    expect(filter.admit(rejected)).toBeNull();
    filter.forget('update:home');
    expect(filter.admit(rejected)).not.toBeNull();
  });

  it('shows only the kinds the user chose, and a repeat stays silent after turning one on', () => {
    const filter = new NotificationFilter({ 'domain-renewed': true });
    expect(filter.admit(changed('203.0.113.7'))).toBeNull();
    filter.setChoices({ 'address-changed': true });
    expect(filter.admit(changed('203.0.113.7'))).toBeNull();
    expect(filter.admit(changed('203.0.113.9'))).not.toBeNull();
  });
});

describe('notification choices from the settings file', () => {
  it('maps the settings names onto the kinds, quota used up being "update deferred"', () => {
    expect(
      choicesFromSettings({
        addressChanged: false,
        updateDeferred: true,
        domainActionFailed: false,
      }),
    ).toEqual({
      'address-changed': false,
      'update-rejected': true,
      'update-failed': false,
      'quota-used-up': true,
      'domain-expiring': true,
      'domain-renewed': true,
      'domain-renew-failed': false,
      'record-drifted': true,
    });
  });

  it('tells a drift repair from the dns:drift event, once per message', () => {
    const step = notificationsFromCore({
      name: 'dns:drift',
      payload: {
        at: '2026-01-05T00:00:00.000Z',
        hostId: 'h1',
        hostname: 'home.freedns.io',
        record: 'A',
        kind: 'repaired',
        message: 'drift repaired: DNS said 198.51.100.66, set back to 203.0.113.10',
      },
    });
    expect(step.events.map(notificationContent)).toEqual([
      {
        title: 'home.freedns.io A was changed outside DNS Tray',
        body: 'drift repaired: DNS said 198.51.100.66, set back to 203.0.113.10',
      },
    ]);
  });
});
