import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { httpStatusOf, type WireEvent } from '../../shared/contract/index.js';
import type { Core } from '../core/create-core.js';
import { dispatch } from '../core/dispatch.js';
import { createAccessGuard } from './access-guard.js';
import { readStaticFile } from './static-files.js';

const MAX_BODY_BYTES = 1024 * 1024;
const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  // frame-ancestors works only in a header (a <meta> policy ignores it); the rest is in index.html.
  'Content-Security-Policy': "frame-ancestors 'none'",
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export interface HeadlessServer {
  url: string;
  port: number;
  /** The session cookie's name: per port and per start (see access-guard.ts). */
  cookieName: string;
  close(): Promise<void>;
}

export interface HeadlessServerOptions {
  core: Core;
  port: number;
  token: string;
  rendererDir: string;
  /** Where the detail of an unexpected failure goes (already redacted); stderr by default. */
  log?: (line: string) => void;
  /** Routes answered before the browser guard (GET /metrics, /healthz); true when handled. */
  routes?: (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;
}

const INTERNAL_ERROR = {
  ok: false,
  error: { code: 'failed', message: 'internal error; the headless shell logged the details' },
};

/** What every request handler needs: the options, the access guard, the log and the open streams. */
interface ServerContext {
  options: HeadlessServerOptions;
  guard: ReturnType<typeof createAccessGuard>;
  log: (detail: string) => void;
  streams: Set<ServerResponse>;
}

/** Serves the renderer and the HTTP bridge on 127.0.0.1 only. */
export async function startHeadlessServer(options: HeadlessServerOptions): Promise<HeadlessServer> {
  const server = createServer();
  await listenOnLoopback(server, options.port);
  const { port } = server.address() as AddressInfo;
  const context: ServerContext = {
    options,
    guard: createAccessGuard(options.token, port),
    log: (detail) =>
      (options.log ?? console.error)(`dnstray-headless: ${options.core.redact(detail)}`),
    streams: new Set<ServerResponse>(),
  };
  const unsubscribe = options.core.events.subscribe((event) => broadcast(context.streams, event));
  server.on('request', (request, response) => answerRequest(context, request, response));
  return {
    url: `http://127.0.0.1:${port}/?token=${options.token}`,
    port,
    cookieName: context.guard.cookieName,
    close: () => closeServer(server, context.streams, unsubscribe),
  };
}

function listenOnLoopback(server: Server, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
}

function answerRequest(
  context: ServerContext,
  request: IncomingMessage,
  response: ServerResponse,
): void {
  handle(context, request, response).catch((error: unknown) => {
    // The text of an unexpected failure is for the log, never for a response body.
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    context.log(detail);
    if (!response.headersSent) sendJson(response, 500, INTERNAL_ERROR);
    else response.destroy();
  });
}

/** Extra routes, then the browser guard, then the bridge, then the renderer's files. */
async function handle(
  context: ServerContext,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const { options, guard } = context;
  if (options.routes && (await options.routes(request, response))) return;
  const decision = guard.check(request);
  if (decision.kind === 'deny') return sendText(response, decision.status, decision.message);
  if (decision.kind === 'exchange-token') {
    response.writeHead(303, {
      ...SECURITY_HEADERS,
      Location: decision.redirectTo,
      'Set-Cookie': guard.cookieHeader(),
      'Cache-Control': 'no-store',
    });
    return void response.end();
  }
  const { pathname } = decision.url;
  if (pathname.startsWith('/api/invoke/'))
    return invoke(context, request, response, pathname.slice(12));
  if (pathname === '/api/events') return openEventStream(context.streams, request, response);
  return serveStaticFile(options.rendererDir, request, response, pathname);
}

async function serveStaticFile(
  rendererDir: string,
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return sendText(response, 405, 'method not allowed');
  const file = await readStaticFile(rendererDir, pathname);
  if (!file) return sendText(response, 404, 'not found');
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': file.contentType,
    'Cache-Control': 'no-cache',
  });
  response.end(request.method === 'HEAD' ? undefined : file.body);
}

/** POST /api/invoke/<channel>: one request envelope in, one dispatch result out. */
async function invoke(
  context: ServerContext,
  request: IncomingMessage,
  response: ServerResponse,
  channel: string,
): Promise<void> {
  if (request.method !== 'POST') return sendText(response, 405, 'method not allowed');
  if (!(request.headers['content-type'] ?? '').startsWith('application/json'))
    return sendInvalidInput(response, 415, 'expected application/json');
  const envelope = await readEnvelope(request);
  if (envelope.kind === 'too-large')
    return sendInvalidInput(response, 413, 'request body too large');
  if (envelope.kind === 'not-json')
    return sendInvalidInput(response, 400, 'request body is not JSON');
  const name = decodeChannel(channel);
  if (name === null)
    return sendInvalidInput(response, 400, 'the channel name is not valid percent-encoding');
  const result = await dispatch(context.options.core.handlers, name, envelope.payload, {
    logUnexpected: context.log,
  });
  // One convention for both shells: ok:false is a refusal (422) or a failure, never a 200.
  sendJson(response, result.ok ? 200 : httpStatusOf(result.error), result);
}

type Envelope = { kind: 'too-large' } | { kind: 'not-json' } | { kind: 'read'; payload: unknown };

/** Reads `{ request: payload }`; an empty body is an envelope without a payload. */
async function readEnvelope(request: IncomingMessage): Promise<Envelope> {
  const body = await readBody(request);
  if (body === null) return { kind: 'too-large' };
  let envelope: unknown;
  try {
    envelope = body.length === 0 ? {} : JSON.parse(body);
  } catch {
    return { kind: 'not-json' };
  }
  const payload =
    typeof envelope === 'object' && envelope !== null
      ? (envelope as { request?: unknown }).request
      : undefined;
  return { kind: 'read', payload };
}

function openEventStream(
  streams: Set<ServerResponse>,
  request: IncomingMessage,
  response: ServerResponse,
): void {
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/event-stream',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  response.write(': connected\n\n');
  streams.add(response);
  const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), 25_000);
  request.on('close', () => {
    clearInterval(keepAlive);
    streams.delete(response);
  });
}

function decodeChannel(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

function broadcast(streams: Set<ServerResponse>, event: WireEvent): void {
  const frame = `data: ${JSON.stringify(event)}\n\n`;
  for (const stream of streams) stream.write(frame);
}

async function closeServer(
  server: Server,
  streams: Set<ServerResponse>,
  unsubscribe: () => void,
): Promise<void> {
  unsubscribe();
  for (const stream of streams) stream.end();
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(text + '\n');
}

function sendInvalidInput(response: ServerResponse, status: number, message: string): void {
  sendJson(response, status, { ok: false, error: { code: 'invalid-input', message } });
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(JSON.stringify(value));
}
