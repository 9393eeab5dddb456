import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OrderResult, SearchResult } from '../../../../shared/contract/domain-channels.js';
import { RegisterPanel } from '../../../../renderer/src/domains/register-panel.js';
import { deferred } from '../support/deferred.js';
import { coreDouble, refusal, renderWithCore } from '../support/domains-core-double.js';

const review = () => screen.getByRole('button', { name: /Review and register…|Registering…/ });
const dialog = () => screen.getByRole('dialog', { name: 'Register fresh.com?' });
const noDialog = () => expect(screen.queryByRole('dialog')).toBeNull();

function quote(available = true): { results: SearchResult[] } {
  const prices = [{ period: '1Y', currency: 'USD', retailPrice: '9.95', partnerPrice: '8.00' }];
  return { results: [{ domain: 'fresh.com', type: 'PAID', available, prices }] };
}

const registered: OrderResult = {
  domain: 'FRESH.COM',
  type: 'PAID',
  status: 'REGISTERED',
  period: '1Y',
  expirationDate: '2027-12-02',
  currency: 'USD',
  retailPrice: '9.95',
};

/** A paid name, two nameservers and ID Shield: a registration the form lets through. */
async function fillValid(user: ReturnType<typeof renderWithCore>['user']) {
  await user.type(screen.getByRole('textbox', { name: 'Domain name' }), 'fresh.com');
  await user.type(screen.getByRole('textbox', { name: 'Nameservers' }), 'ns1.example.net\n');
  await user.type(screen.getByRole('textbox', { name: 'Nameservers' }), 'ns2.example.net');
  await user.click(screen.getByRole('checkbox', { name: /ID Shield/ }));
}

describe('RegisterPanel', () => {
  it('names every missing part beside its field, focuses the first, and sends nothing', async () => {
    const { user, double } = renderWithCore(<RegisterPanel />);
    await user.click(review());
    const name = screen.getByRole('textbox', {
      name: 'Domain name',
      description: 'Enter a domain name, e.g. example.tk.',
    });
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(name);
    expect(
      screen.getByRole('textbox', {
        name: 'Nameservers',
        description: /Give at least 2 nameservers or a forward URL\./,
      }),
    ).toBeTruthy();
    expect(
      screen.getByRole('combobox', {
        name: 'Owner',
        description: 'Choose an owner contact, or turn on ID Shield.',
      }),
    ).toBeTruthy();
    expect(double.sent()).toEqual([]);
  });

  it('reviews with Enter in the name field, shows the price, and registers once confirmed', async () => {
    const double = coreDouble();
    double.domains.search.mockResolvedValueOnce(quote());
    double.domains.register.mockResolvedValueOnce(registered);
    const { user } = renderWithCore(<RegisterPanel />, double);
    await fillValid(user);
    await user.type(screen.getByRole('textbox', { name: 'Domain name' }), '{Enter}');
    expect(double.domains.search).toHaveBeenCalledWith({ names: ['fresh.com'], type: 'PAID' });
    expect(within(dialog()).getByText('fresh.com for 1Y: USD 9.95.')).toBeTruthy();
    expect(double.sent()).toEqual(['domains.search']);
    await user.click(within(dialog()).getByRole('button', { name: 'Register' }));
    expect(double.domains.register).toHaveBeenCalledWith({
      domain: 'fresh.com',
      type: 'PAID',
      period: '1Y',
      idShield: true,
      autoRenew: false,
      nameservers: ['ns1.example.net', 'ns2.example.net'],
    });
    expect((await screen.findByTestId('order-result')).textContent).toBe(
      'fresh.com: REGISTERED, expires 2027-12-02, charged USD 9.95',
    );
  });

  it('closes the confirmation with Escape or Cancel, and registers nothing', async () => {
    const double = coreDouble();
    double.domains.search.mockResolvedValue(quote());
    const { user } = renderWithCore(<RegisterPanel />, double);
    await fillValid(user);
    await user.click(review());
    // happy-dom does not turn Escape into the dialog's cancel event, as browsers do: send it.
    fireEvent(dialog(), new Event('cancel', { cancelable: true }));
    noDialog();
    await user.click(review());
    await user.click(within(dialog()).getByRole('button', { name: 'Cancel' }));
    noDialog();
    expect(double.sent()).toEqual(['domains.search', 'domains.search']);
  });

  it('says when the name is taken, and asks nothing more', async () => {
    const double = coreDouble();
    double.domains.search.mockResolvedValueOnce(quote(false));
    const { user } = renderWithCore(<RegisterPanel />, double);
    await fillValid(user);
    await user.click(review());
    expect(
      (await screen.findByText('fresh.com is not available for registration.')).textContent,
    ).toBeTruthy();
    noDialog();
  });

  it('is busy while the order runs, so a second click cannot place a second order', async () => {
    const double = coreDouble();
    const order = deferred<OrderResult>();
    double.domains.search.mockResolvedValue(quote());
    double.domains.register.mockReturnValueOnce(order.promise);
    const { user } = renderWithCore(<RegisterPanel />, double);
    await fillValid(user);
    await user.click(review());
    await user.click(within(dialog()).getByRole('button', { name: 'Register' }));
    const busy = screen.getByRole('button', { name: 'Registering…' }) as HTMLButtonElement;
    expect(busy.disabled).toBe(true);
    await user.click(busy);
    expect(double.sent()).toEqual(['domains.search', 'domains.register']);
    order.resolve(registered);
    await screen.findByTestId('order-result');
    expect(
      (screen.getByRole('button', { name: 'Review and register…' }) as HTMLButtonElement).disabled,
    ).toBe(false);
  });

  it('shows a field Freenom refused beside it, with the focus there', async () => {
    const double = coreDouble();
    double.domains.search.mockResolvedValueOnce(quote());
    double.domains.register.mockRejectedValueOnce(refusal('domain', 'Freenom refuses this name.'));
    const { user } = renderWithCore(<RegisterPanel />, double);
    await fillValid(user);
    await user.click(review());
    await user.click(within(dialog()).getByRole('button', { name: 'Register' }));
    const name = await screen.findByRole('textbox', {
      name: 'Domain name',
      description: 'Freenom refuses this name.',
    });
    expect(document.activeElement).toBe(name);
    expect(screen.queryByTestId('order-result')).toBeNull();
  });
});
