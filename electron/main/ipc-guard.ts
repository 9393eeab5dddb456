import type { WireEvent } from '../../shared/contract/index.js';

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
  try {
    const url = new URL(sender.frameUrl);
    return url.protocol === 'file:' && url.pathname === new URL(indexUrl).pathname;
  } catch {
    return false;
  }
}

export type EventSink = (event: WireEvent) => void;
