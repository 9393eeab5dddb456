import type { WireEvent } from '../../../shared/contract/index.js';
import { isOwnRendererUrl } from '../windows/window-options.js';

/**
 * Decides whether an IPC message comes from one of our windows showing our own bundle.
 * Pure: takes the facts Electron gives about the sender.
 */
export interface SenderFacts {
  frameUrl: string | undefined;
  isMainFrame: boolean;
  webContentsId: number;
}

export function isTrustedSender(
  sender: SenderFacts,
  ownWebContentsIds: ReadonlySet<number>,
  indexUrl: string,
): boolean {
  if (!sender.isMainFrame || !ownWebContentsIds.has(sender.webContentsId)) return false;
  if (!sender.frameUrl) return false;
  return isOwnRendererUrl(sender.frameUrl, indexUrl);
}

/**
 * The parts of an Electron IpcMainInvokeEvent the guard reads. Declared here so the
 * registration loop is tested with plain objects; Electron's event satisfies it.
 */
export interface InvokeEventFacts {
  sender: { id: number; mainFrame: unknown };
  senderFrame: { url: string } | null;
}

export function senderFactsOf(event: InvokeEventFacts): SenderFacts {
  const frame = event.senderFrame;
  return {
    frameUrl: frame?.url,
    isMainFrame: frame !== null && frame === event.sender.mainFrame,
    webContentsId: event.sender.id,
  };
}

export type EventSink = (event: WireEvent) => void;
