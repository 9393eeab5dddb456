import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ModifyForm } from '../../../../renderer/src/domains/modify-form.js';
import { deferred } from '../support/deferred.js';
import { coreDouble, detailsOf, failure, renderWithCore } from '../support/domains-core-double.js';

const save = () => screen.getByRole('button', { name: 'Save changes' });
const nameservers = () => screen.getByRole('textbox', { name: 'Nameservers' });

describe('ModifyForm', () => {
  it('refuses a single nameserver beside the field, focuses it, and sends nothing', async () => {
    const { user, double } = renderWithCore(
      <ModifyForm details={detailsOf('example.tk')} onDone={vi.fn()} />,
    );
    await user.click(screen.getByRole('radio', { name: 'Use nameservers' }));
    await user.clear(nameservers());
    await user.type(nameservers(), 'ns1.example.net');
    await user.click(save());
    const field = screen.getByRole('textbox', {
      name: 'Nameservers',
      description: /Enter at least 2 nameservers\./,
    });
    expect(document.activeElement).toBe(field);
    expect(double.sent()).toEqual([]);
  });

  it('sends only nameservers when they are chosen, and says it is done', async () => {
    const double = coreDouble();
    double.domains.modify.mockResolvedValueOnce({ domain: 'example.tk', status: 'MODIFIED' });
    const onDone = vi.fn();
    const { user } = renderWithCore(
      <ModifyForm details={detailsOf('example.tk')} onDone={onDone} />,
      double,
    );
    await user.click(screen.getByRole('radio', { name: 'Use nameservers' }));
    expect((nameservers() as HTMLTextAreaElement).value).toBe('ns1.example.net\nns2.example.net');
    await user.click(save());
    expect(double.domains.modify).toHaveBeenCalledWith({
      domain: 'example.tk',
      nameservers: ['ns1.example.net', 'ns2.example.net'],
    });
    expect((await screen.findByRole('status')).textContent).toBe('example.tk: MODIFIED');
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('refuses an ftp forward beside its field, then forwards with Enter, without nameservers', async () => {
    const double = coreDouble();
    double.domains.modify.mockResolvedValueOnce({ domain: 'example.tk', status: 'MODIFIED' });
    const { user } = renderWithCore(
      <ModifyForm details={detailsOf('example.tk')} onDone={vi.fn()} />,
      double,
    );
    await user.click(screen.getByRole('radio', { name: 'Forward to a web address' }));
    const url = screen.getByRole('textbox', { name: 'Forward URL' });
    await user.type(url, 'ftp://example.org/{Enter}');
    expect(
      screen.getByRole('textbox', {
        name: 'Forward URL',
        description: 'Enter an http:// or https:// address to forward to.',
      }),
    ).toBeTruthy();
    expect(double.sent()).toEqual([]);
    await user.clear(url);
    await user.type(url, 'https://example.org/{Enter}');
    expect(double.domains.modify).toHaveBeenCalledWith({
      domain: 'example.tk',
      forwardUrl: 'https://example.org/',
      forwardMode: 'cloak',
    });
  });

  it("is busy while saving, then shows Freenom's refusal in its words", async () => {
    const double = coreDouble();
    const answer = deferred<{ domain: string; status: string }>();
    double.domains.modify.mockReturnValueOnce(answer.promise);
    const { user } = renderWithCore(
      <ModifyForm details={detailsOf('example.tk')} onDone={vi.fn()} />,
      double,
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'ID Shield' }), 'enabled');
    await user.click(save());
    expect((save() as HTMLButtonElement).disabled).toBe(true);
    await user.click(save());
    expect(double.domains.modify).toHaveBeenCalledTimes(1);
    expect(double.domains.modify).toHaveBeenCalledWith({ domain: 'example.tk', idShield: true });
    answer.reject(failure('Freenom said: the domain is locked'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Freenom said: the domain is locked',
    );
    expect((save() as HTMLButtonElement).disabled).toBe(false);
  });
});
