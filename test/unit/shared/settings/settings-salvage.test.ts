import { describe, expect, it } from 'vitest';
import { salvageSettings } from '../../../../shared/settings/settings-salvage.js';
import { DEFAULT_SETTINGS } from '../../../../shared/settings/settings-schema.js';

describe('settings salvage', () => {
  it('keeps the valid accounts, hosts and sections and lists what it left out', () => {
    const { settings, dropped } = salvageSettings({
      version: 2,
      accounts: {
        freedns: [
          { id: 'home', username: 'alice' },
          { id: 'bad', username: '' },
        ],
        freenom: [{ id: 'reg', email: 'a@example.com' }],
      },
      hosts: [
        { id: 'h1', accountId: 'home', label: 'home', records: [{ type: 'A', mode: 'follow' }] },
        { id: 'h2', accountId: 'bad', label: 'lost', records: [] },
        { id: 'h3', accountId: 'home', label: '-x-', records: [] },
      ],
      engine: { pollSeconds: 'often' },
      ui: { theme: 'dark' },
    });
    expect(settings.accounts.freedns.map((account) => account.id)).toEqual(['home']);
    expect(settings.accounts.freenom).toHaveLength(1);
    expect(settings.hosts.map((host) => host.id)).toEqual(['h1']);
    expect(settings.engine).toEqual(DEFAULT_SETTINGS.engine);
    expect(settings.ui.theme).toBe('dark');
    expect(dropped).toEqual(['accounts.freedns.1', 'hosts.1', 'hosts.2', 'engine']);
  });

  it('drops a second account with the same id', () => {
    const { settings, dropped } = salvageSettings({
      accounts: {
        freedns: [
          { id: 'a', username: 'x' },
          { id: 'A', username: 'y' },
        ],
      },
    });
    expect(settings.accounts.freedns).toHaveLength(1);
    expect(dropped).toEqual(['accounts.freedns "A" (duplicate)']);
  });
});
