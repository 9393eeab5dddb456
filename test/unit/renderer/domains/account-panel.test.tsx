import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type {
  FreenomConnectResult,
  FreenomStatus,
} from '../../../../shared/contract/domain-channels.js';
import { AccountPanel } from '../../../../renderer/src/domains/account-panel.js';
import { deferred } from '../support/deferred.js';
import {
  connectedStatus,
  coreDouble,
  refusal,
  renderWithCore,
} from '../support/domains-core-double.js';

const fresh: FreenomStatus = {
  connected: false,
  email: '',
  baseUrl: '',
  testMode: false,
  passwordSet: false,
  passwordStorage: 'encrypted',
};

function connected(secret: FreenomConnectResult['secret'] = null): FreenomConnectResult {
  return { ...connectedStatus, secret };
}

const email = () => screen.getByRole('textbox', { name: 'E-mail' });
const password = () => screen.getByLabelText('Password') as HTMLInputElement;
const connect = () => screen.getByRole('button', { name: 'Connect and check' });

describe('AccountPanel', () => {
  it('names a bad e-mail and a missing password beside them, focuses the first, sends nothing', async () => {
    const { user, double } = renderWithCore(<AccountPanel status={fresh} />);
    await user.type(email(), 'reseller-at-example');
    await user.click(connect());
    const field = screen.getByRole('textbox', {
      name: 'E-mail',
      description: 'Enter an e-mail address like name@example.com.',
    });
    expect(document.activeElement).toBe(field);
    expect(password().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter the password.')).toBeTruthy();
    expect(double.sent()).toEqual([]);
  });

  it('connects with Enter in the password field, forgets the password, then checks the account', async () => {
    const double = coreDouble();
    double.freenom.connect.mockResolvedValueOnce(connected());
    double.freenom.probe.mockResolvedValueOnce({
      reachable: true,
      canUseApi: true,
      message: 'The account can use the API.',
    });
    const { user } = renderWithCore(<AccountPanel status={fresh} />, double);
    await user.type(email(), 'reseller@example.com');
    await user.type(password(), 'secret{Enter}');
    expect(double.freenom.connect).toHaveBeenCalledWith({
      email: 'reseller@example.com',
      password: 'secret',
      baseUrl: 'https://api.freenom.com/v2',
      testMode: false,
    });
    expect((await screen.findByTestId('probe-result')).textContent).toBe(
      'The account can use the API.',
    );
    expect(password().value).toBe('');
    expect(double.sent()).toEqual(['freenom.connect', 'freenom.probe']);
  });

  it('keeps the stored password when the field is left empty, and is busy while connecting', async () => {
    const double = coreDouble();
    const answer = deferred<FreenomConnectResult>();
    double.freenom.connect.mockReturnValueOnce(answer.promise);
    double.freenom.probe.mockResolvedValue({ reachable: true, canUseApi: true, message: 'OK.' });
    const { user } = renderWithCore(<AccountPanel status={connectedStatus} />, double);
    expect(
      screen.getByText(/A password is set \(kept encrypted\); leave empty to keep it\./),
    ).toBeTruthy();
    await user.click(connect());
    expect((connect() as HTMLButtonElement).disabled).toBe(true);
    await user.type(email(), '{Enter}');
    expect(double.freenom.connect).toHaveBeenCalledTimes(1);
    expect(double.freenom.connect).toHaveBeenCalledWith({
      email: 'reseller@example.com',
      baseUrl: 'https://api.freenom.com/v2',
      testMode: false,
    });
    answer.resolve(connected());
    await screen.findByTestId('probe-result');
    expect((connect() as HTMLButtonElement).disabled).toBe(false);
  });

  it('asks how to keep a password it cannot encrypt, and sends the choice', async () => {
    const double = coreDouble();
    double.freenom.connect
      .mockResolvedValueOnce(
        connected({ outcome: 'choice-needed', message: 'No safe storage on this system.' }),
      )
      .mockResolvedValueOnce(
        connected({ outcome: 'kept-for-this-run', message: 'Kept until DNS Tray quits.' }),
      );
    double.freenom.probe.mockResolvedValue({ reachable: true, canUseApi: true, message: 'OK.' });
    const { user } = renderWithCore(<AccountPanel status={fresh} />, double);
    await user.type(email(), 'reseller@example.com');
    await user.type(password(), 'secret');
    await user.click(connect());
    expect(await screen.findByText('No safe storage on this system.')).toBeTruthy();
    expect(double.freenom.probe).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Keep it for this run' }));
    expect(double.freenom.connect).toHaveBeenLastCalledWith(
      expect.objectContaining({ password: 'secret', whenUnencrypted: 'keep-for-this-run' }),
    );
    expect(await screen.findByText('Kept until DNS Tray quits.')).toBeTruthy();
  });

  it('shows a field the core refused beside it, with the focus there', async () => {
    const double = coreDouble();
    double.freenom.connect.mockRejectedValueOnce(refusal('baseUrl', 'This is no Freenom API.'));
    const { user } = renderWithCore(<AccountPanel status={connectedStatus} />, double);
    await user.click(connect());
    const field = await screen.findByRole('textbox', {
      name: 'API base URL',
      description: /This is no Freenom API\./,
    });
    expect(document.activeElement).toBe(field);
  });
});
