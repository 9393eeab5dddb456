import { clipboard } from 'electron';
import type { CoreStatus } from '../../../shared/engine/core-status.js';
import { projectStatus } from '../../../shared/engine/status-projection.js';
import type { CoreEvents } from '../../core/core-events.js';
import type { Clock } from '../../core/ports.js';
import type { CoreInvoke } from '../app/shell-settings.js';
import type { StartAtLogin } from '../login/start-at-login.js';
import { createTrayActions } from './tray-actions.js';
import { trayClickBehaviour } from './tray-click.js';
import { TrayService } from './tray-service.js';
import type { WindowKind } from '../windows/window-kinds.js';

export interface TraySetupDeps {
  invoke: CoreInvoke;
  events: CoreEvents;
  clock: Clock;
  iconsDir: string;
  startAtLogin: Pick<StartAtLogin, 'isEnabled'>;
  setStartAtLogin(enabled: boolean): void;
  openWindow(kind: WindowKind): void;
  quit(): void;
}

export interface TraySetup {
  tray: TrayService;
  /** Stops rendering core events (first thing when quitting, before the core stops). */
  unsubscribe(): void;
}

/** Creates the tray and keeps it rendered from the core's status (`status:get`, then events). */
export function setupTray(deps: TraySetupDeps): TraySetup {
  const opens = trayClickBehaviour(process.platform).opens;
  const tray: TrayService = new TrayService({
    iconsDir: deps.iconsDir,
    platform: process.platform,
    clock: deps.clock,
    startAtLogin: () => deps.startAtLogin.isEnabled(),
    onClick: opens ? () => deps.openWindow(opens) : null,
    actions: createTrayActions({
      invoke: deps.invoke,
      openWindow: deps.openWindow,
      setStartAtLogin: deps.setStartAtLogin,
      copy: (text) => clipboard.writeText(text),
      refresh: () => tray.refresh(),
      quit: deps.quit,
      onError: (message) => console.error(`dnstray tray: ${message}`),
    }),
  });
  // The core runs in this process and builds its status itself: no parse needed here.
  const render = (status: CoreStatus): void => tray.render(projectStatus(status));
  void deps
    .invoke('status:get', undefined)
    .then((reply) => reply.ok && render(reply.result as CoreStatus));
  const unsubscribe = deps.events.subscribe((event) => {
    if (event.name === 'status:changed') render(event.payload);
  });
  return { tray, unsubscribe };
}
