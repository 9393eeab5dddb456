import type { ChannelName, ChannelRequest, ChannelResponse } from './channels.js';
import { decodeReply } from './errors.js';
import type { EventName, EventPayload } from './events.js';
import { CHANNEL_NAMES } from './names.js';

type Namespace<K> = K extends `${infer NS}:${string}` ? NS : never;
type Method<K, NS extends string> = K extends `${NS}:${infer M}` ? M : never;

/** What a call resolves to: a refusal (`{ ok: false, errors }`) is thrown as DnsTrayError. */
export type Accepted<T> = Exclude<T, { ok: false }>;

/** `app:getVersion` becomes `dnsTray.app.getVersion()`. */
export type ApiCall<K extends ChannelName> =
  undefined extends ChannelRequest<K>
    ? (request?: ChannelRequest<K>) => Promise<Accepted<ChannelResponse<K>>>
    : (request: ChannelRequest<K>) => Promise<Accepted<ChannelResponse<K>>>;

export type DnsTrayCalls = {
  [NS in Namespace<ChannelName>]: {
    [K in ChannelName as Method<K, NS>]: ApiCall<K>;
  };
};

export type Unsubscribe = () => void;

/** What `window.dnsTray` is, in Electron (preload) and in the browser (HTTP bridge) alike. */
export type DnsTrayApi = DnsTrayCalls & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): Unsubscribe;
};

/** The transport both bridges share: send one channel's request, get its response. */
export type Invoke = <K extends ChannelName>(
  channel: K,
  request: ChannelRequest<K>,
) => Promise<Accepted<ChannelResponse<K>>>;

/** Splits `ns:method` into its parts; used to build the API object from the channel list. */
export function splitChannel(channel: string): { namespace: string; method: string } {
  const at = channel.indexOf(':');
  return { namespace: channel.slice(0, at), method: channel.slice(at + 1) };
}

/**
 * Builds the `window.dnsTray` object from the channel list and a transport, so the preload and
 * the HTTP bridge cannot drift apart.
 */
export function buildDnsTrayApi(
  names: readonly ChannelName[],
  invoke: (channel: ChannelName, request: unknown) => Promise<unknown>,
  on: (event: EventName, listener: (payload: unknown) => void) => Unsubscribe,
): DnsTrayApi {
  const api: Record<string, Record<string, (request?: unknown) => Promise<unknown>>> = {};
  for (const name of names) {
    const { namespace, method } = splitChannel(name);
    api[namespace] ??= {};
    api[namespace][method] = (request?: unknown) => invoke(name, request);
  }
  return Object.freeze({ ...api, on }) as unknown as DnsTrayApi;
}

/**
 * What a shell hands the renderer: send one call and get its Reply envelope (`{ ok, result }`
 * or `{ ok: false, error }`), and listen to events. Plain data only, so it crosses Electron's
 * context bridge intact (a thrown Error would arrive with its message alone).
 */
export interface DnsTrayTransport {
  invoke(channel: ChannelName, request: unknown): Promise<unknown>;
  on(event: EventName, listener: (payload: unknown) => void): Unsubscribe;
}

/**
 * window.dnsTray from a transport: the one code path both shells share, so a refusal reaches
 * every form as the same DnsTrayError (code, field, every field) in Electron and in a browser.
 */
export function createBridge(transport: DnsTrayTransport): DnsTrayApi {
  return buildDnsTrayApi(
    CHANNEL_NAMES,
    async (channel, request) => decodeReply(await transport.invoke(channel, request)),
    (event, listener) => transport.on(event, listener),
  );
}
