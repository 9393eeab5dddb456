import { describe, expect, it } from 'vitest';
import {
  migrateSettings,
  V1_FREEDNS_ACCOUNT_ID,
} from '../../../../shared/settings/settings-migrations.js';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../../../shared/settings/settings-schema.js';

const v1 = {
  version: 1,
  freedns: { username: 'alice', premium: true },
  freenom: { email: 'alice@example.com', testMode: true },
  hosts: [
    { label: 'Home', ipv4: true, ipv6: true },
    { label: 'nas', ipv4: true, ipv6: false, enabled: false },
  ],
  pollIntervalSec: 5,
  sources: ['https://echo.example/ip', 'http://127.0.0.1:9/ip'],
  theme: 'dark',
  openAtLogin: true,
};

describe('settings migrations', () => {
  it('turns a version 1 file into the current shape, keeping every choice', () => {
    const result = migrateSettings(v1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.from).toBe(1);
    const { settings } = result;
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(settings.accounts.freedns).toEqual([
      {
        id: V1_FREEDNS_ACCOUNT_ID,
        username: 'alice',
        tier: 'premium',
        endpoint: 'https://freedns.io/request',
      },
    ]);
    expect(settings.accounts.freenom[0]).toMatchObject({
      email: 'alice@example.com',
      testMode: true,
    });
    expect(settings.hosts).toEqual([
      {
        id: 'home',
        accountId: 'freedns',
        label: 'Home',
        enabled: true,
        records: [
          { type: 'A', mode: 'follow' },
          { type: 'AAAA', mode: 'follow' },
        ],
      },
      {
        id: 'nas',
        accountId: 'freedns',
        label: 'nas',
        enabled: false,
        records: [{ type: 'A', mode: 'follow' }],
      },
    ]);
    // Version 1 polled as often as every 5 s; the current minimum is 15 s.
    expect(settings.engine.pollSeconds).toBe(15);
    expect(
      settings.engine.sources?.map((source) => [source.family, source.url, source.format]),
    ).toEqual([
      ['ipv4', 'https://echo.example/ip', 'plain'],
      ['ipv4', 'http://127.0.0.1:9/ip', 'plain'],
      // Version 1 knew no IPv6 source: the built-in ones stay, or IPv6 could never be known.
      ['ipv6', 'https://[2606:4700:4700::1111]/cdn-cgi/trace', 'trace'],
      ['ipv6', 'https://api6.ipify.org/?format=json', 'json'],
      ['ipv6', 'https://v6.ident.me/', 'plain'],
    ]);
    expect(settings.engine.agreement).toBe(2);
    expect(settings.ui.theme).toBe('dark');
    expect(settings.startup.openAtLogin).toBe(true);
  });

  it('lets one IPv4 source of a version 1 file decide alone, as it did there', () => {
    const result = migrateSettings({ ...v1, sources: ['https://echo.example/ip'] });
    expect(result).toMatchObject({ ok: true, settings: { engine: { agreement: 1 } } });
  });

  it('reads a version 1 file that predates the version field', () => {
    const { version: _omitted, ...unversioned } = v1;
    const result = migrateSettings(unversioned);
    expect(result).toMatchObject({ ok: true, from: 1 });
  });

  it('reads a hand-written current file without a version as the current version', () => {
    const result = migrateSettings({ ui: { theme: 'light' } });
    expect(result).toMatchObject({
      ok: true,
      from: SETTINGS_VERSION,
      settings: { ui: { theme: 'light' } },
    });
  });

  it('migrates an empty version 1 file to the defaults', () => {
    const result = migrateSettings({ version: 1 });
    expect(result.ok && result.settings).toEqual({
      ...DEFAULT_SETTINGS,
      engine: { ...DEFAULT_SETTINGS.engine, pollSeconds: 300 },
    });
  });

  it.each([
    [{ version: 3 }, 'version', 'newer DNS Tray'],
    [{ version: 'two' }, 'version', 'not a known settings version'],
    [{ version: 0 }, 'version', 'not a known settings version'],
    [[1, 2], '', 'not a JSON object'],
    [null, '', 'not a JSON object'],
    [{ version: 1, freedns: { username: '' } }, 'freedns.username', ''],
    [{ version: 1, hosts: [{ label: 'bad label!' }] }, 'hosts.0.label', 'letters'],
  ])('refuses %j and names %s', (input, field, words) => {
    const result = migrateSettings(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]!.field).toBe(field);
    expect(result.errors[0]!.message).toContain(words);
  });
});
