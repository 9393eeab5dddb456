import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SettingsSchema, type Settings } from '../../../../shared/settings/settings-schema.js';
import { IpDetectionSection } from '../../../../renderer/src/settings/ip-detection-section.js';
import type { FamilyCheckView } from '../../../../renderer/src/settings/source-doctor.js';

const settings = SettingsSchema.parse({ version: 2 });
const input = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;

function renderSection(onSave = vi.fn(async (_patch: Pick<Settings, 'engine'>) => undefined)) {
  const onCheckSources = vi.fn(async (): Promise<FamilyCheckView[]> => []);
  render(
    <IpDetectionSection settings={settings} onSave={onSave} onCheckSources={onCheckSources} />,
  );
  return { onSave, onCheckSources };
}

describe('IpDetectionSection', () => {
  it('names each number that is not a whole number on its own field, and saves nothing', async () => {
    const { onSave } = renderSection();
    const user = userEvent.setup();
    await user.clear(input('Poll interval (seconds)'));
    await user.type(input('Poll interval (seconds)'), 'soon');
    await user.click(screen.getByRole('button', { name: 'Save IP detection' }));

    const poll = input('Poll interval (seconds)');
    expect(poll.getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getByRole('textbox', {
        name: 'Poll interval (seconds)',
        description: /Enter a whole number\./,
      }),
    ).toBe(poll);
    expect(input('Stability checks').getAttribute('aria-invalid')).toBe('false');
    expect(screen.getByText('Nothing was saved: correct the fields marked.')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('refuses a number out of range with the schema saying why, beside the field', async () => {
    const { onSave } = renderSection();
    const user = userEvent.setup();
    await user.clear(input('Poll interval (seconds)'));
    await user.type(input('Poll interval (seconds)'), '5');
    await user.click(screen.getByRole('button', { name: 'Save IP detection' }));
    expect(input('Poll interval (seconds)').getAttribute('aria-invalid')).toBe('true');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('keeps at least one address family', async () => {
    const { onSave } = renderSection();
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: 'IPv4 (A records)' }));
    await user.click(screen.getByRole('checkbox', { name: 'IPv6 (AAAA records)' }));
    await user.click(screen.getByRole('button', { name: 'Save IP detection' }));
    const families = screen.getByRole('group', { name: 'Address families to keep' });
    expect(
      within(families).getByText('Keep at least one address family (IPv4 or IPv6).'),
    ).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves the numbers and families it shows, keeping the rest of the engine settings', async () => {
    const { onSave } = renderSection();
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: 'IPv6 (AAAA records)' }));
    await user.clear(input('Poll interval (seconds)'));
    await user.type(input('Poll interval (seconds)'), ' 120 ');
    await user.click(screen.getByRole('button', { name: 'Save IP detection' }));
    expect(onSave).toHaveBeenCalledWith({
      engine: { ...settings.engine, families: ['ipv4'], pollSeconds: 120 },
    });
    expect(await screen.findByText('IP detection saved.')).toBeTruthy();
  });

  it('shows the field the core refused beside it', async () => {
    const refusal = Object.assign(new Error('engine.agreement: only 1 IPv4 source is enabled'), {
      errors: [{ field: 'engine.agreement', message: 'only 1 IPv4 source is enabled' }],
    });
    renderSection(vi.fn(async () => Promise.reject(refusal)));
    await userEvent.click(screen.getByRole('button', { name: 'Save IP detection' }));
    expect(
      await screen.findByRole('textbox', {
        name: 'Sources that must agree',
        description: /only 1 IPv4 source is enabled/,
      }),
    ).toBeTruthy();
  });

  it('asks every source on "Check sources" and shows who agreed', async () => {
    const { onCheckSources } = renderSection();
    onCheckSources.mockResolvedValueOnce([
      {
        family: 'ipv4',
        accepted: '203.0.113.7',
        verdict: '2 of 3 agree',
        sources: [
          {
            family: 'ipv4',
            source: 'ipify',
            answer: '203.0.113.7',
            error: null,
            latencyMs: 41.6,
            agreed: true,
          },
          {
            family: 'ipv4',
            source: 'liar',
            answer: '198.51.100.1',
            error: null,
            latencyMs: 12,
            agreed: false,
          },
          {
            family: 'ipv4',
            source: 'down',
            answer: null,
            error: 'timed out',
            latencyMs: null,
            agreed: false,
          },
        ],
      },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Check sources' }));
    const table = await screen.findByRole('table', { name: 'IPv4 sources and their answers' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'ipify203.0.113.742 msagrees',
      'liar198.51.100.112 msdisagrees',
      'downtimed out—no answer',
    ]);
    expect(screen.getByText('203.0.113.7 (2 of 3 agree)')).toBeTruthy();
  });

  it('says so when the check itself fails', async () => {
    const { onCheckSources } = renderSection();
    onCheckSources.mockRejectedValueOnce(new Error('core is busy'));
    await userEvent.click(screen.getByRole('button', { name: 'Check sources' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The check failed: core is busy');
  });
});
