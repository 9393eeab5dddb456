import {
  createBridge,
  type DnsTrayApi,
  type EventName,
  type Reply,
  type WireEvent,
} from '../../../shared/contract/index.js';

/**
 * window.dnsTray for the headless shell: one POST per channel, Server-Sent Events for events.
 * The token lives in an HttpOnly cookie the server set, so it never appears here. The body is
 * the same Reply envelope the Electron shell sends; an unreadable one becomes a failure.
 */
export function createHttpBridge(base = '', send: typeof fetch = fetch): DnsTrayApi {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let source: EventSource | null = null;

  const ensureStream = (): void => {
    if (source) return;
    source = new EventSource(`${base}api/events`);
    source.onmessage = (message: MessageEvent<string>) => {
      const event = JSON.parse(message.data) as WireEvent;
      for (const listener of listeners.get(event.name) ?? []) listener(event.payload);
    };
  };

  return createBridge({
    async invoke(channel, request) {
      const response = await send(`${base}api/invoke/${encodeURIComponent(channel)}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ request }),
      });
      const unreadable: Reply = {
        ok: false,
        error: { code: 'failed', message: `the app answered ${response.status}` },
      };
      return ((await response.json().catch(() => null)) as unknown) ?? unreadable;
    },
    on(event, listener) {
      ensureStream();
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
      return () => void set.delete(listener);
    },
  });
}
