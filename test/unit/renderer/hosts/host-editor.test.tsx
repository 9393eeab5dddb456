import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Host } from '../../../../shared/records/desired-records.js';
import { HostEditor, type AccountChoice } from '../../../../renderer/src/hosts/host-editor.js';
import { emptyRecord, type HostDraft } from '../../../../renderer/src/hosts/host-draft.js';
import { deferred } from '../support/deferred.js';

const accounts: AccountChoice[] = [
  { id: 'alice', username: 'alice', tier: 'free' },
  { id: 'pro', username: 'pro', tier: 'premium' },
];
const home: Host = {
  id: 'home',
  accountId: 'alice',
  label: 'home',
  enabled: true,
  records: [{ type: 'A', mode: 'follow' }],
};
const newDraft = (): HostDraft => ({
  id: '',
  accountId: 'alice',
  label: '',
  enabled: true,
  records: [emptyRecord('A')],
});

function renderEditor(
  onSave: (host: Host) => Promise<void> = vi.fn(async (_host: Host) => undefined),
  initial = newDraft(),
) {
  const onCancel = vi.fn();
  render(
    <HostEditor
      initial={initial}
      title="Add a host"
      accounts={accounts}
      hosts={[home]}
      familiesOn={{ ipv4: true, ipv6: false }}
      onSave={onSave}
      onCancel={onCancel}
    />,
  );
  return { onSave, onCancel };
}
const save = () => userEvent.click(screen.getByRole('button', { name: 'Save host' }));

describe('HostEditor and RecordEditor', () => {
  it('opens in the host name, and refuses a label the account already has, on that field', async () => {
    const { onSave } = renderEditor();
    const name = screen.getByRole('textbox', { name: 'Host name' });
    expect(document.activeElement).toBe(name);
    await userEvent.type(name, 'HOME');
    await save();
    expect(
      screen
        .getByRole('textbox', {
          name: 'Host name',
          description: /This account already has a host named "HOME"/i,
        })
        .getAttribute('aria-invalid'),
    ).toBe('true');
    expect(screen.getByText('Nothing was saved: correct the fields marked below.')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('names a bad fixed address on the record that has it', async () => {
    const { onSave } = renderEditor();
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Host name' }), 'office');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Record 1 value source' }),
      'Fixed IPv4 address',
    );
    await user.type(screen.getByRole('textbox', { name: 'Record 1 IPv4 address' }), '10.0.0');
    await save();
    const address = screen.getByRole('textbox', { name: 'Record 1 IPv4 address' });
    expect(address.getAttribute('aria-invalid')).toBe('true');
    expect(address.getAttribute('aria-describedby')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('offers the Premium-only types as disabled on a free account, and says why', () => {
    renderEditor();
    const type = screen.getByRole('combobox', {
      name: 'Record 1 type',
      description: 'CNAME, TXT and MX records need a Premium freedns.io account.',
    });
    const disabled = within(type)
      .getAllByRole('option')
      .filter((option) => (option as HTMLOptionElement).disabled)
      .map((option) => option.textContent);
    expect(disabled).toEqual(['CNAME (Premium only)', 'TXT (Premium only)', 'MX (Premium only)']);
  });

  it('says a followed IPv6 record idles while IPv6 detection is off', async () => {
    renderEditor();
    await userEvent.click(screen.getByRole('button', { name: 'Add record' }));
    expect(
      screen.getByRole('combobox', {
        name: 'Record 2 value source',
        description: 'IPv6 detection is off in Settings, so this record will not be updated.',
      }),
    ).toBeTruthy();
  });

  it('needs at least one record', async () => {
    const { onSave } = renderEditor();
    await userEvent.type(screen.getByRole('textbox', { name: 'Host name' }), 'office');
    await userEvent.click(screen.getByRole('button', { name: 'Remove record 1' }));
    await save();
    expect(screen.getByText('Add at least one record.').getAttribute('role')).toBe('alert');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('names an MX entry with a bad preference on that entry', async () => {
    const { onSave } = renderEditor();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Account' }), 'pro (Premium)');
    await user.type(screen.getByRole('textbox', { name: 'Host name' }), 'mail');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Record 1 type' }), 'MX');
    await user.type(screen.getByRole('textbox', { name: 'Mail server 1' }), 'mx.example.com');
    const preference = screen.getByRole('textbox', { name: 'Preference 1' });
    await user.clear(preference);
    await user.type(preference, 'high');
    await save();
    expect(
      screen.getByRole('textbox', {
        name: 'Preference 1',
        description: 'The preference is a whole number from 0 to 65535.',
      }),
    ).toBeTruthy();
    expect(
      screen.getByRole('textbox', { name: 'Mail server 1' }).getAttribute('aria-invalid'),
    ).toBe('false');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('is busy while saving and shows a refused save above the form', async () => {
    const saving = deferred();
    renderEditor(vi.fn((_host: Host) => saving.promise));
    await userEvent.type(screen.getByRole('textbox', { name: 'Host name' }), 'office');
    await save();
    expect((screen.getByRole('button', { name: /Save host/ }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    saving.reject(new Error('freedns.io account alice is paused'));
    expect(
      await screen.findByText('Nothing was saved: freedns.io account alice is paused'),
    ).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Save host' }) as HTMLButtonElement).disabled).toBe(
      false,
    );
  });

  it('saves the host it shows, and Cancel leaves without saving', async () => {
    const { onSave, onCancel } = renderEditor();
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Host name' }), 'office');
    // Tab goes on from the name to "Keep this host updated", then into the first record.
    await user.tab();
    expect(document.activeElement).toBe(
      screen.getByRole('checkbox', { name: 'Keep this host updated' }),
    );
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Record 1 type' }));
    await save();
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        accountId: 'alice',
        label: 'office',
        records: [{ type: 'A', mode: 'follow' }],
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});
