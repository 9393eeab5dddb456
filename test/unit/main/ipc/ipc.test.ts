import { describe, expect, it } from 'vitest';
import {
  channelNames,
  IPC_EVENT_CHANNEL,
  type WireEvent,
} from '../../../../shared/contract/index.js';
import { createCore } from '../../../../electron/core/create-core.js';
import type { InvokeEventFacts } from '../../../../electron/main/ipc/ipc-guard.js';
import { registerIpc, type IpcMainLike } from '../../../../electron/main/ipc/ipc.js';

const indexUrl = 'file:///opt/dnstray/resources/app.asar/dist/index.html';
type Listener = Parameters<IpcMainLike['handle']>[1];

/** An ipcMain-shaped registry (typed against electron.d.ts): what registerIpc gets instead. */
class HandlerTable implements IpcMainLike {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** Calls the handler with only the facts the guard reads, standing in for Electron's event. */
  invoke(channel: string, event: InvokeEventFacts, payload?: unknown): Promise<unknown> {
    const electronEvent = event as unknown as Electron.IpcMainInvokeEvent;
    return Promise.resolve(this.handlers.get(channel)!(electronEvent, payload));
  }
}

function eventFrom(contentsId: number, url: string, mainFrame = true): InvokeEventFacts {
  const frame = { url };
  return { sender: { id: contentsId, mainFrame: mainFrame ? frame : { url } }, senderFrame: frame };
}

function setup() {
  const ipcMain = new HandlerTable();
  const core = createCore({
    app: { name: 'dnstray', productName: 'DNS Tray', version: '1.2.3', shell: 'electron' },
  });
  const sent: { channel: string; event: WireEvent }[] = [];
  const unregister = registerIpc({
    ipcMain,
    core,
    ownContentsIds: () => new Set([7]),
    indexUrl,
    eventTargets: () => [{ send: (channel, event) => sent.push({ channel, event }) }],
  });
  return { ipcMain, core, sent, unregister };
}

describe('IPC registration', () => {
  it('registers one handler per contract channel and removes them all again', () => {
    const { ipcMain, unregister } = setup();
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...channelNames].sort());
    unregister();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('answers our own window through the core', async () => {
    const { ipcMain } = setup();
    const reply = await ipcMain.invoke('app:getVersion', eventFrom(7, `${indexUrl}#/settings`));
    expect(reply).toEqual({
      ok: true,
      result: { name: 'dnstray', productName: 'DNS Tray', version: '1.2.3', shell: 'electron' },
    });
  });

  it.each([
    ['another window', eventFrom(8, indexUrl)],
    ['a sub-frame of our window', eventFrom(7, indexUrl, false)],
    ['a remote page loaded in our window', eventFrom(7, 'https://evil.example/')],
    ['another local file', eventFrom(7, 'file:///tmp/evil.html')],
    ['a frame already gone', { sender: { id: 7, mainFrame: null }, senderFrame: null }],
  ])('refuses %s before the core or the parser runs', async (_name, event) => {
    const { ipcMain } = setup();
    const reply = await ipcMain.invoke('app:getVersion', event, { junk: true });
    expect(reply).toEqual({ ok: false, error: { code: 'forbidden', message: 'forbidden sender' } });
  });

  it('rejects a bad payload from a trusted window with a message naming the request', async () => {
    const { ipcMain } = setup();
    const reply = (await ipcMain.invoke('app:getVersion', eventFrom(7, indexUrl), {
      extra: 1,
    })) as { ok: boolean; error: { code: string; message: string } };
    expect(reply.ok).toBe(false);
    expect(reply.error.code).toBe('invalid-input');
    expect(reply.error.message).toMatch(/^request: /);
  });

  it('pushes core events to the open windows on the one event channel, until unregistered', () => {
    const { core, sent, unregister } = setup();
    core.events.emit('app:heartbeat', { at: '2026-11-23T09:00:00.000Z' });
    expect(sent).toEqual([
      {
        channel: IPC_EVENT_CHANNEL,
        event: { name: 'app:heartbeat', payload: { at: '2026-11-23T09:00:00.000Z' } },
      },
    ]);
    unregister();
    core.events.emit('app:heartbeat', { at: '2026-11-23T09:00:30.000Z' });
    expect(sent).toHaveLength(1);
  });
});
