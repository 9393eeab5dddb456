import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DomainActions } from '../../../../renderer/src/domains/domain-actions.js';
import { deferred } from '../support/deferred.js';
import type { OrderResult } from '../../../../shared/contract/domain-channels.js';
import {
  coreDouble,
  dana,
  detailsOf,
  refusal,
  renderWithCore,
  summaryOf,
} from '../support/domains-core-double.js';

const renewed: OrderResult = {
  domain: 'EXAMPLE.TK',
  type: 'FREE',
  status: 'RENEWED',
  period: '3M',
  expirationDate: '2027-03-20',
  currency: 'USD',
  retailPrice: '0.00',
};

const renewButton = () => screen.getByRole('button', { name: /^(Renew…|Renewing…)$/ });
const renewDialog = () => screen.getByRole('dialog', { name: 'Renew example.tk?' });

function renderActive(double = coreDouble(), patch: Parameters<typeof summaryOf>[1] = {}) {
  return renderWithCore(
    <DomainActions summary={summaryOf('example.tk', patch)} details={detailsOf('example.tk')} />,
    double,
  );
}

describe('DomainActions', () => {
  it('offers Restore, not Delete, and no Renew for a domain that is no longer active', () => {
    renderWithCore(
      <DomainActions
        summary={summaryOf('example.tk', { status: 'CANCELLED' })}
        details={detailsOf('example.tk', { status: 'CANCELLED' })}
      />,
    );
    expect(screen.getByRole('button', { name: /Restore/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Delete…' })).toBeNull();
    expect((screen.getByRole('button', { name: 'Renew…' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it('is busy while restoring, and a second click sends nothing more', async () => {
    const double = coreDouble();
    const answer = deferred<{ domain: string; status: string }>();
    double.domains.restore.mockReturnValueOnce(answer.promise);
    const { user } = renderWithCore(
      <DomainActions
        summary={summaryOf('example.tk', { status: 'CANCELLED' })}
        details={detailsOf('example.tk', { status: 'CANCELLED' })}
      />,
      double,
    );
    const restore = screen.getByRole('button', { name: /Restore/ }) as HTMLButtonElement;
    await user.click(restore);
    expect(restore.disabled).toBe(true);
    await user.click(restore);
    expect(double.domains.restore).toHaveBeenCalledTimes(1);
    answer.resolve({ domain: 'example.tk', status: 'RESTORED' });
    expect((await screen.findByTestId('action-outcome')).textContent).toBe('example.tk: RESTORED');
  });
});

describe('Renewing', () => {
  it('shows the terms before ordering, and renews for the chosen period once confirmed', async () => {
    const double = coreDouble();
    double.domains.renew.mockResolvedValueOnce(renewed);
    const { user } = renderActive(double);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Renewal period' }), '6M');
    await user.click(renewButton());
    expect(within(renewDialog()).getByText('example.tk for 6M: free of charge.')).toBeTruthy();
    expect(within(renewDialog()).getByText('renewable now, until 2026-12-20.')).toBeTruthy();
    expect(double.sent()).toEqual([]);
    await user.click(within(renewDialog()).getByRole('button', { name: 'Renew' }));
    expect(double.domains.renew).toHaveBeenCalledWith({
      domain: 'example.tk',
      type: 'FREE',
      period: '6M',
    });
    expect((await screen.findByTestId('order-result')).textContent).toBe(
      'example.tk: RENEWED, expires 2027-03-20, charged USD 0.00',
    );
  });

  it('closes the confirmation with Escape, and orders nothing', async () => {
    const { user, double } = renderActive();
    await user.click(renewButton());
    // happy-dom does not turn Escape into the dialog's cancel event, as browsers do: send it.
    fireEvent(renewDialog(), new Event('cancel', { cancelable: true }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(double.sent()).toEqual([]);
  });

  it('is busy while the renewal runs, so a second click cannot order it twice', async () => {
    const double = coreDouble();
    const order = deferred<OrderResult>();
    double.domains.renew.mockReturnValueOnce(order.promise);
    const { user } = renderActive(double);
    await user.click(renewButton());
    await user.click(within(renewDialog()).getByRole('button', { name: 'Renew' }));
    const busy = screen.getByRole('button', { name: 'Renewing…' }) as HTMLButtonElement;
    expect(busy.disabled).toBe(true);
    await user.click(busy);
    expect(screen.queryByRole('dialog')).toBeNull();
    order.resolve(renewed);
    await screen.findByTestId('order-result');
    expect((screen.getByRole('button', { name: 'Renew…' }) as HTMLButtonElement).disabled).toBe(
      false,
    );
    expect(double.sent()).toEqual(['domains.renew']);
  });

  it('keeps Renew disabled for a free domain before its window, and says when it opens', () => {
    renderActive(coreDouble(), {
      renewal: { opens: '2027-01-27', closes: '2027-02-10', state: 'not-yet' },
    });
    const renew = screen.getByRole('button', {
      name: 'Renew…',
      description: 'Free domains can be renewed only in their last days: this one from 2027-01-27.',
    }) as HTMLButtonElement;
    expect(renew.disabled).toBe(true);
    expect(
      screen.getByText(
        'Free domains can be renewed only in their last days: this one from 2027-01-27.',
      ),
    ).toBeTruthy();
  });

  it('lets a paid domain renew at any time', () => {
    renderWithCore(
      <DomainActions
        summary={summaryOf('shop.tk', {
          type: 'PAID',
          renewal: { opens: '2026-01-01', closes: '2027-06-01', state: 'open' },
        })}
        details={detailsOf('shop.tk', { type: 'PAID' })}
      />,
    );
    const renew = screen.getByRole('button', { name: 'Renew…' }) as HTMLButtonElement;
    expect(renew.disabled).toBe(false);
    expect(screen.queryByText(/Free domains can be renewed/)).toBeNull();
  });
});

describe('Upgrading', () => {
  it('asks for an owner beside its field, with the focus there, and sends nothing', async () => {
    const { user, double } = renderActive();
    await user.click(screen.getByRole('button', { name: 'Upgrade' }));
    const owner = screen.getByRole('combobox', {
      name: 'Upgrade owner',
      description: 'Choose an owner contact, or turn on ID Shield.',
    });
    expect(document.activeElement).toBe(owner);
    expect(double.sent()).toEqual([]);
  });

  it('upgrades with ID Shield instead of an owner, for the chosen period', async () => {
    const double = coreDouble();
    double.domains.upgrade.mockResolvedValueOnce({ domain: 'example.tk', status: 'UPGRADED' });
    const { user } = renderActive(double);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Paid period' }), '2Y');
    await user.click(screen.getByRole('checkbox', { name: 'ID Shield' }));
    await user.click(screen.getByRole('button', { name: 'Upgrade' }));
    expect(double.domains.upgrade).toHaveBeenCalledWith({
      domain: 'example.tk',
      period: '2Y',
      idShield: true,
    });
    expect((await screen.findByTestId('action-outcome')).textContent).toBe('example.tk: UPGRADED');
  });

  it('shows an owner the core refused beside its field, not as a general notice', async () => {
    const double = coreDouble();
    double.contacts.list.mockResolvedValue({ contacts: [dana] });
    double.domains.upgrade.mockRejectedValueOnce(refusal('ownerId', 'Freenom refuses this owner.'));
    const { user } = renderActive(double);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Upgrade owner' }),
      await screen.findByRole('option', { name: /C1001/ }),
    );
    await user.click(screen.getByRole('button', { name: 'Upgrade' }));
    expect(
      await screen.findByRole('combobox', {
        name: 'Upgrade owner',
        description: 'Freenom refuses this owner.',
      }),
    ).toBeTruthy();
    expect(screen.queryByTestId('action-outcome')).toBeNull();
  });
});
