import { contextBridge, ipcRenderer } from 'electron';
import { buildDnsTrayApi } from '../../shared/contract/api.js';
import type { ApiError } from '../../shared/contract/errors.js';
import type { WireEvent } from '../../shared/contract/events.js';
import { CHANNEL_NAMES, IPC_EVENT_CHANNEL } from '../../shared/contract/names.js';

type Reply = { ok: true; result: unknown } | { ok: false; error: ApiError };

/** Exposes window.dnsTray: one function per contract channel and `on`, nothing raw. */
const api = buildDnsTrayApi(
  CHANNEL_NAMES,
  async (channel, request) => {
    const reply = (await ipcRenderer.invoke(channel, request)) as Reply;
    // Only an Error's message crosses the context bridge; it already names the field.
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.result;
  },
  (event, listener) => {
    const handler = (_: unknown, wire: WireEvent): void => {
      if (wire.name === event) listener(wire.payload);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, handler);
    return () => ipcRenderer.removeListener(IPC_EVENT_CHANNEL, handler);
  },
);

contextBridge.exposeInMainWorld('dnsTray', api);
