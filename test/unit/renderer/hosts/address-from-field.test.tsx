import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Host } from '../../../../shared/records/desired-records.js';
import { HostEditor } from '../../../../renderer/src/hosts/host-editor.js';
import { hostToDraft } from '../../../../renderer/src/hosts/host-draft.js';
import {
  EchoSourcesContext,
  type SourceChoice,
} from '../../../../renderer/src/hosts/address-from-field.js';

const sources: SourceChoice[] = [
  { id: 'ipify', name: 'ipify', family: 'ipv4' },
  { id: 'icanhazip', name: 'icanhazip', family: 'ipv4' },
  { id: 'ipify6', name: 'ipify (IPv6)', family: 'ipv6' },
];
const home: Host = { id: 'home', accountId: 'alice', label: 'home', enabled: true, records: [] };
const wan2: Host = {
  id: 'wan2',
  accountId: 'alice',
  label: 'wan2',
  enabled: true,
  records: [{ type: 'A', mode: 'follow' }],
};

function renderEditor(onSave = vi.fn(async (_host: Host) => undefined), host = wan2) {
  render(
    <EchoSourcesContext.Provider value={sources}>
      <HostEditor
        initial={hostToDraft(host)}
        title="Edit host"
        accounts={[{ id: 'alice', username: 'alice', tier: 'free' }]}
        hosts={[home, host]}
        familiesOn={{ ipv4: true, ipv6: true }}
        onSave={onSave}
        onCancel={vi.fn()}
      />
    </EchoSourcesContext.Provider>,
  );
  return onSave;
}

const group = () => screen.getByRole('group', { name: 'Record 1 address from' });
const save = () => userEvent.click(screen.getByRole('button', { name: 'Save host' }));

describe('AddressFromField', () => {
  it('keeps `from` absent while the public address is chosen', async () => {
    const onSave = renderEditor();
    expect(within(group()).getByRole('radio', { name: 'Public address' })).toHaveProperty(
      'checked',
      true,
    );
    await save();
    expect(onSave).toHaveBeenCalledWith({ ...wan2, records: [{ type: 'A', mode: 'follow' }] });
  });

  it('saves an interface origin with the name typed, trimmed', async () => {
    const onSave = renderEditor();
    await userEvent.click(within(group()).getByRole('radio', { name: 'Interface' }));
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Record 1 interface name' }),
      ' eth1 ',
    );
    await save();
    expect(onSave).toHaveBeenCalledWith({
      ...wan2,
      records: [{ type: 'A', mode: 'follow', from: { kind: 'interface', name: 'eth1' } }],
    });
  });

  it('offers only the enabled sources of the record family and saves the ones ticked', async () => {
    const onSave = renderEditor();
    await userEvent.click(within(group()).getByRole('radio', { name: 'Chosen sources' }));
    const boxes = within(group()).getAllByRole('checkbox');
    expect(boxes.map((box) => box.parentElement?.textContent)).toEqual(['ipify', 'icanhazip']);
    await userEvent.click(within(group()).getByRole('checkbox', { name: 'icanhazip' }));
    await save();
    expect(onSave).toHaveBeenCalledWith({
      ...wan2,
      records: [{ type: 'A', mode: 'follow', from: { kind: 'sources', ids: ['icanhazip'] } }],
    });
  });

  it('refuses chosen sources with none ticked, on the field, and saves nothing', async () => {
    const onSave = renderEditor();
    await userEvent.click(within(group()).getByRole('radio', { name: 'Chosen sources' }));
    await save();
    expect(
      screen.getByRole('group', {
        name: 'Record 1 address from',
        description: 'Name at least one source.',
      }),
    ).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('shows the core refusing `hosts.1.records.0.from.ids` on this record field', async () => {
    const field = 'hosts.1.records.0.from.ids';
    const refusal = Object.assign(new Error(`${field}: agreement needs 2 sources`), {
      errors: [
        { field, message: `${field}: agreement needs 2 sources` },
        // Another host's record: not this editor's business.
        { field: 'hosts.0.records.0.from.ids', message: 'not ours' },
      ],
    });
    renderEditor(vi.fn(async () => Promise.reject(refusal)));
    await userEvent.click(within(group()).getByRole('radio', { name: 'Chosen sources' }));
    await userEvent.click(within(group()).getByRole('checkbox', { name: 'ipify' }));
    await save();
    expect(
      await screen.findByRole('group', {
        name: 'Record 1 address from',
        description: 'agreement needs 2 sources',
      }),
    ).toBeTruthy();
    expect(screen.queryByText('not ours')).toBeNull();
  });
});
