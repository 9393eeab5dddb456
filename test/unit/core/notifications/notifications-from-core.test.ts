import { describe, expect, it } from 'vitest';
import { NotificationFilter } from '../../../../electron/core/notifications/notification-filter.js';
import { notificationsFromCore } from '../../../../electron/core/notifications/notifications-from-core.js';

const outcome = (hostLabel: string, outcome: object) => ({
  name: 'sync:outcome',
  payload: { at: '2026-11-23T09:00:00.000Z', hostId: 'h', hostLabel, record: 'A', outcome },
});

const statusWith = (hosts: object[]) => ({ name: 'status:changed', payload: { hosts } });
const usedUp = {
  label: 'home',
  updatesLeftToday: 0,
  records: [{ outcome: { kind: 'deferred', until: '2026-11-24T00:00:00.000Z', reason: 'quota' } }],
};

describe('notifications from core events', () => {
  it.each([
    [
      'an address change',
      {
        name: 'ip:changed',
        payload: { family: 'ipv6', address: '2001:db8::9', previous: '2001:db8::1', at: 'x' },
      },
      [{ kind: 'address-changed', family: 'IPv6', address: '2001:db8::9' }],
    ],
    [
      'the first address after start',
      {
        name: 'ip:changed',
        payload: { family: 'ipv4', address: '203.0.113.7', previous: null, at: 'x' },
      },
      [],
    ],
    [
      'a rejected update',
      outcome('home', { kind: 'rejected', serverMessage: 'Bad auth', reason: 'r' }),
      [{ kind: 'update-rejected', host: 'home', message: 'Bad auth' }],
    ],
    [
      'a failed update',
      outcome('home', { kind: 'failed', reason: 'timed out' }),
      [{ kind: 'update-failed', host: 'home', message: 'timed out' }],
    ],
    [
      'a deferred update',
      outcome('home', { kind: 'deferred', until: null, reason: 'waiting' }),
      [],
    ],
    [
      'a host out of updates',
      statusWith([usedUp]),
      // Local time, for people; the UTC midnight the quota resets at is named too.
      [
        {
          kind: 'quota-used-up',
          host: 'home',
          nextUpdateAt: expect.stringMatching(/^[^T]*\d\d:\d\d(:\d\d)? (UTC|\(00:00 UTC\))$/),
        },
      ],
    ],
    [
      'a domain about to expire',
      {
        name: 'domains:reminder',
        payload: { domain: 'a.tk', kind: 'expiring', message: 'In 5 days.' },
      },
      [{ kind: 'domain-expiring', domain: 'a.tk', message: 'In 5 days.' }],
    ],
    [
      'a failed renewal',
      {
        name: 'domains:reminder',
        payload: { domain: 'a.tk', kind: 'renewFailed', message: 'No.' },
      },
      [{ kind: 'domain-renew-failed', domain: 'a.tk', message: 'No.' }],
    ],
    ['a heartbeat', { name: 'app:heartbeat', payload: { at: 'x' } }, []],
    ['a malformed payload', { name: 'ip:changed', payload: { family: 'ipx' } }, []],
  ])('reads %s', (_name, event, expected) => {
    expect(notificationsFromCore(event).events).toEqual(expected);
  });

  it('names no domain when an auto-renew run failed before reaching one', () => {
    const filter = new NotificationFilter({ 'domain-renew-failed': true });
    const event = {
      name: 'domains:reminder',
      payload: { domain: '', kind: 'renewFailed', message: 'Freenom did not answer.' },
    };
    expect(filter.apply(notificationsFromCore(event))).toEqual([
      { title: 'Domain renewal failed', body: 'Freenom did not answer.' },
    ]);
  });

  it('tells about a rejection again after the host recovered in between', () => {
    const filter = new NotificationFilter({ 'update-rejected': true });
    const rejected = outcome('home', { kind: 'rejected', serverMessage: 'Bad auth', reason: 'r' });
    expect(filter.apply(notificationsFromCore(rejected))).toHaveLength(1);
    expect(filter.apply(notificationsFromCore(rejected))).toHaveLength(0);
    filter.apply(notificationsFromCore(outcome('home', { kind: 'updated', value: '203.0.113.7' })));
    expect(filter.apply(notificationsFromCore(rejected))).toEqual([
      { title: 'home: update rejected', body: 'Bad auth' },
    ]);
  });

  it('tells once that quota is used up while every status repeats it, and again the next day', () => {
    const filter = new NotificationFilter({ 'quota-used-up': true });
    expect(filter.apply(notificationsFromCore(statusWith([usedUp])))).toHaveLength(1);
    expect(filter.apply(notificationsFromCore(statusWith([usedUp])))).toHaveLength(0);
    filter.apply(notificationsFromCore(statusWith([{ ...usedUp, updatesLeftToday: 2 }])));
    expect(filter.apply(notificationsFromCore(statusWith([usedUp])))).toHaveLength(1);
  });

  it('tells again that a domain expires once it was renewed in between', () => {
    const filter = new NotificationFilter({ 'domain-expiring': true, 'domain-renewed': true });
    const reminder = (kind: string) => ({
      name: 'domains:reminder',
      payload: { domain: 'a.tk', kind, message: kind },
    });
    expect(filter.apply(notificationsFromCore(reminder('expiring')))).toHaveLength(1);
    expect(filter.apply(notificationsFromCore(reminder('expiring')))).toHaveLength(0);
    expect(filter.apply(notificationsFromCore(reminder('renewed')))).toHaveLength(1);
    expect(filter.apply(notificationsFromCore(reminder('expiring')))).toHaveLength(1);
  });
});
