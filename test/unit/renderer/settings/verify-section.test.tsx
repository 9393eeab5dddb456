import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SettingsSchema, type Settings } from '../../../../shared/settings/settings-schema.js';
import {
  VerifySection,
  type RecordAnswersView,
} from '../../../../renderer/src/settings/verify-section.js';

const settings = SettingsSchema.parse({ version: 2 });
const input = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;

function renderSection(onAsk?: () => Promise<RecordAnswersView[]>) {
  const onSave = vi.fn(async (_patch: Pick<Settings, 'engine'>) => undefined);
  render(<VerifySection settings={settings} onSave={onSave} onAsk={onAsk} />);
  return onSave;
}

describe('VerifySection', () => {
  it('names a bad interval and a bad nameserver on their fields, and saves nothing', async () => {
    const onSave = renderSection();
    const user = userEvent.setup();
    await user.clear(input('Check every (minutes)'));
    await user.type(input('Check every (minutes)'), '0');
    await user.type(input('Nameservers to ask'), 'ns1.example, bad host!');
    await user.click(screen.getByRole('button', { name: 'Save DNS checking' }));

    expect(
      screen
        .getByRole('textbox', {
          name: 'Check every (minutes)',
          description: /Check every 1 to 1440 minutes\./,
        })
        .getAttribute('aria-invalid'),
    ).toBe('true');
    expect(
      screen
        .getByRole('textbox', { name: 'Nameservers to ask', description: /is not a host name/ })
        .getAttribute('aria-invalid'),
    ).toBe('true');
    expect(input('Grace period after an update (minutes)').getAttribute('aria-invalid')).toBe(
      'false',
    );
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves the list of nameservers split on commas and spaces', async () => {
    const onSave = renderSection();
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: 'Check published records' }));
    await user.type(input('Nameservers to ask'), '127.0.0.1:5353,  [[::1]:53');
    await user.click(screen.getByRole('button', { name: 'Save DNS checking' }));
    expect(onSave).toHaveBeenCalledWith({
      engine: {
        ...settings.engine,
        verify: {
          ...settings.engine.verify,
          enabled: false,
          nameservers: ['127.0.0.1:5353', '[::1]:53'],
        },
      },
    });
    expect(await screen.findByText('DNS checking saved.')).toBeTruthy();
  });

  it('offers "Ask the nameservers" only when the app can ask them', async () => {
    renderSection();
    expect(screen.queryByRole('button', { name: 'Ask the nameservers' })).toBeNull();
  });

  it('shows what each nameserver answered for each record', async () => {
    renderSection(async () => [
      {
        host: 'home',
        record: 'A',
        answers: [
          { server: 'ns1', outcome: 'answer', detail: '203.0.113.7' },
          { server: 'ns2', outcome: 'timeout', detail: 'no answer in 2 s' },
        ],
      } as unknown as RecordAnswersView,
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Ask the nameservers' }));
    const table = await screen.findByRole('table', { name: 'What each nameserver answered' });
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual(['home Ans1answer 203.0.113.7', 'home Ans2timeout no answer in 2 s']);
  });

  it('says when the nameservers could not be asked', async () => {
    renderSection(async () => Promise.reject(new Error('no records')));
    await userEvent.click(screen.getByRole('button', { name: 'Ask the nameservers' }));
    expect(await screen.findByText('The nameservers could not be asked: no records')).toBeTruthy();
  });
});
