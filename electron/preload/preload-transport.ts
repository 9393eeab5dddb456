import type { IpcRenderer, IpcRendererEvent } from 'electron';
import type { DnsTrayTransport } from '../../shared/contract/api.js';
import type { Reply } from '../../shared/contract/errors.js';
import type { WireEvent } from '../../shared/contract/events.js';
import { CHANNEL_NAMES, EVENT_NAMES, IPC_EVENT_CHANNEL } from '../../shared/contract/names.js';

/** The part of ipcRenderer the preload uses; tests pass a double typed against electron.d.ts. */
export type PreloadIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

/**
 * What the preload exposes: contract channels and events only, nothing raw. Replies pass
 * through as the plain envelope main sent; the renderer decodes them (createBridge), because a
 * thrown Error would cross the context bridge with its message alone and lose the field.
 */
export function createPreloadTransport(ipc: PreloadIpc): DnsTrayTransport {
  const channels = new Set<string>(CHANNEL_NAMES);
  const events = new Set<string>(EVENT_NAMES);
  return {
    async invoke(channel, request) {
      if (!channels.has(channel)) {
        const reply: Reply = {
          ok: false,
          error: { code: 'unknown-channel', message: `unknown channel "${String(channel)}"` },
        };
        return reply;
      }
      return (await ipc.invoke(channel, request)) as unknown;
    },
    on(event, listener) {
      if (!events.has(event)) return () => undefined;
      const handler = (_: IpcRendererEvent, wire: WireEvent): void => {
        if (wire.name === event) listener(wire.payload);
      };
      ipc.on(IPC_EVENT_CHANNEL, handler);
      return () => void ipc.removeListener(IPC_EVENT_CHANNEL, handler);
    },
  };
}
