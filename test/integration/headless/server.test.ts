import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { request as httpRequest } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/create-core.js';
import { startHeadlessServer, type HeadlessServer } from '../../../electron/headless/server.js';

const token = 'test-token-0123456789abcdefghijklmnopqrstuv';
let core: Core;
let server: HeadlessServer;
let origin: string;
let cookie: string;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw HTTP, so the Host header can be forged (fetch does not allow it). */
function send(
  pathname: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: server.port,
        path: pathname,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

beforeEach(async () => {
  const rendererDir = mkdtempSync(path.join(os.tmpdir(), 'dnstray-renderer-'));
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>DNS Tray</title>');
  core = createCore({
    app: { name: 'dnstray', productName: 'DNS Tray', version: '9.9.9', shell: 'headless' },
  });
  server = await startHeadlessServer({ core, port: 0, token, rendererDir });
  origin = `http://127.0.0.1:${server.port}`;
  cookie = `${server.cookieName}=${token}`;
});

afterEach(async () => {
  await server.close();
});

describe('headless server', () => {
  it('listens on 127.0.0.1 and prints a URL carrying the token', () => {
    expect(server.url).toBe(`${origin}/?token=${token}`);
  });

  it('answers 401 without the token', async () => {
    expect((await send('/')).status).toBe(401);
    expect(
      (
        await send('/api/invoke/app:getVersion', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        })
      ).status,
    ).toBe(401);
  });

  it('answers 403 to a forged Host header, token or not', async () => {
    expect((await send('/', { headers: { host: 'attacker.example' } })).status).toBe(403);
    expect((await send('/', { headers: { host: 'attacker.example', cookie } })).status).toBe(403);
  });

  it('answers 403 to a foreign Origin', async () => {
    const answer = await send('/api/invoke/app:getVersion', {
      method: 'POST',
      headers: { cookie, origin: 'http://attacker.example', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(answer.status).toBe(403);
  });

  it('trades the URL token for an HttpOnly SameSite=Strict cookie and redirects to a clean URL', async () => {
    const answer = await send(`/?token=${token}`);
    expect(answer.status).toBe(303);
    expect(answer.headers.location).toBe('/');
    expect(answer.headers['set-cookie']?.[0]).toBe(`${cookie}; HttpOnly; SameSite=Strict; Path=/`);
  });

  it('serves the renderer with the cookie', async () => {
    const answer = await send('/', { headers: { cookie } });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/text\/html/);
    expect(answer.body).toContain('DNS Tray');
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const attempt of [
      '/..%2f..%2f..%2f..%2fetc%2fpasswd',
      '/../../../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/hosts.txt',
    ]) {
      const answer = await send(attempt, { headers: { cookie } });
      expect(answer.body).not.toMatch(/root:|localhost/);
    }
  });

  it('answers a contract channel', async () => {
    const answer = await send('/api/invoke/app:getVersion', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({
      ok: true,
      result: { name: 'dnstray', productName: 'DNS Tray', version: '9.9.9', shell: 'headless' },
    });
  });

  it.each([
    [
      'a payload the schema refuses',
      'app:getVersion',
      '{"request":{"x":1}}',
      'application/json',
      422,
      /request/,
    ],
    ['a body that is not JSON', 'app:getVersion', '{nope', 'application/json', 400, /not JSON/],
    ['an unknown channel', 'app:nope', '{}', 'application/json', 404, /unknown channel/],
    [
      'a form post',
      'app:getVersion',
      'a=1',
      'application/x-www-form-urlencoded',
      415,
      /application\/json/,
    ],
  ])('refuses %s with a clear message', async (_case, channel, body, type, status, message) => {
    const answer = await send(`/api/invoke/${channel}`, {
      method: 'POST',
      headers: { cookie, 'content-type': type },
      body,
    });
    expect(answer.status).toBe(status);
    expect(JSON.parse(answer.body).error.message).toMatch(message);
  });

  it('answers a refused settings change with 422 and every field, an accepted one with 200', async () => {
    const update = (patch: unknown) =>
      send('/api/invoke/settings:update', {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify({ request: { patch } }),
      });
    const refused = await update({ engine: { agreement: 0, pollSeconds: 1 } });
    expect(refused.status).toBe(422);
    const body = JSON.parse(refused.body) as {
      ok: boolean;
      error: { code: string; errors: { field: string }[] };
    };
    expect(body).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(body.error.errors.map((error) => error.field).sort()).toEqual([
      'engine.agreement',
      'engine.pollSeconds',
    ]);
    const accepted = await update({ ui: { theme: 'dark' } });
    expect(accepted.status).toBe(200);
    expect(JSON.parse(accepted.body)).toMatchObject({
      ok: true,
      result: { ok: true, settings: { ui: { theme: 'dark' } } },
    });
  });

  it('streams core events as Server-Sent Events', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port: server.port, path: '/api/events', headers: { cookie } },
        (res) => {
          expect(res.headers['content-type']).toBe('text/event-stream');
          let text = '';
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString();
            if (text.includes('connected'))
              core.events.emit('app:heartbeat', { at: '2026-01-01T00:00:00.000Z' });
            const frame = /data: (.+)\n\n/.exec(text);
            if (frame) {
              resolve(frame[1]!);
              req.destroy();
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(JSON.parse(await received)).toEqual({
      name: 'app:heartbeat',
      payload: { at: '2026-01-01T00:00:00.000Z' },
    });
  });
});
