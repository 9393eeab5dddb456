import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { EchoSource } from '../../../../shared/engine/engine-settings.js';
import { SourcesEditor } from '../../../../renderer/src/settings/sources-editor.js';
import { deferred } from '../support/deferred.js';

const mine: EchoSource = {
  id: 'mine-ipv4',
  name: 'Mine',
  family: 'ipv4',
  url: 'https://echo.example/ip',
  format: 'plain',
  jsonField: 'ip',
  enabled: true,
};

describe('SourcesEditor', () => {
  it('names a bad URL on the URL field and saves nothing', async () => {
    const onSave = vi.fn(async () => undefined);
    render(<SourcesEditor sources={[mine]} onSave={onSave} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Source name' }), 'Home');
    await user.type(screen.getByRole('textbox', { name: 'Source URL' }), 'not a url');
    await user.click(screen.getByRole('button', { name: 'Add source' }));

    const url = screen.getByRole('textbox', { name: 'Source URL' });
    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect(url.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Source name' }).getAttribute('aria-invalid')).toBe(
      'false',
    );
    expect(screen.getByText('Nothing was saved: correct the fields marked.')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('asks for the JSON field only for JSON answers, and adds the source to the list', async () => {
    const onSave = vi.fn(async (_sources: EchoSource[]) => undefined);
    render(<SourcesEditor sources={[mine]} onSave={onSave} />);
    const user = userEvent.setup();
    expect(screen.queryByRole('textbox', { name: 'JSON field' })).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Answer format' }), 'JSON');
    await user.clear(screen.getByRole('textbox', { name: 'JSON field' }));
    await user.type(screen.getByRole('textbox', { name: 'JSON field' }), 'address');
    await user.type(screen.getByRole('textbox', { name: 'Source name' }), 'My JSON');
    await user.type(screen.getByRole('textbox', { name: 'Source URL' }), 'https://j.example/');
    await user.click(screen.getByRole('button', { name: 'Add source' }));

    expect(onSave).toHaveBeenCalledTimes(1);
    const saved = onSave.mock.calls[0]![0];
    expect(saved.map((s) => s.id)).toEqual(['mine-ipv4', 'my-json-ipv4']);
    expect(saved[1]).toMatchObject({ format: 'json', jsonField: 'address', enabled: true });
    expect(await screen.findByText('Added My JSON.')).toBeTruthy();
    // The form is empty again for the next one.
    expect((screen.getByRole('textbox', { name: 'Source name' }) as HTMLInputElement).value).toBe(
      '',
    );
  });

  it('starts from the built-in list and says so while none is configured', () => {
    render(<SourcesEditor sources={undefined} onSave={async () => undefined} />);
    expect(screen.getByText(/built-in echo services/)).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Configured echo sources' });
    expect(within(table).getAllByRole('checkbox').length).toBeGreaterThan(2);
  });

  it('switches a source off at once and back when the save is refused', async () => {
    const save = deferred();
    render(<SourcesEditor sources={[mine]} onSave={() => save.promise} />);
    const box = screen.getByRole('checkbox', { name: 'Use Mine (IPv4)' }) as HTMLInputElement;
    await userEvent.click(box);
    expect(box.checked).toBe(false);
    save.reject(new Error('engine.sources: agreement needs two sources'));
    expect(
      await screen.findByText('Nothing was saved: engine.sources: agreement needs two sources'),
    ).toBeTruthy();
    expect(box.checked).toBe(true);
  });

  it('removes a source only after the confirmation; Cancel keeps it', async () => {
    const onSave = vi.fn(async (_sources: EchoSource[]) => undefined);
    render(<SourcesEditor sources={[mine]} onSave={onSave} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Remove Mine (IPv4)' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove the source Mine?' });
    expect(within(dialog).getByText(/stops asking https:\/\/echo.example\/ip/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onSave).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Remove Mine (IPv4)' }));
    await user.click(screen.getByRole('button', { name: 'Remove source' }));
    expect(onSave).toHaveBeenCalledWith([]);
    expect(await screen.findByText('Removed Mine.')).toBeTruthy();
  });
});
