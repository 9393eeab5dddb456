import { describe, expect, it } from 'vitest';
import {
  exportSettings,
  importSettings,
} from '../../../../electron/core/store/settings-transfer.js';
import { SettingsSchema } from '../../../../shared/settings/settings-schema.js';

const settings = SettingsSchema.parse({
  accounts: { freedns: [{ id: 'home', username: 'alice', tier: 'premium' }] },
  hosts: [
    { id: 'h', accountId: 'home', label: 'home', records: [{ type: 'TXT', value: 'v=spf1 -all' }] },
  ],
  ui: { theme: 'dark' },
});

describe('settings export and import', () => {
  it('exports a dated file that imports back to the same settings', () => {
    const exported = exportSettings(settings, Date.UTC(2026, 10, 23, 9));
    expect(exported.fileName).toBe('dnstray-settings-2026-11-23.json');
    expect(JSON.parse(exported.json)).toMatchObject({
      format: 'dnstray-settings',
      exportedAt: '2026-11-23T09:00:00.000Z',
    });
    expect(importSettings(exported.json)).toEqual({ ok: true, settings, fromVersion: 2 });
  });

  it('imports a bare config.json and an old version 1 file', () => {
    expect(importSettings(JSON.stringify(settings))).toMatchObject({ ok: true, fromVersion: 2 });
    const old = importSettings(
      JSON.stringify({
        format: 'dnstray-settings',
        settings: { version: 1, freedns: { username: 'bob' } },
      }),
    );
    expect(old).toMatchObject({
      ok: true,
      fromVersion: 1,
      settings: { accounts: { freedns: [{ username: 'bob' }] } },
    });
  });

  it('drops anything that is not a setting, such as a password someone added by hand', () => {
    const tampered = JSON.parse(JSON.stringify(settings));
    tampered.accounts.freedns[0].password = 'hunter2';
    const result = importSettings(JSON.stringify(tampered));
    expect(JSON.stringify(result)).not.toContain('hunter2');
  });

  it.each([
    ['{"format": "dnstray-settings", "settings": {"ui": {"theme": "neon"}}', '', 'not valid JSON'],
    ['"text"', '', 'does not hold a settings object'],
    ['{"format": "other-app", "settings": {}}', 'format', 'format: expected "dnstray-settings"'],
    [
      '{"format": "dnstray-settings", "settings": {"version": 2, "ui": {"theme": "neon"}}}',
      'ui.theme',
      'ui.theme: ',
    ],
    ['{"version": 2, "engine": {"agreement": 0}}', 'engine.agreement', 'engine.agreement: '],
    [
      '{"version": 2, "accounts": {"freedns": [{"id": "a", "username": "x"}]}, "hosts": [{"id": "h", "accountId": "b", "label": "h", "records": []}]}',
      'hosts.0.accountId',
      'No freedns.io account has the id "b"',
    ],
  ])('refuses %s naming the field %j', (json, field, message) => {
    const result = importSettings(json);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ field });
    expect(result.errors[0]!.message).toContain(message);
  });
});
