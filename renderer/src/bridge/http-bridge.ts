import {
  buildDnsTrayApi,
  channelNames,
  DnsTrayError,
  type ApiError,
  type DnsTrayApi,
  type EventName,
  type WireEvent,
} from '../../../shared/contract/index.js';

type Reply = { ok: true; result: unknown } | { ok: false; error: ApiError };

/**
 * window.dnsTray for the headless shell: one POST per channel, Server-Sent Events for events.
 * The token lives in an HttpOnly cookie the server set, so it never appears here.
 */
export function createHttpBridge(base = ''): DnsTrayApi {
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

  return buildDnsTrayApi(
    channelNames,
    async (channel, request) => {
      const response = await fetch(`${base}api/invoke/${encodeURIComponent(channel)}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ request }),
      });
      const reply = (await response.json().catch(() => null)) as Reply | null;
      if (!reply)
        throw new DnsTrayError({ code: 'failed', message: `the app answered ${response.status}` });
      if (!reply.ok) throw new DnsTrayError(reply.error);
      return reply.result;
    },
    (event, listener) => {
      ensureStream();
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
  );
}
