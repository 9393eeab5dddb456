import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../../../shared/contract/domain-channels.js';
import { SearchPanel } from '../../../../renderer/src/domains/search-panel.js';
import { deferred } from '../support/deferred.js';
import { coreDouble, failure, renderWithCore } from '../support/domains-core-double.js';

const names = () => screen.getByRole('textbox', { name: 'Names' });
const searchButton = () => screen.getByRole('button', { name: /Search/ });

function result(domain: string, available = true): SearchResult {
  return {
    domain,
    type: 'PAID',
    available,
    prices: [{ period: '1Y', currency: 'USD', retailPrice: '9.95', partnerPrice: '8.00' }],
  };
}

describe('SearchPanel', () => {
  it.each([
    ['bad_name', 'bad_name.tk: Use letters, digits and hyphens only'],
    [`${'a'.repeat(64)}.tk`, `${'a'.repeat(64)}.tk: Use letters, digits and hyphens only`],
    ['bücher.tk', 'bücher.tk: Use letters, digits and hyphens only'],
  ])('names the bad name %s beside the Names field and asks nothing', async (typed, message) => {
    const { user, double } = renderWithCore(<SearchPanel />);
    await user.type(names(), typed);
    await user.click(searchButton());
    const field = screen.getByRole('textbox', { name: 'Names', description: new RegExp(message) });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect((field as HTMLTextAreaElement).value).toBe(typed);
    expect(double.domains.search).not.toHaveBeenCalled();
  });

  it('asks for a name when there is none, or no ending to try it with', async () => {
    const { user, double } = renderWithCore(<SearchPanel />);
    await user.click(searchButton());
    expect(
      screen.getByRole('textbox', {
        name: 'Names',
        description: /Enter at least one name, and choose an ending\./,
      }),
    ).toBeTruthy();
    await user.type(names(), 'shop');
    await user.click(screen.getByRole('checkbox', { name: '.tk' }));
    await user.click(screen.getByRole('checkbox', { name: '.com' }));
    await user.click(searchButton());
    expect(screen.getByRole('alert').textContent).toBe(
      'Enter at least one name, and choose an ending.',
    );
    expect(double.sent()).toEqual([]);
  });

  it('is busy while searching, shows progress, then the results with a Register link', async () => {
    const double = coreDouble();
    const answer = deferred<{ results: SearchResult[] }>();
    double.domains.search.mockReturnValueOnce(answer.promise);
    const { user } = renderWithCore(<SearchPanel />, double);
    await user.type(names(), 'shop');
    await user.click(searchButton());
    expect((searchButton() as HTMLButtonElement).disabled).toBe(true);
    await user.click(searchButton());
    expect(double.domains.search).toHaveBeenCalledTimes(1);
    expect(double.domains.search).toHaveBeenCalledWith({
      names: ['shop.tk', 'shop.com'],
      type: 'PAID',
    });
    expect(screen.getByRole('progressbar')).toBeTruthy();
    expect(screen.getByText('Checked 0 of 2')).toBeTruthy();

    answer.resolve({ results: [result('shop.tk'), result('shop.com', false)] });
    const table = await screen.findByRole('table', { name: 'Search results' });
    expect((searchButton() as HTMLButtonElement).disabled).toBe(false);
    expect(within(table).getByRole('link', { name: 'Register shop.tk' })).toBeTruthy();
    expect(within(table).queryByRole('link', { name: 'Register shop.com' })).toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it("shows Freenom's failure and keeps the names typed", async () => {
    const double = coreDouble();
    double.domains.search.mockRejectedValueOnce(failure('Freenom is not answering.'));
    const { user } = renderWithCore(<SearchPanel />, double);
    await user.type(names(), 'shop demo.ml');
    await user.click(searchButton());
    expect((await screen.findByRole('alert')).textContent).toBe('Freenom is not answering.');
    expect((names() as HTMLTextAreaElement).value).toBe('shop demo.ml');
  });

  it('reaches every control with Tab and searches with Enter on the button', async () => {
    const double = coreDouble();
    double.domains.search.mockResolvedValue({ results: [] });
    const { user } = renderWithCore(<SearchPanel />, double);
    await user.type(names(), 'shop.tk');
    const reached = [];
    for (let i = 0; i < 10; i += 1) {
      await user.tab();
      reached.push(document.activeElement);
    }
    expect(reached).toEqual([
      ...['.tk', '.ml', '.ga', '.cf', '.gq', '.com', '.net', '.org'].map((tld) =>
        screen.getByRole('checkbox', { name: tld }),
      ),
      screen.getByRole('combobox', { name: 'Type' }),
      searchButton(),
    ]);
    await user.keyboard('{Enter}');
    expect(double.domains.search).toHaveBeenCalledWith({ names: ['shop.tk'], type: 'PAID' });
  });
});
