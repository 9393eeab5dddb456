import { ipcMain, webContents, type IpcMainInvokeEvent } from 'electron';
import { channelNames, IPC_EVENT_CHANNEL, type WireEvent } from '../../shared/contract/index.js';
import type { Core } from '../core/create-core.js';
import { dispatch } from '../core/dispatch.js';
import { isTrustedSender } from './ipc-guard.js';

/**
 * Registers one handler per contract channel. The sender is checked and the payload parsed
 * (inside dispatch) before the core sees anything.
 */
export function registerIpc(
  core: Core,
  ownWebContentsIds: ReadonlySet<number>,
  indexUrl: string,
): () => void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, payload: unknown) => {
      const frame = event.senderFrame;
      const trusted = isTrustedSender(
        {
          frameUrl: frame?.url,
          isMainFrame: frame !== null && frame === event.sender.mainFrame,
          webContentsId: event.sender.id,
        },
        ownWebContentsIds,
        indexUrl,
      );
      if (!trusted) return { ok: false, error: { code: 'forbidden', message: 'forbidden sender' } };
      return dispatch(core.handlers, channel, payload);
    });
  }
  const unsubscribe = core.events.subscribe((event: WireEvent) => {
    for (const id of ownWebContentsIds) webContents.fromId(id)?.send(IPC_EVENT_CHANNEL, event);
  });
  return () => {
    unsubscribe();
    for (const channel of channelNames) ipcMain.removeHandler(channel);
  };
}
