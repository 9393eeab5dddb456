import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  SettingsSchema,
  toFieldErrors,
} from '../../../../shared/settings/settings-schema.js';

const account = { id: 'home', username: 'alice' };

function errorsOf(input: unknown) {
  const parsed = SettingsSchema.safeParse(input);
  if (parsed.success) throw new Error('expected the settings to be refused');
  return toFieldErrors(parsed.error);
}

describe('settings schema', () => {
  it('fills every field from an empty object with the documented defaults', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      version: SETTINGS_VERSION,
      accounts: { freedns: [], freenom: [] },
      hosts: [],
      engine: { agreement: 2, pollSeconds: 60, stableChecks: 2, hourlyRequestBudget: 50 },
      startup: { openAtLogin: false, startHidden: false },
      ui: { theme: 'system', windowBounds: {} },
    });
    expect(DEFAULT_SETTINGS.notifications.events.updateFailed).toBe(true);
  });

  it('gives accounts their public endpoints and the free tier unless told otherwise', () => {
    const settings = SettingsSchema.parse({
      accounts: { freedns: [account], freenom: [{ id: 'reg', email: 'a@example.com' }] },
    });
    expect(settings.accounts.freedns[0]).toEqual({
      ...account,
      tier: 'free',
      endpoint: 'https://freedns.io/request',
    });
    expect(settings.accounts.freenom[0]).toEqual({
      id: 'reg',
      email: 'a@example.com',
      baseUrl: 'https://api.freenom.com/v2',
      testMode: false,
    });
  });

  it.each([
    [
      { accounts: { freedns: [{ ...account, username: ' ' }] } },
      'accounts.freedns.0.username',
      'user name',
    ],
    [{ accounts: { freedns: [{ ...account, tier: 'gold' }] } }, 'accounts.freedns.0.tier', ''],
    [
      { accounts: { freedns: [{ ...account, endpoint: 'ftp://x' }] } },
      'accounts.freedns.0.endpoint',
      'http',
    ],
    [
      { accounts: { freedns: [account, { ...account, username: 'bob' }] } },
      'accounts.freedns.1.id',
      'already uses',
    ],
    [{ accounts: { freenom: [{ id: 'r', email: 'nope' }] } }, 'accounts.freenom.0.email', 'e-mail'],
    [
      { accounts: { freedns: [{ ...account, id: 'has space' }] } },
      'accounts.freedns.0.id',
      'letters',
    ],
    [
      { hosts: [{ id: 'h', accountId: 'ghost', label: 'home', records: [] }] },
      'hosts.0.accountId',
      'ghost',
    ],
    [
      {
        accounts: { freedns: [account] },
        hosts: [{ id: 'h', accountId: 'home', label: 'a.b', records: [] }],
      },
      'hosts.0.label',
      'without dots',
    ],
    [{ engine: { pollSeconds: 1 } }, 'engine.pollSeconds', ''],
    [{ engine: { failureNoticeMinutes: 0 } }, 'engine.failureNoticeMinutes', '1 minute'],
    [{ engine: { failureNoticeMinutes: 2.5 } }, 'engine.failureNoticeMinutes', 'whole minutes'],
    [{ engine: { multiWanWindowMinutes: -1 } }, 'engine.multiWanWindowMinutes', ''],
    [{ engine: { router: { eventUrl: 'nope' } } }, 'engine.router.eventUrl', 'event URL'],
    [{ ui: { theme: 'neon' } }, 'ui.theme', ''],
    [
      { ui: { windowBounds: { hosts: { x: 0, y: 0, width: 10, height: 300 } } } },
      'ui.windowBounds.hosts.width',
      '200 pixels',
    ],
    [{ version: 1 }, 'version', ''],
  ])('refuses %j naming %s', (input, field, words) => {
    const errors = errorsOf(input);
    expect(errors.map((error) => error.field)).toContain(field);
    const error = errors.find((candidate) => candidate.field === field)!;
    expect(error.message.startsWith(`${field}: `)).toBe(true);
    expect(error.message).toContain(words);
  });
});
