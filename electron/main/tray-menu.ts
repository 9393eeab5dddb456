import type { MenuItemConstructorOptions } from 'electron';

export interface TrayMenuActions {
  openMain(): void;
  quit(): void;
}

/** The tray menu as a pure function of what the app knows, so it is tested without Electron. */
export function buildTrayMenuTemplate(actions: TrayMenuActions): MenuItemConstructorOptions[] {
  return [
    { label: 'Open DNS Tray', click: () => actions.openMain() },
    { type: 'separator' },
    { label: 'Quit', role: 'quit', click: () => actions.quit() },
  ];
}
