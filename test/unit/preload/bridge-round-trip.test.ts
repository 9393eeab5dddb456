import type { ContextBridge, IpcRenderer, IpcRendererEvent } from 'electron';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DnsTrayApi } from '../../../shared/contract/index.js';
import { createCore, type Core } from '../../../electron/core/create-core.js';
import { startHeadlessServer, type HeadlessServer } from '../../../electron/headless/server.js';
import { registerIpc, type IpcMainLike } from '../../../electron/main/ipc/ipc.js';
import { fieldErrorsOf } from '../../../renderer/src/settings/field-errors.js';

/**
 * The renderer must get the same error, with its fields, from both shells: through the real
 * preload over IPC (Electron replaced by doubles typed against electron.d.ts) and through the
 * HTTP bridge against the real headless server. Both end at the same core.
 */
const token = 'bridge-token-0123456789abcdefghijklmnopqrstu';
const INDEX_URL = 'file:///app/dist/index.html';
const world: Record<string, unknown> = {};
const mainHandlers = new Map<string, (event: never, payload: unknown) => unknown>();
const eventListeners = new Set<(event: IpcRendererEvent, ...args: unknown[]) => void>();

const ipcRendererDouble: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'> = {
  invoke: async (channel: string, ...args: unknown[]) => {
    const frame = { url: INDEX_URL };
    const event = { sender: { id: 7, mainFrame: frame }, senderFrame: frame };
    // Like Electron, the reply crosses a process boundary: only plain data survives.
    return structuredClone(await mainHandlers.get(channel)!(event as never, args[0]));
  },
  on(channel, listener) {
    eventListeners.add(listener as never);
    return ipcRendererDouble as IpcRenderer;
  },
  removeListener(channel, listener) {
    eventListeners.delete(listener as never);
    return ipcRendererDouble as IpcRenderer;
  },
};
const contextBridgeDouble: Pick<ContextBridge, 'exposeInMainWorld'> = {
  exposeInMainWorld: (key, api) => void (world[key] = api),
};
vi.mock('electron', () => ({ ipcRenderer: ipcRendererDouble, contextBridge: contextBridgeDouble }));

let core: Core;
let server: HeadlessServer;
let viaIpc: DnsTrayApi;
let viaHttp: DnsTrayApi;

beforeAll(async () => {
  core = createCore({
    app: { name: 'dnstray', productName: 'DNS Tray', version: '1.2.3', shell: 'electron' },
  });
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => mainHandlers.set(channel, listener),
    removeHandler: (channel) => mainHandlers.delete(channel),
  };
  registerIpc({
    ipcMain,
    core,
    ownContentsIds: () => new Set([7]),
    indexUrl: INDEX_URL,
    eventTargets: () => [],
  });
  // The preload runs as in Electron and exposes its API; the renderer then picks it up.
  await import('../../../electron/preload/preload.js');
  (globalThis as { window?: unknown }).window = world;
  viaIpc = (await import('../../../renderer/src/bridge/dns-tray.js')).dnsTray;

  const rendererDir = mkdtempSync(path.join(os.tmpdir(), 'dnstray-bridge-'));
  server = await startHeadlessServer({ core, port: 0, token, rendererDir });
  const { createHttpBridge } = await import('../../../renderer/src/bridge/http-bridge.js');
  viaHttp = createHttpBridge(`http://127.0.0.1:${server.port}/`, (url, init) =>
    fetch(url, { ...init, headers: { ...init?.headers, authorization: `Bearer ${token}` } }),
  );
});

afterAll(async () => {
  await server.close();
  delete (globalThis as { window?: unknown }).window;
});

/** What a form sees of a failed call: the thrown error's shape and the fields it names. */
async function refusalSeenBy(api: DnsTrayApi, call: (api: DnsTrayApi) => Promise<unknown>) {
  const error: unknown = await call(api).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  const typed = error as { name?: string; code?: string; field?: string; message?: string };
  return {
    name: typed?.name,
    code: typed?.code,
    field: typed?.field,
    message: typed?.message,
    fields: fieldErrorsOf(error),
  };
}

describe('both shells hand the renderer the same typed error', () => {
  it('answers a call that succeeds with the same result', async () => {
    expect(await viaIpc.app.getVersion()).toEqual(await viaHttp.app.getVersion());
    expect((await viaIpc.app.getVersion()).version).toBe('1.2.3');
  });

  it('puts a refused settings change on each of its fields, in Electron as in a browser', async () => {
    const bad = (api: DnsTrayApi) =>
      api.settings.update({ patch: { engine: { agreement: 0, pollSeconds: 1 } } });
    const ipc = await refusalSeenBy(viaIpc, bad);
    expect(ipc).toMatchObject({ name: 'DnsTrayError', code: 'invalid-input' });
    expect(Object.keys(ipc.fields).sort()).toEqual(['agreement', 'pollSeconds']);
    expect(await refusalSeenBy(viaHttp, bad)).toEqual(ipc);
  });

  it('names the field of a request the contract refuses', async () => {
    const bad = (api: DnsTrayApi) =>
      api.secrets.set({ service: 'freedns', accountId: 'home', secret: '' });
    const ipc = await refusalSeenBy(viaIpc, bad);
    expect(ipc).toMatchObject({ code: 'invalid-input', field: 'request.secret' });
    expect(Object.keys(ipc.fields)).toEqual(['secret']);
    expect(await refusalSeenBy(viaHttp, bad)).toEqual(ipc);
  });

  it('gives a failure its message and no field', async () => {
    const failing = (api: DnsTrayApi) =>
      api.secrets.set({ service: 'freedns', accountId: 'ghost', secret: 'pw' });
    const ipc = await refusalSeenBy(viaIpc, failing);
    expect(ipc).toMatchObject({ name: 'DnsTrayError', field: undefined, fields: {} });
    expect(ipc.message).toMatch(/ghost/);
    expect(await refusalSeenBy(viaHttp, failing)).toEqual(ipc);
  });
});
