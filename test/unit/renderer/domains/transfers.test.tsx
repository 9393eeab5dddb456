import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Transfer } from '../../../../shared/contract/domain-schemas.js';
import { TransferInForm } from '../../../../renderer/src/domains/transfer-in-form.js';
import { TransfersPanel } from '../../../../renderer/src/domains/transfers-panel.js';
import { coreDouble, dana, renderWithCore } from '../support/domains-core-double.js';

const outgoing: Transfer = {
  domain: 'SHOP.TK',
  direction: 'OUTGOING',
  status: 'PENDING',
  newRegistrar: 'Other Registrar Ltd',
  lastUpdate: '2026-12-01',
};

describe('TransferInForm', () => {
  it('asks the price only with a name and code, named beside their fields', async () => {
    const { user, double } = renderWithCore(<TransferInForm onRequested={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Get price' }));
    const domain = screen.getByRole('textbox', {
      name: 'Domain to transfer',
      description: 'Enter a domain name, e.g. example.tk.',
    });
    expect(document.activeElement).toBe(domain);
    expect(
      screen.getByRole('textbox', {
        name: 'Authorization code',
        description: 'Enter the authorization code.',
      }),
    ).toBeTruthy();
    // The owner matters for the request, not for the price.
    expect(
      screen.getByRole('combobox', { name: 'Transfer owner' }).getAttribute('aria-invalid'),
    ).toBe('false');
    expect(double.sent()).toEqual([]);
  });

  it('asks the price with Enter in the code field', async () => {
    const double = coreDouble();
    double.transfers.price.mockResolvedValueOnce({
      domain: 'OLD.COM',
      type: 'PAID',
      period: '1Y',
      currency: 'USD',
      retailPrice: '8.50',
      partnerPrice: '7.00',
    });
    const { user } = renderWithCore(<TransferInForm onRequested={vi.fn()} />, double);
    await user.type(screen.getByRole('textbox', { name: 'Domain to transfer' }), 'old.com');
    await user.type(screen.getByRole('textbox', { name: 'Authorization code' }), 'AUTH-9{Enter}');
    expect(double.transfers.price).toHaveBeenCalledWith({ domain: 'old.com', authCode: 'AUTH-9' });
    expect((await screen.findByTestId('transfer-price')).textContent).toBe(
      'old.com (PAID): USD 8.50 for 1Y',
    );
    expect(double.sent()).toEqual(['transfers.price']);
  });

  it('requests the transfer only with an owner, then says so', async () => {
    const double = coreDouble();
    double.contacts.list.mockResolvedValue({ contacts: [dana] });
    double.transfers.request.mockResolvedValueOnce({ domain: 'OLD.COM', status: 'REQUESTED' });
    const onRequested = vi.fn();
    const { user } = renderWithCore(<TransferInForm onRequested={onRequested} />, double);
    await user.type(screen.getByRole('textbox', { name: 'Domain to transfer' }), 'old.com');
    await user.type(screen.getByRole('textbox', { name: 'Authorization code' }), 'AUTH-9');
    const request = screen.getByRole('button', { name: 'Request transfer' });
    await user.click(request);
    const owner = screen.getByRole('combobox', { name: 'Transfer owner' });
    expect(owner.getAttribute('aria-invalid')).toBe('true');
    expect(double.sent()).toEqual([]);
    await user.selectOptions(owner, await screen.findByRole('option', { name: /C1001/ }));
    await user.click(request);
    expect(double.transfers.request).toHaveBeenCalledWith({
      domain: 'old.com',
      authCode: 'AUTH-9',
      period: '1Y',
      ownerId: 'C1001',
    });
    expect((await screen.findByTestId('transfer-outcome')).textContent).toBe(
      'old.com: transfer REQUESTED',
    );
    expect(onRequested).toHaveBeenCalledTimes(1);
  });
});

describe('Declining an outgoing transfer', () => {
  async function renderPending() {
    const double = coreDouble();
    double.transfers.list.mockResolvedValue({ transfers: [outgoing] });
    const view = renderWithCore(<TransfersPanel />, double);
    const row = (await screen.findByRole('textbox', { name: 'Reason to decline shop.tk' })).closest(
      'tr',
    )!;
    return { ...view, row: within(row) };
  }

  it('asks for a reason beside its field, with the focus there, and sends nothing', async () => {
    const { user, double, row } = await renderPending();
    await user.click(row.getByRole('button', { name: 'Decline transfer of shop.tk' }));
    const reason = row.getByRole('textbox', {
      name: 'Reason to decline shop.tk',
      description: 'Say why the transfer is declined.',
    });
    expect(document.activeElement).toBe(reason);
    expect(double.sent()).toEqual([]);
  });

  it('declines with Enter in the reason field, and says so', async () => {
    const { user, double, row } = await renderPending();
    double.transfers.decline.mockResolvedValueOnce({ domain: 'shop.tk', status: 'DECLINED' });
    await user.type(
      row.getByRole('textbox', { name: 'Reason to decline shop.tk' }),
      'Not mine{Enter}',
    );
    expect(double.transfers.decline).toHaveBeenCalledWith({
      domain: 'shop.tk',
      reason: 'Not mine',
    });
    expect((await screen.findByTestId('transfer-action-outcome')).textContent).toBe(
      'shop.tk: transfer DECLINED',
    );
    expect(double.sent()).toEqual(['transfers.decline']);
  });
});
