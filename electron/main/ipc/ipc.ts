import {
  channelNames,
  IPC_EVENT_CHANNEL,
  type ApiError,
  type WireEvent,
} from '../../../shared/contract/index.js';
import type { Core } from '../../core/create-core.js';
import { dispatch, type DispatchResult } from '../../core/dispatch.js';
import { isTrustedSender, senderFactsOf } from './ipc-guard.js';

/**
 * The part of Electron's ipcMain this module uses, typed against electron.d.ts; injected so
 * tests need no Electron, and a double that strays from Electron's shape fails to compile.
 */
export type IpcMainLike = Pick<Electron.IpcMain, 'handle' | 'removeHandler'>;

/** Something an event can be pushed to: a window's web contents. */
export interface EventReceiver {
  send(channel: string, event: WireEvent): void;
}

export interface IpcDeps {
  ipcMain: IpcMainLike;
  core: Pick<Core, 'handlers' | 'events'>;
  /** Web contents ids of our open windows, read on every message (windows come and go). */
  ownContentsIds(): ReadonlySet<number>;
  indexUrl: string;
  /** The web contents of our open windows, for pushing core events. */
  eventTargets(): Iterable<EventReceiver>;
}

const FORBIDDEN: ApiError = { code: 'forbidden', message: 'forbidden sender' };

/**
 * Registers one handler per contract channel. The sender is checked first, then dispatch
 * parses the payload with the channel's schema; the core sees neither an unknown sender nor an
 * unparsed payload. Returns a function that undoes the registration.
 */
export function registerIpc(deps: IpcDeps): () => void {
  for (const channel of channelNames) {
    deps.ipcMain.handle(
      channel,
      (event, payload: unknown): Promise<DispatchResult> | DispatchResult => {
        const sender = senderFactsOf(event);
        if (!isTrustedSender(sender, deps.ownContentsIds(), deps.indexUrl)) {
          return { ok: false, error: FORBIDDEN };
        }
        return dispatch(deps.core.handlers, channel, payload);
      },
    );
  }
  const unsubscribe = deps.core.events.subscribe((event) => {
    for (const target of deps.eventTargets()) target.send(IPC_EVENT_CHANNEL, event);
  });
  return () => {
    unsubscribe();
    for (const channel of channelNames) deps.ipcMain.removeHandler(channel);
  };
}
