import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/create-core.js';
import { startHeadlessServer, type HeadlessServer } from '../../../electron/headless/server.js';

/**
 * What an attacker on 127.0.0.1 can send: raw request targets no browser would produce,
 * malformed escapes, and cookies planted from another loopback port. Raw sockets, so nothing
 * between the test and the server cleans the request up.
 */
const token = 'raw-token-0123456789abcdefghijklmnopqrstuvwx';
let core: Core;
let server: HeadlessServer;
let logged: string[];

interface RawAnswer {
  status: number;
  headers: Record<string, string[]>;
  body: string;
}

function raw(target: string, headers: Record<string, string> = {}, method = 'GET', body = '') {
  return new Promise<RawAnswer>((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1');
    const lines = [
      `${method} ${target} HTTP/1.0`,
      `Host: 127.0.0.1:${server.port}`,
      ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
      ...(body ? [`Content-Length: ${Buffer.byteLength(body)}`] : []),
    ];
    // write, not end: a half-closed socket may be dropped before a slower answer is sent.
    socket.write(`${lines.join('\r\n')}\r\n\r\n${body}`);
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
    socket.on('error', reject);
    socket.on('end', () => {
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...headerLines] = head.split('\r\n');
      const parsed: Record<string, string[]> = {};
      for (const line of headerLines) {
        const at = line.indexOf(':');
        const name = line.slice(0, at).toLowerCase();
        (parsed[name] ??= []).push(line.slice(at + 1).trim());
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers: parsed, body: rest.join('') });
    });
  });
}

const auth = () => ({ cookie: `${server.cookieName}=${token}` });

beforeEach(async () => {
  const rendererDir = mkdtempSync(path.join(os.tmpdir(), 'dnstray-renderer-'));
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>DNS Tray</title>');
  core = createCore({
    app: { name: 'dnstray', productName: 'DNS Tray', version: '9.9.9', shell: 'headless' },
  });
  logged = [];
  server = await startHeadlessServer({
    core,
    port: 0,
    token,
    rendererDir,
    log: (line) => logged.push(line),
  });
});

afterEach(async () => {
  await server.close();
});

describe('the token exchange redirects only to a path on this origin', () => {
  it.each([
    ['/.//evil.example/', '/evil.example/'],
    ['//evil.example/', '/evil.example/'],
    ['/\\evil.example/', '/evil.example/'],
    ['/./\\/evil.example/x', '/evil.example/x'],
    ['/a/..//evil.example', '/evil.example'],
    ['/settings?x=1', '/settings?x=1'],
  ])('GET %s?token=… answers 303 to %s', async (target, location) => {
    const joiner = target.includes('?') ? '&' : '?';
    const answer = await raw(`${target}${joiner}token=${token}`);
    expect(answer.status).toBe(303);
    expect(answer.headers.location).toEqual([location]);
    // A browser reads this Location as a path here, never as another host.
    expect(new URL(location, `http://127.0.0.1:${server.port}`).host).toBe(
      `127.0.0.1:${server.port}`,
    );
  });
});

describe('malformed requests', () => {
  it('answers 400 to a malformed % escape in a channel name, without internals', async () => {
    const answer = await raw(
      '/api/invoke/%E0%A4%A',
      { ...auth(), 'content-type': 'application/json' },
      'POST',
      '{}',
    );
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'the channel name is not valid percent-encoding' },
    });
  });

  it('answers 401 to an odd target before the token is checked, never 500', async () => {
    for (const target of ['//[/', '*', 'http://evil.example/']) {
      const anonymous = await raw(target);
      expect(anonymous.status, target).toBe(401);
      expect(anonymous.body).not.toMatch(/Invalid URL|TypeError|ERR_/);
    }
  });

  it('reads //[/ as a path once authenticated, and refuses a target that is no path with 400', async () => {
    // Like any other path of the single-page app, it serves the app.
    const path = await raw('//[/', auth());
    expect(path.status).toBe(200);
    expect(path.body).toContain('<title>DNS Tray</title>');
    for (const target of ['*', 'http://evil.example/']) {
      const answer = await raw(target, auth());
      expect(answer.status, target).toBe(400);
      expect(answer.body).toBe('bad request: unreadable request target\n');
    }
  });

  it('answers a failure of the server itself with a generic 500 and logs the detail', async () => {
    Object.defineProperty(core, 'handlers', {
      get() {
        throw new TypeError('secret internals: handlers is not an object');
      },
    });
    const answer = await raw(
      '/api/invoke/app:getVersion',
      { ...auth(), 'content-type': 'application/json' },
      'POST',
      '{}',
    );
    expect(answer.status).toBe(500);
    expect(answer.body).not.toContain('secret internals');
    expect(JSON.parse(answer.body).error.code).toBe('failed');
    expect(logged.join('\n')).toContain('secret internals: handlers is not an object');
  });

  it('answers a bug in a handler with a generic message and logs the detail', async () => {
    core.handlers['app:getVersion'] = () =>
      Promise.reject(new TypeError('secret internals: cannot read properties of undefined'));
    const answer = await raw(
      '/api/invoke/app:getVersion',
      { ...auth(), 'content-type': 'application/json' },
      'POST',
      '{}',
    );
    expect(answer.status).toBe(500);
    expect(answer.body).not.toContain('secret internals');
    expect(logged.join('\n')).toContain('cannot read properties of undefined');
  });

  it("still answers a handler's own refusal in its words", async () => {
    core.handlers['app:getVersion'] = () =>
      Promise.reject(new Error('Freenom said: no such domain'));
    const answer = await raw(
      '/api/invoke/app:getVersion',
      { ...auth(), 'content-type': 'application/json' },
      'POST',
      '{}',
    );
    expect(JSON.parse(answer.body)).toEqual({
      ok: false,
      error: { code: 'failed', message: 'Freenom said: no such domain' },
    });
  });
});

describe('the session cookie', () => {
  it('has a name no other page can predict: this port and a random part per start', async () => {
    const again = await startHeadlessServer({
      core,
      port: 0,
      token,
      rendererDir: os.tmpdir(),
    });
    try {
      expect(server.cookieName).toContain(String(server.port));
      expect(server.cookieName).not.toBe(
        again.cookieName.replace(String(again.port), String(server.port)),
      );
      const exchange = await raw(`/?token=${token}`);
      expect(exchange.headers['set-cookie']).toEqual([
        `${server.cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/`,
      ]);
    } finally {
      await again.close();
    }
  });

  it('ignores a cookie named as the old fixed name would be', async () => {
    const answer = await raw('/', { cookie: `dnstray_token_${server.port}=${token}` });
    expect(answer.status).toBe(401);
  });

  it.each([
    ['planted first', (name: string) => `${name}=planted; ${name}=${token}`],
    ['planted last', (name: string) => `${name}=${token}; ${name}=planted`],
    ['sent twice', (name: string) => `${name}=${token}; ${name}=${token}`],
  ])('refuses a request carrying two session cookies (%s)', async (_case, header) => {
    const answer = await raw('/', { cookie: header(server.cookieName) });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatch(/ambiguous/);
  });

  it('still accepts the one cookie among unrelated ones', async () => {
    const answer = await raw('/', { cookie: `other=1; ${server.cookieName}=${token}; x=y` });
    expect(answer.status).toBe(200);
  });
});
