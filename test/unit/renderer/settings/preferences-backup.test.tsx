import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SettingsSchema } from '../../../../shared/settings/settings-schema.js';
import { BackupSection } from '../../../../renderer/src/settings/backup-section.js';
import { PreferencesSection } from '../../../../renderer/src/settings/preferences-section.js';
import { deferred } from '../support/deferred.js';

const settings = SettingsSchema.parse({ version: 2 });

describe('PreferencesSection', () => {
  it('saves a choice as soon as it is made', async () => {
    const onSave = vi.fn(async () => undefined);
    render(<PreferencesSection settings={settings} onSave={onSave} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: 'Start DNS Tray when I log in' }));
    expect(onSave).toHaveBeenLastCalledWith({
      startup: { ...settings.startup, openAtLogin: !settings.startup.openAtLogin },
    });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'Dark');
    expect(onSave).toHaveBeenLastCalledWith({ ui: { ...settings.ui, theme: 'dark' } });
  });

  it('puts a refused choice back and says why', async () => {
    const save = deferred();
    render(<PreferencesSection settings={settings} onSave={() => save.promise} />);
    const box = screen.getByRole('checkbox', {
      name: 'A domain is about to expire',
    }) as HTMLInputElement;
    const before = box.checked;
    await userEvent.click(box);
    expect(box.checked).toBe(!before);
    save.reject(new Error('settings are read-only'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Not saved: settings are read-only',
    );
    expect(box.checked).toBe(before);
  });
});

describe('BackupSection', () => {
  it('imports the chosen file and says passwords were not in it', async () => {
    const onImport = vi.fn(async (_json: string) => undefined);
    const { container } = render(<BackupSection onExport={async () => '{}'} onImport={onImport} />);
    const picker = container.querySelector('input[type=file]') as HTMLInputElement;
    await userEvent.upload(
      picker,
      new File(['{"version":2}'], 'backup.json', { type: 'application/json' }),
    );
    expect(onImport).toHaveBeenCalledWith('{"version":2}');
    expect(
      await screen.findByText('Imported backup.json. Passwords were not part of it.'),
    ).toBeTruthy();
  });

  it('says nothing was imported when the file is refused, with the field named', async () => {
    const { container } = render(
      <BackupSection
        onExport={async () => '{}'}
        onImport={async () => Promise.reject(new Error('engine.pollSeconds: too small'))}
      />,
    );
    const picker = container.querySelector('input[type=file]') as HTMLInputElement;
    await userEvent.upload(picker, new File(['{}'], 'bad.json', { type: 'application/json' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Nothing was imported: engine.pollSeconds: too small',
    );
  });

  it('reports an export that failed', async () => {
    render(
      <BackupSection
        onExport={async () => Promise.reject(new Error('core stopped'))}
        onImport={async () => undefined}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Export settings' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Export failed: core stopped');
  });
});
