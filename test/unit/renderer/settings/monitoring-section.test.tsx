import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SettingsSchema, type Settings } from '../../../../shared/settings/settings-schema.js';
import { MonitoringSection } from '../../../../renderer/src/settings/monitoring-section.js';

const input = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;

function renderSection(
  monitoring: object = {},
  onSave = vi.fn(async (_patch: Pick<Settings, 'monitoring'>) => undefined),
) {
  const settings = SettingsSchema.parse({ version: 2, monitoring });
  const onLoadDeliveries = vi.fn(async () => [
    {
      target: 'heartbeat',
      state: 'failed' as const,
      at: '2026-01-02T03:04:05Z',
      detail: 'Heartbeat failed: 503',
    },
    { target: 'hook', state: 'ok' as const, at: null, detail: 'Delivered.' },
  ]);
  const onExportDiagnostics = vi.fn(async () => ({ fileName: 'diag.json', text: '{}' }));
  render(
    <MonitoringSection
      settings={settings}
      onSave={onSave}
      onExportDiagnostics={onExportDiagnostics}
      onLoadDeliveries={onLoadDeliveries}
    />,
  );
  return { onSave, onExportDiagnostics };
}

describe('MonitoringSection', () => {
  it('shows a failed delivery, and only the failed ones', async () => {
    renderSection();
    expect(
      (await screen.findByText('Heartbeat failed: 503 (2026-01-02T03:04:05Z)')).getAttribute(
        'role',
      ),
    ).toBe('alert');
    expect(screen.queryByText(/Delivered/)).toBeNull();
  });

  it('names a bad heartbeat URL and a relative token path on their fields, and saves nothing', async () => {
    const { onSave } = renderSection();
    const user = userEvent.setup();
    await user.type(input('Heartbeat URL'), 'ftp://nope');
    await user.type(input('Metrics token file'), 'token.txt');
    await user.click(screen.getByRole('button', { name: 'Save monitoring' }));
    expect(input('Heartbeat URL').getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getByRole('textbox', {
        name: 'Metrics token file',
        description: /Enter an absolute path/,
      }),
    ).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('adds a webhook with the id and URL typed, then empties those fields', async () => {
    const { onSave } = renderSection();
    const user = userEvent.setup();
    expect(screen.getByText('No webhook yet.')).toBeTruthy();
    await user.type(input('Webhook id'), 'ops');
    await user.type(input('Webhook URL'), 'https://hooks.example/ops');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Webhook format' }), 'ntfy');
    await user.click(screen.getByRole('button', { name: 'Save monitoring' }));
    expect(onSave.mock.calls[0]![0].monitoring.webhooks).toEqual([
      expect.objectContaining({ id: 'ops', url: 'https://hooks.example/ops', format: 'ntfy' }),
    ]);
    expect(await screen.findByText('Monitoring settings saved.')).toBeTruthy();
    expect(input('Webhook id').value).toBe('');
  });

  it('names a bad webhook id on the id field', async () => {
    const { onSave } = renderSection();
    const user = userEvent.setup();
    await user.type(input('Webhook id'), 'no spaces');
    await user.type(input('Webhook URL'), 'https://hooks.example/ops');
    await user.click(screen.getByRole('button', { name: 'Save monitoring' }));
    expect(
      screen.getByRole('textbox', { name: 'Webhook id', description: /Use 1-40 letters/ }),
    ).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('removes one webhook and keeps the others', async () => {
    const { onSave } = renderSection({
      webhooks: [
        { id: 'a', url: 'https://a.example/' },
        { id: 'b', url: 'https://b.example/' },
      ],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Remove webhook a' }));
    expect(onSave.mock.calls[0]![0].monitoring.webhooks.map((hook) => hook.id)).toEqual(['b']);
  });

  it('shows the core refusal beside the heartbeat field', async () => {
    const refusal = Object.assign(new Error('monitoring.heartbeat.url: not allowed'), {
      field: 'monitoring.heartbeat.url',
    });
    renderSection(
      {},
      vi.fn(async () => Promise.reject(refusal)),
    );
    const user = userEvent.setup();
    await user.type(input('Heartbeat URL'), 'https://hc.example/x');
    await user.click(screen.getByRole('button', { name: 'Save monitoring' }));
    expect(
      await screen.findByRole('textbox', { name: 'Heartbeat URL', description: /not allowed/ }),
    ).toBeTruthy();
    expect(screen.getByText('Not saved: monitoring.heartbeat.url: not allowed')).toBeTruthy();
  });

  it('says where the diagnostics went, or why they were not saved', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const { onExportDiagnostics } = renderSection();
    await userEvent.click(screen.getByRole('button', { name: 'Save diagnostics' }));
    expect(await screen.findByText('Saved diag.json (without passwords).')).toBeTruthy();
    onExportDiagnostics.mockRejectedValueOnce(new Error('disk full'));
    await userEvent.click(screen.getByRole('button', { name: 'Save diagnostics' }));
    expect(await screen.findByText('Diagnostics not saved: disk full')).toBeTruthy();
  });
});
