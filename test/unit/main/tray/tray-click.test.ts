import { describe, expect, it } from 'vitest';
import { trayClickBehaviour } from '../../../../electron/main/tray/tray-click.js';

describe('a click on the tray icon', () => {
  it('win32: a left click opens Hosts (the right click shows the menu)', () => {
    expect(trayClickBehaviour('win32')).toEqual({ opens: 'hosts' });
  });

  it('darwin: only shows the menu, never a window on mouse-down', () => {
    expect(trayClickBehaviour('darwin')).toEqual({ opens: null });
  });

  it('linux: the menu is the click (AppIndicator emits no click)', () => {
    expect(trayClickBehaviour('linux')).toEqual({ opens: null });
  });
});
