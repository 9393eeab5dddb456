import type { Dispatcher } from 'undici';
import {
  getGlobalDispatcher as getDefaultDispatcher,
  redirectInterceptor,
  request,
} from './undici-parts.js';
import { systemClock, type Clock } from '../ports.js';

/**
 * One HTTP exchange with an overall deadline and a body cap, that never throws: it ends in a
 * response (any status, body decoded as UTF-8) or in a typed failure. The freedns.io and Freenom
 * clients, the echo sources, the router's SOAP call and the monitoring senders all go through it.
 */
export interface HttpRequest {
  url: string | URL;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  headers?: Record<string, string>;
  body?: string;
  /**
   * Tests and proxies plug in here, and so do sockets pinned to a family or bound to a local
   * address (`bound-dispatcher.ts`); the global undici dispatcher otherwise.
   */
  dispatcher?: Dispatcher;
  /** Ends the exchange early (shutdown): the outcome is an `aborted` failure. */
  signal?: AbortSignal;
  /**
   * Redirects followed before the answer is taken (default 0: a 3xx is returned as it is, which
   * is what an echo service or a router must never do unnoticed).
   */
  maxRedirections?: number;
  /** Deadline for the whole exchange: connect, headers and body. */
  timeoutMs: number;
  /** Answers longer than this are refused (default 64 KiB). */
  maxBodyBytes?: number;
  /** Drives the deadline, so a FakeClock can expire it. */
  clock?: Clock;
}

export interface HttpResponse {
  kind: 'response';
  status: number;
  /** The reason phrase ("Unauthorized"); some services put their message here. */
  statusText: string;
  contentType: string | null;
  body: string;
}

export type HttpFailureReason =
  'timeout' | 'reset' | 'network' | 'body-too-large' | 'unreadable-body' | 'aborted';

export interface HttpFailure {
  kind: 'failure';
  reason: HttpFailureReason;
  /** A short technical description (undici's message), never the request body or URL. */
  detail: string;
  /** The system or undici error code when there was one (ENETUNREACH, ECONNREFUSED...). */
  code?: string;
}

export type HttpOutcome = HttpResponse | HttpFailure;

const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

export async function sendHttpRequest(options: HttpRequest): Promise<HttpOutcome> {
  const clock = options.clock ?? systemClock;
  const controller = new AbortController();
  const timer = clock.setTimeout(() => controller.abort('timeout'), options.timeoutMs);
  const outer = options.signal;
  const onOuterAbort = (): void => controller.abort('aborted');
  outer?.addEventListener('abort', onOuterAbort, { once: true });
  if (outer?.aborted) onOuterAbort();
  const stopped = (): HttpFailure | null => {
    if (!controller.signal.aborted) return null;
    return controller.signal.reason === 'aborted'
      ? failure('aborted', 'cancelled before the answer came')
      : failure('timeout', `no answer within ${options.timeoutMs} ms`);
  };
  try {
    let response: Dispatcher.ResponseData;
    try {
      response = await request(options.url, {
        method: options.method,
        headers: options.headers,
        body: options.body,
        dispatcher: withRedirects(options.dispatcher, options.maxRedirections ?? 0),
        signal: controller.signal,
        // Backstops in real time, in case the injected clock never fires.
        headersTimeout: options.timeoutMs,
        bodyTimeout: options.timeoutMs,
      });
    } catch (error) {
      return stopped() ?? classifyError(error);
    }
    const body = await readBody(response.body, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
    if (typeof body !== 'string') return stopped() ?? body;
    return {
      kind: 'response',
      status: response.statusCode,
      statusText: response.statusText ?? '',
      contentType: headerValue(response.headers['content-type']),
      body,
    };
  } finally {
    clock.clearTimeout(timer);
    outer?.removeEventListener('abort', onOuterAbort);
  }
}

/** undici 7's `request` never follows redirects itself; the redirect interceptor does. */
function withRedirects(dispatcher: Dispatcher | undefined, max: number): Dispatcher | undefined {
  if (max <= 0) return dispatcher;
  return (dispatcher ?? getDefaultDispatcher()).compose(
    redirectInterceptor({ maxRedirections: max }),
  );
}

async function readBody(
  body: Dispatcher.ResponseData['body'],
  maxBytes: number,
): Promise<string | HttpFailure> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) {
        body.destroy();
        return failure('body-too-large', `answer longer than ${maxBytes} bytes`);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (isTimeoutError(error)) return failure('timeout', describe(error), errorCode(error));
    return failure('unreadable-body', `answer cut off: ${describe(error)}`, errorCode(error));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    return failure('unreadable-body', 'answer is not UTF-8 text');
  }
}

const RESET_CODES = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE', 'UND_ERR_CLOSED']);

function classifyError(error: unknown): HttpFailure {
  const code = errorCode(error);
  if (isTimeoutError(error)) return failure('timeout', describe(error), code);
  if (code && RESET_CODES.has(code)) return failure('reset', describe(error), code);
  return failure('network', describe(error), code);
}

function isTimeoutError(error: unknown): boolean {
  const code = errorCode(error);
  return (
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_BODY_TIMEOUT' ||
    code === 'UND_ERR_CONNECT_TIMEOUT' ||
    code === 'ETIMEDOUT'
  );
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const own = (error as { code?: unknown }).code;
  if (typeof own === 'string') return own;
  return errorCode((error as { cause?: unknown }).cause);
}

function describe(error: unknown): string {
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  return code ? `${message} (${code})` : message;
}

function headerValue(value: string | string[] | undefined): string | null {
  if (value === undefined) return null;
  return Array.isArray(value) ? (value[0] ?? null) : value;
}

function failure(reason: HttpFailureReason, detail: string, code?: string): HttpFailure {
  return code === undefined
    ? { kind: 'failure', reason, detail }
    : { kind: 'failure', reason, detail, code };
}
