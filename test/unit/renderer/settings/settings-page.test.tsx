import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SettingsSchema, type Settings } from '../../../../shared/settings/settings-schema.js';
import {
  SettingsPage,
  type SettingsActions,
} from '../../../../renderer/src/settings/settings-page.js';

const settings = SettingsSchema.parse({
  version: 2,
  accounts: { freedns: [{ id: 'alice', username: 'alice' }] },
  hosts: [
    { id: 'home', accountId: 'alice', label: 'home', records: [{ type: 'A', mode: 'follow' }] },
  ],
});

function renderPage(overrides: Partial<SettingsActions> = {}) {
  const actions: SettingsActions = {
    save: vi.fn(async (_patch: Partial<Settings>) => undefined),
    setPassword: vi.fn(async () => ({
      outcome: 'stored' as const,
      storage: 'encrypted' as const,
      message: 'Encrypted.',
    })),
    clearPassword: vi.fn(async () => undefined),
    checkSources: vi.fn(async () => []),
    exportSettings: vi.fn(async () => '{}'),
    importSettings: vi.fn(async () => undefined),
    notificationsBlocked: vi.fn(async () => 'Not signed.'),
    exportDiagnostics: vi.fn(async () => ({ fileName: 'd.json', text: '{}' })),
    loadDeliveries: vi.fn(async () => []),
    ...overrides,
  };
  render(
    <SettingsPage settings={settings} passwordStorage={{ alice: 'encrypted' }} actions={actions} />,
  );
  return actions;
}

describe('SettingsPage', () => {
  it('lists each account, and says when the OS blocks notifications', async () => {
    renderPage();
    expect(screen.getByRole('region', { name: 'freedns.io account alice' })).toBeTruthy();
    expect(await screen.findByText('Notifications cannot be shown: Not signed.')).toBeTruthy();
  });

  it('adds an account under an id made from its user name', async () => {
    const actions = renderPage();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add account' }));
    const editor = screen.getByRole('region', { name: 'freedns.io account new account' });
    // While the new editor is open, the page offers no second one.
    expect(screen.getAllByRole('button', { name: 'Add account' })).toHaveLength(1);
    await user.type(within(editor).getByRole('textbox', { name: 'User name' }), 'Bob Smith');
    await user.click(within(editor).getByRole('button', { name: 'Add account' }));
    expect(actions.save).toHaveBeenCalledWith({
      accounts: {
        ...settings.accounts,
        freedns: [
          settings.accounts.freedns[0],
          expect.objectContaining({ id: 'bob-smith', username: 'Bob Smith' }),
        ],
      },
    });
    expect(await screen.findByText('Saved Bob Smith.')).toBeTruthy();
  });

  it('removes an account and its hosts only after the confirmation naming them', async () => {
    const actions = renderPage();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Remove account' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove the account alice?' });
    expect(within(dialog).getByText(/stops updating its hosts: home\./)).toBeTruthy();
    expect((dialog as HTMLDialogElement).open).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'Remove account' }));
    expect(actions.save).toHaveBeenCalledWith({
      accounts: { ...settings.accounts, freedns: [] },
      hosts: [],
    });
    await vi.waitFor(() => expect(actions.clearPassword).toHaveBeenCalledWith('alice'));
  });

  it('keeps the account when the removal is cancelled, and says when forgetting fails', async () => {
    const actions = renderPage({
      clearPassword: vi.fn(async () => Promise.reject(new Error('keyring locked'))),
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Remove account' }));
    const removal = screen.getByRole('dialog', { name: 'Remove the account alice?' });
    await user.click(within(removal).getByRole('button', { name: 'Cancel' }));
    expect((removal as HTMLDialogElement).open).toBe(false);
    expect(actions.save).not.toHaveBeenCalled();

    const editor = screen.getByRole('region', { name: 'freedns.io account alice' });
    await user.click(within(editor).getByRole('button', { name: 'Forget password' }));
    const forget = screen.getByRole('dialog', { name: 'Forget the password of alice?' });
    await user.click(within(forget).getByRole('button', { name: 'Forget password' }));
    expect(actions.clearPassword).toHaveBeenCalledWith('alice');
    expect((await screen.findByText('keyring locked')).getAttribute('role')).toBe('alert');
  });
});
