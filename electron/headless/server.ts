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

/** Serves the renderer and the HTTP bridge on 127.0.0.1 only. */
export async function startHeadlessServer(options: HeadlessServerOptions): Promise<HeadlessServer> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const guard = createAccessGuard(options.token, port);
  const log = (detail: string): void =>
    (options.log ?? console.error)(`dnstray-headless: ${options.core.redact(detail)}`);
  const streams = new Set<ServerResponse>();
  const unsubscribe = options.core.events.subscribe((event) => broadcast(streams, event));

  server.on('request', (request, response) => {
    handle(request, response).catch((error: unknown) => {
      // The text of an unexpected failure is for the log, never for a response body.
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      log(detail);
      if (!response.headersSent) sendJson(response, 500, INTERNAL_ERROR);
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
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
    if (pathname.startsWith('/api/invoke/')) return invoke(request, response, pathname.slice(12));
    if (pathname === '/api/events') return openEventStream(request, response);
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return sendText(response, 405, 'method not allowed');
    const file = await readStaticFile(options.rendererDir, pathname);
    if (!file) return sendText(response, 404, 'not found');
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': file.contentType,
      'Cache-Control': 'no-cache',
    });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  async function invoke(
    request: IncomingMessage,
    response: ServerResponse,
    channel: string,
  ): Promise<void> {
    if (request.method !== 'POST') return sendText(response, 405, 'method not allowed');
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(response, 415, {
        ok: false,
        error: { code: 'invalid-input', message: 'expected application/json' },
      });
    }
    const body = await readBody(request);
    if (body === null)
      return sendJson(response, 413, {
        ok: false,
        error: { code: 'invalid-input', message: 'request body too large' },
      });
    let envelope: unknown;
    try {
      envelope = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      return sendJson(response, 400, {
        ok: false,
        error: { code: 'invalid-input', message: 'request body is not JSON' },
      });
    }
    const payload =
      typeof envelope === 'object' && envelope !== null
        ? (envelope as { request?: unknown }).request
        : undefined;
    const name = decodeChannel(channel);
    if (name === null)
      return sendJson(response, 400, {
        ok: false,
        error: { code: 'invalid-input', message: 'the channel name is not valid percent-encoding' },
      });
    const result = await dispatch(options.core.handlers, name, payload, { logUnexpected: log });
    // One convention for both shells: ok:false is a refusal (422) or a failure, never a 200.
    sendJson(response, result.ok ? 200 : httpStatusOf(result.error), result);
  }

  function openEventStream(request: IncomingMessage, response: ServerResponse): void {
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

  return {
    url: `http://127.0.0.1:${port}/?token=${options.token}`,
    port,
    cookieName: guard.cookieName,
    close: () => closeServer(server, streams, unsubscribe),
  };
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

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(JSON.stringify(value));
}
