import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { type EmulatorClock } from './emulator-clock.js';
import { applyFault, FaultQueue, FaultRequestSchema, type Fault } from './faults.js';

/**
 * The part every emulator shares: a real HTTP server on 127.0.0.1, its clock, its fault queue
 * and the control endpoints under /_emulator/:
 *   GET  /_emulator/state   -> JSON from `state()`
 *   POST /_emulator/clock   {"advanceMs":N} | {"now":ISO}
 *   POST /_emulator/faults  {"fault":{...},"count":N} | {"clear":true}
 *   POST /_emulator/reset   back to the seed, clock and faults cleared
 * Everything else goes to `handle`, after the next fault (if any) was taken and applied.
 */
export interface EmulatorHandlers {
  handle(request: IncomingMessage, response: ServerResponse, fault: Fault | null): Promise<void>;
  state(): unknown;
  reset(): void;
  /** Extra control routes of one emulator, e.g. POST /_emulator/address for the echo server. */
  control?(route: string, body: unknown, response: ServerResponse): Promise<boolean>;
}

export interface RunningEmulator {
  url: string;
  port: number;
  clock: EmulatorClock;
  faults: FaultQueue;
  close(): Promise<void>;
}

const ClockRequestSchema = z.union([
  z.object({ advanceMs: z.number().finite() }),
  z.object({ now: z.iso.datetime({ offset: true }) }),
]);

export async function startEmulatorServer(
  port: number,
  clock: EmulatorClock,
  makeHandlers: (clock: EmulatorClock) => EmulatorHandlers,
): Promise<RunningEmulator> {
  const faults = new FaultQueue();
  const handlers = makeHandlers(clock);
  const server: Server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { error: String(error) });
      else response.destroy();
    });
  });

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/_emulator/'))
      return control(url.pathname.slice(11), request, response);
    const fault = faults.take();
    if (await applyFault(fault, request, response)) return;
    await handlers.handle(request, response, fault);
  }

  async function control(
    name: string,
    request: IncomingMessage,
    response: ServerResponse,
  ): Promise<void> {
    if (request.method === 'GET' && name === 'state')
      return sendJson(response, 200, handlers.state());
    if (request.method !== 'POST') return sendJson(response, 405, { error: 'use POST' });
    const body = await readJson(request);
    if (name === 'reset') {
      handlers.reset();
      faults.clear();
      clock.reset();
      return sendJson(response, 200, { ok: true });
    }
    if (name === 'clock') {
      const parsed = ClockRequestSchema.safeParse(body);
      if (!parsed.success) return sendJson(response, 400, { error: z.prettifyError(parsed.error) });
      if ('advanceMs' in parsed.data) clock.advance(parsed.data.advanceMs);
      else clock.set(Date.parse(parsed.data.now));
      return sendJson(response, 200, { now: new Date(clock.now()).toISOString() });
    }
    if (name === 'faults') {
      if (
        typeof body === 'object' &&
        body !== null &&
        (body as { clear?: unknown }).clear === true
      ) {
        faults.clear();
        return sendJson(response, 200, { pending: [] });
      }
      const parsed = FaultRequestSchema.safeParse(body);
      if (!parsed.success) return sendJson(response, 400, { error: z.prettifyError(parsed.error) });
      faults.add(parsed.data.fault, parsed.data.count);
      return sendJson(response, 200, { pending: faults.pending });
    }
    if (handlers.control && (await handlers.control(name, body, response))) return;
    sendJson(response, 404, { error: `unknown control endpoint ${name}` });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    clock,
    faults,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export function sendJson(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(value, null, 2));
}

export async function readBody(request: IncomingMessage, limit = 1024 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new Error('request body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const text = await readBody(request);
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    return { invalid: text };
  }
}
