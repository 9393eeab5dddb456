import { describe, expect, it, vi } from 'vitest';
import { buildTrayMenuTemplate } from '../../../electron/main/tray-menu.js';

describe('tray menu', () => {
  it('offers Open DNS Tray and Quit, wired to their actions', () => {
    const actions = { openMain: vi.fn(), quit: vi.fn() };
    const menu = buildTrayMenuTemplate(actions);
    const labels = menu.filter((item) => item.label).map((item) => item.label);
    expect(labels).toEqual(['Open DNS Tray', 'Quit']);
    const click = (label: string) =>
      (menu.find((item) => item.label === label)!.click as () => void)();
    click('Open DNS Tray');
    expect(actions.openMain).toHaveBeenCalledOnce();
    click('Quit');
    expect(actions.quit).toHaveBeenCalledOnce();
  });
});
