import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ContactForm } from '../../../../renderer/src/domains/contact-form.js';
import { GluePanel } from '../../../../renderer/src/domains/glue-panel.js';
import { coreDouble, refusal, renderWithCore } from '../support/domains-core-double.js';

describe('GluePanel', () => {
  it('names a glue address that is not an IP beside its field and sends nothing', async () => {
    const { user, double } = renderWithCore(<GluePanel domain="example.tk" />);
    await user.type(screen.getByRole('textbox', { name: 'Glue host' }), 'ns1.example.tk');
    await user.type(screen.getByRole('textbox', { name: 'Glue address' }), '300.1.2.3');
    await user.click(screen.getByRole('button', { name: /Save glue record/ }));
    const field = screen.getByRole('textbox', {
      name: 'Glue address',
      description: 'Enter the address as IPv4 (203.0.113.7) or IPv6 (2001:db8::1).',
    });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(double.sent()).toEqual([]);
  });

  it('saves with Enter in the address field, and says so', async () => {
    const double = coreDouble();
    double.glue.register.mockResolvedValueOnce({ domain: 'example.tk', status: 'REGISTERED' });
    const { user } = renderWithCore(<GluePanel domain="example.tk" />, double);
    await user.type(screen.getByRole('textbox', { name: 'Glue host' }), 'ns1.example.tk');
    await user.type(screen.getByRole('textbox', { name: 'Glue address' }), '192.0.2.1{Enter}');
    expect(double.glue.register).toHaveBeenCalledWith({
      domain: 'example.tk',
      hostname: 'ns1.example.tk',
      ipAddress: '192.0.2.1',
    });
    expect((await screen.findByRole('status')).textContent).toBe('ns1.example.tk: REGISTERED');
  });
});

describe('ContactForm', () => {
  it('shows the field the core refused beside it and keeps what was typed', async () => {
    const double = coreDouble();
    double.contacts.register.mockRejectedValueOnce(
      refusal('email', 'Freenom refuses this e-mail.'),
    );
    const { user } = renderWithCore(
      <ContactForm contact={null} onSaved={vi.fn()} onFailure={vi.fn()} />,
      double,
    );
    const fill: [string, string][] = [
      ['First name', 'Dana'],
      ['Last name', 'Demo'],
      ['Address', 'Main Street 1'],
      ['City', 'Amsterdam'],
      ['Postal code', '1011AA'],
      ['State code', 'NL-NH'],
      ['Country code', 'NL'],
      ['Phone', '+31-20-1234567'],
      ['Contact e-mail', 'dana@example.com'],
    ];
    for (const [label, value] of fill) await user.type(screen.getByLabelText(label), value);
    await user.click(screen.getByRole('button', { name: /Create contact/ }));
    const email = await screen.findByRole('textbox', {
      name: 'Contact e-mail',
      description: 'Freenom refuses this e-mail.',
    });
    expect((email as HTMLInputElement).value).toBe('dana@example.com');
    expect(double.contacts.register).toHaveBeenCalledTimes(1);
  });

  it('names a bad phone and an empty first name, and sends nothing', async () => {
    const { user, double } = renderWithCore(
      <ContactForm contact={null} onSaved={vi.fn()} onFailure={vi.fn()} />,
    );
    await user.type(screen.getByLabelText(/^Phone/), '12345');
    await user.click(screen.getByRole('button', { name: /Create contact/ }));
    expect(
      screen.getByRole('textbox', { name: 'First name', description: 'Enter the first name.' }),
    ).toBeTruthy();
    expect(screen.getByLabelText(/^Phone/).getAttribute('aria-invalid')).toBe('true');
    expect(double.sent()).toEqual([]);
  });
});
