import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ContactsPanel } from '../../../../renderer/src/domains/contacts-panel.js';
import { coreDouble, dana, failure, renderWithCore } from '../support/domains-core-double.js';

function withDana() {
  const double = coreDouble();
  double.contacts.list.mockResolvedValue({ contacts: [dana] });
  return renderWithCore(<ContactsPanel />, double);
}

const confirmation = () => screen.getByRole('dialog', { name: 'Delete contact C1001?' });

describe('Deleting a contact', () => {
  it('asks first; Escape or Cancel keeps the contact', async () => {
    const { user, double } = withDana();
    await user.click(await screen.findByRole('button', { name: 'Delete contact C1001' }));
    expect(within(confirmation()).getByText(/cannot be deleted/)).toBeTruthy();
    // happy-dom does not turn Escape into the dialog's cancel event, as browsers do: send it.
    fireEvent(confirmation(), new Event('cancel', { cancelable: true }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Delete contact C1001' }));
    await user.click(within(confirmation()).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(double.sent()).toEqual([]);
  });

  it('deletes once confirmed, and says so', async () => {
    const { user, double } = withDana();
    double.contacts.delete.mockResolvedValueOnce({ id: 'C1001', status: 'DELETED' });
    await user.click(await screen.findByRole('button', { name: 'Delete contact C1001' }));
    await user.click(within(confirmation()).getByRole('button', { name: 'Delete contact' }));
    expect(double.contacts.delete).toHaveBeenCalledWith({ id: 'C1001' });
    expect((await screen.findByTestId('contact-outcome')).textContent).toBe(
      'Contact C1001: DELETED',
    );
  });

  it("shows Freenom's refusal of a contact still in use", async () => {
    const { user, double } = withDana();
    double.contacts.delete.mockRejectedValueOnce(failure('Freenom said: contact in use'));
    await user.click(await screen.findByRole('button', { name: 'Delete contact C1001' }));
    await user.click(within(confirmation()).getByRole('button', { name: 'Delete contact' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Freenom said: contact in use');
  });
});
