import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoundDispatcher } from '../../../../electron/core/http/bound-dispatcher.js';
import { sendHttpRequest } from '../../../../electron/core/http/send-http-request.js';

// A real server on 127.0.0.1: it answers with the caller's address, redirects, or stalls.
let server: Server;
let origin: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/moved') {
      response.writeHead(302, { location: '/caller' }).end();
    } else if (request.url === '/caller') {
      response.end(request.socket.remoteAddress?.replace(/^::ffff:/, '') ?? '');
    } else if (request.url !== '/stall') {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('sendHttpRequest options the public-IP sources need', () => {
  it('returns a redirect as it is unless asked to follow it', async () => {
    const kept = await sendHttpRequest({ url: `${origin}/moved`, method: 'GET', timeoutMs: 2_000 });
    expect(kept).toMatchObject({ kind: 'response', status: 302 });
    const followed = await sendHttpRequest({
      url: `${origin}/moved`,
      method: 'GET',
      timeoutMs: 2_000,
      maxRedirections: 1,
    });
    expect(followed).toMatchObject({ kind: 'response', status: 200, body: '127.0.0.1' });
  });

  it('ends as "aborted", not as a timeout, when the caller cancels', async () => {
    const controller = new AbortController();
    const pending = sendHttpRequest({
      url: `${origin}/stall`,
      method: 'GET',
      timeoutMs: 5_000,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 50);
    expect(await pending).toMatchObject({ kind: 'failure', reason: 'aborted' });
  });

  it('leaves from the local address a bound dispatcher names', async () => {
    // Every 127/8 address is this machine's on Linux, so the server sees the bound one.
    const bound = createBoundDispatcher('ipv4', '127.0.0.2');
    try {
      const outcome = await sendHttpRequest({
        url: `${origin}/caller`,
        method: 'GET',
        timeoutMs: 2_000,
        dispatcher: bound,
      });
      expect(outcome).toMatchObject({ kind: 'response', body: '127.0.0.2' });
    } finally {
      await bound.close();
    }
  });

  it('names the system error code of a failed connection', async () => {
    const bound = createBoundDispatcher('ipv4', '192.0.2.1');
    try {
      const outcome = await sendHttpRequest({
        url: `${origin}/caller`,
        method: 'GET',
        timeoutMs: 2_000,
        dispatcher: bound,
      });
      expect(outcome).toMatchObject({ kind: 'failure', reason: 'network', code: 'EADDRNOTAVAIL' });
    } finally {
      await bound.close();
    }
  });
});
