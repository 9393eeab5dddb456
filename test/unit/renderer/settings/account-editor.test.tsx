import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { FreednsAccount } from '../../../../shared/settings/settings-schema.js';
import type { SecretSetResult } from '../../../../shared/settings/store-contract.js';
import { AccountEditor } from '../../../../renderer/src/settings/account-editor.js';
import { deferred } from '../support/deferred.js';

const alice: FreednsAccount = {
  id: 'alice',
  username: 'alice',
  tier: 'free',
  endpoint: 'https://freedns.io/request',
};
const stored: SecretSetResult = {
  outcome: 'stored',
  storage: 'encrypted',
  message: 'The password is kept encrypted.',
};

function renderEditor(overrides: Partial<Parameters<typeof AccountEditor>[0]> = {}) {
  const props = {
    account: alice,
    isNew: false,
    passwordStorage: 'none' as const,
    onSave: vi.fn(async (_account: FreednsAccount, savedId: string | null) => savedId ?? 'new-id'),
    onSetPassword: vi.fn(async () => stored),
    onClearPassword: vi.fn(),
    onRemove: vi.fn(),
    onAdded: vi.fn(),
    ...overrides,
  };
  render(<AccountEditor {...props} />);
  return props;
}
const field = (name: string) => screen.getByLabelText(name) as HTMLInputElement;

describe('AccountEditor', () => {
  it('names the empty user name and the bad endpoint on their fields, and saves nothing', async () => {
    const props = renderEditor();
    const user = userEvent.setup();
    await user.clear(field('User name'));
    await user.clear(field('Update endpoint'));
    await user.type(field('Update endpoint'), 'freedns.io');
    await user.click(screen.getByRole('button', { name: 'Save account' }));

    expect(screen.getByText('Nothing was saved: correct the fields marked below.')).toBeTruthy();
    for (const [label, message] of [
      ['User name', 'Enter the freedns.io user name.'],
      ['Update endpoint', 'Enter a full http:// or https:// address.'],
    ] as const) {
      const input = screen.getByRole('textbox', { name: label, description: message });
      expect(input.getAttribute('aria-invalid')).toBe('true');
    }
    expect(props.onSave).not.toHaveBeenCalled();
  });

  it('shows the field the core refused beside it', async () => {
    const refusal = Object.assign(new Error('accounts.freedns.0.endpoint: Not reachable.'), {
      field: 'accounts.freedns.0.endpoint',
    });
    renderEditor({ onSave: vi.fn(async () => Promise.reject(refusal)) });
    await userEvent.click(screen.getByRole('button', { name: 'Save account' }));
    expect(
      await screen.findByRole('textbox', {
        name: 'Update endpoint',
        description: 'Not reachable.',
      }),
    ).toBeTruthy();
    expect(
      screen.getByText('Nothing was saved: accounts.freedns.0.endpoint: Not reachable.'),
    ).toBeTruthy();
  });

  it('is busy while saving, then says what was saved; the password goes only to the store', async () => {
    const save = deferred<string>();
    const onSave = vi.fn((_account: FreednsAccount, _id: string | null) => save.promise);
    const props = renderEditor({ onSave });
    const user = userEvent.setup();
    await user.type(field('New password'), 'hunter2');
    await user.click(screen.getByRole('button', { name: 'Save account' }));
    const button = screen.getByRole('button', { name: /Save account/ }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    save.resolve('alice');
    expect(await screen.findByText('Saved alice. The password is kept encrypted.')).toBeTruthy();
    expect(button.disabled).toBe(false);
    expect(onSave.mock.calls[0]![0]).not.toHaveProperty('password');
    expect(props.onSetPassword).toHaveBeenCalledWith('alice', 'hunter2', undefined);
    expect(field('New password').value).toBe('');
  });

  it('asks how to keep the password when the system cannot encrypt it', async () => {
    const onSetPassword = vi
      .fn<(id: string, password: string, how?: string) => Promise<SecretSetResult>>()
      .mockResolvedValueOnce({
        outcome: 'choice-needed',
        storage: 'none',
        message: 'No keyring here.',
      })
      .mockResolvedValueOnce({
        outcome: 'kept-for-this-run',
        storage: 'this-run',
        message: 'Kept until DNS Tray quits.',
      });
    renderEditor({ onSetPassword });
    const user = userEvent.setup();
    await user.type(field('New password'), 'hunter2');
    await user.click(screen.getByRole('button', { name: 'Save account' }));
    expect(await screen.findByText('No keyring here.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Keep it until DNS Tray quits' }));
    expect(onSetPassword).toHaveBeenLastCalledWith('alice', 'hunter2', 'keep-for-this-run');
    expect(await screen.findByText('Saved alice. Kept until DNS Tray quits.')).toBeTruthy();
    expect(screen.queryByText('No keyring here.')).toBeNull();
  });

  it('tells a new account apart: no Remove, and the caller hears once it is added', async () => {
    const props = renderEditor({ account: { ...alice, id: '', username: '' }, isNew: true });
    expect(screen.queryByRole('button', { name: 'Remove account' })).toBeNull();
    const user = userEvent.setup();
    await user.type(field('User name'), 'bob');
    await user.click(screen.getByRole('button', { name: 'Add account' }));
    expect(props.onSave).toHaveBeenCalledWith(expect.objectContaining({ username: 'bob' }), null);
    expect(props.onAdded).toHaveBeenCalledWith('Saved bob.');
  });

  it('says where the password is kept and offers to forget it only when there is one', async () => {
    const props = renderEditor({ passwordStorage: 'encrypted' });
    expect(screen.getByTestId('password-state').textContent).toBe(
      'A password is set (kept encrypted by the system). It is never shown.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Forget password' }));
    expect(props.onClearPassword).toHaveBeenCalledTimes(1);
  });

  it('goes through its fields in reading order with Tab, and Enter on the button saves', async () => {
    const props = renderEditor();
    const user = userEvent.setup();
    await user.click(field('User name'));
    const order = [document.activeElement];
    for (let i = 0; i < 4; i += 1) {
      await user.tab();
      order.push(document.activeElement);
    }
    expect(order).toEqual([
      field('User name'),
      screen.getByRole('combobox', { name: 'Account type' }),
      field('Update endpoint'),
      field('New password'),
      screen.getByRole('button', { name: 'Save account' }),
    ]);
    await user.keyboard('{Enter}');
    expect(props.onSave).toHaveBeenCalledTimes(1);
  });
});
