// The parts of undici the product uses, imported one file each: undici's index also loads
// fetch, WebSocket, the cache and mock agents, about 14 MiB resident the headless shell never
// needs (bench headless.parts). Types still come from 'undici'.
import type { Agent as AgentType, Dispatcher } from 'undici';
// @ts-expect-error undici ships no declarations for its lib files
import AgentImpl from 'undici/lib/dispatcher/agent.js';
// @ts-expect-error undici ships no declarations for its lib files
import requestImpl from 'undici/lib/api/api-request.js';
// @ts-expect-error undici ships no declarations for its lib files
import redirectImpl from 'undici/lib/interceptor/redirect.js';
// @ts-expect-error undici ships no declarations for its lib files
import globalImpl from 'undici/lib/global.js';

export const Agent = AgentImpl as typeof AgentType;
export type Agent = AgentType;

export function getGlobalDispatcher(): Dispatcher {
  return (globalImpl as { getGlobalDispatcher: () => Dispatcher }).getGlobalDispatcher();
}

export const redirectInterceptor = redirectImpl as (options: {
  maxRedirections: number;
}) => Dispatcher.DispatcherComposeInterceptor;

/** undici's `request(url, options)`: the URL split into origin and path, sent on `dispatcher`. */
export function request(
  url: string | URL,
  options: Omit<Dispatcher.RequestOptions, 'origin' | 'path'> & { dispatcher?: Dispatcher },
): Promise<Dispatcher.ResponseData> {
  const parsed = new URL(url);
  const { dispatcher = getGlobalDispatcher(), ...rest } = options;
  const opts = {
    ...rest,
    origin: parsed.origin,
    path: parsed.search ? `${parsed.pathname}${parsed.search}` : parsed.pathname,
  };
  return (
    requestImpl as (this: Dispatcher, o: typeof opts) => Promise<Dispatcher.ResponseData>
  ).call(dispatcher, opts);
}
