import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DomainActions } from '../../../../renderer/src/domains/domain-actions.js';
import { deferred } from '../support/deferred.js';
import {
  coreDouble,
  detailsOf,
  renderWithCore,
  summaryOf,
} from '../support/domains-core-double.js';

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
