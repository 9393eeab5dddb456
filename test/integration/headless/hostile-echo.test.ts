import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../../shared/contract/index.js';
import { createCore, type Core } from '../../../electron/core/create-core.js';
import { HeadlessSecretStore } from '../../../electron/core/store/headless-secret-store.js';
import { openStores } from '../../../electron/core/store/open-stores.js';
import { startHeadlessServer, type HeadlessServer } from '../../../electron/headless/server.js';
import { registerIpc, type IpcMainLike } from '../../../electron/main/ipc/ipc.js';
import { startEchoEmulator, type EchoEmulator } from '../../emulators/ip-echo/index.js';

/**
 * A hostile Freenom and freedns.io on 127.0.0.1 that quote the whole request they received (URL,
 * query, body) in their error text, as JSON, XML, HTML and plain text. Whatever the channel,
 * the password must not come back, in any encoding, through any exit of the core.
 */
const FREENOM_PASSWORD = 'Fr33 n&m+pa%2Fss/wörd€"<x>\'';
const FREEDNS_PASSWORD = 'fr&e d+n%s wö€<d>"';
const ORIGINAL_CONNECT_PASSWORD = FREENOM_PASSWORD;
const SECRETS = [FREENOM_PASSWORD, FREEDNS_PASSWORD];
const token = 'hostile-token-0123456789abcdefghijklmnopqrstu';
type Mode = 'json' | 'xml' | 'html' | 'text' | 'page';
const MODES: Mode[] = ['json', 'xml', 'html', 'text', 'page'];

/** Every form a secret takes in an echoed URL, form body, JSON, XML or HTML text. */
function forms(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  return [
    secret,
    encodeURIComponent(secret),
    encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()),
    new URLSearchParams({ p: secret }).toString().slice(2),
    json,
    json.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
    escapeMarkup(secret),
    [...secret].map((c) => `&#${c.codePointAt(0)};`).join(''),
  ];
}

function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/&#38;/g, '&amp;');
}

function decodeForm(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** The request as text, in the form one mode quotes it. */
function echo(mode: Mode, method: string, url: string, body: string): string {
  const plain = `${method} ${url} ${body}`;
  const decoded = `${method} ${decodeForm(url)} ${decodeForm(body)}`;
  switch (mode) {
    case 'json':
      return `Login failed for ${JSON.stringify({ method, url, body, decoded })}`;
    case 'xml':
      return `Login failed: <request><raw>${escapeMarkup(plain)}</raw><decoded>${escapeMarkup(decoded)}</decoded></request>`;
    case 'html':
    case 'page':
      return `<html><body><p>Login failed for <code>${escapeMarkup(plain)}</code> (<code>${escapeMarkup(decoded)}</code>)</p></body></html>`;
    case 'text':
      return `Login failed for ${plain} (${decoded})`;
  }
}

let mode: Mode = 'json';
const received: string[] = [];
const receivedUrls: string[] = [];

function startHostileServer(): Promise<Server> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const url = req.url ?? '/';
      received.push(`${req.method} ${url.split('?')[0]}`);
      receivedUrls.push(url);
      const text = echo(mode, req.method ?? 'GET', url, body);
      if (url.startsWith('/request')) {
        // freedns.io: one refusal that quotes the request in every form at once.
        res.writeHead(401, { 'content-type': 'text/plain' });
        res.end(MODES.map((each) => echo(each, req.method ?? 'GET', url, body)).join('\n'));
        return;
      }
      if (mode === 'page') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(text);
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: 'error', error: text }));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** One valid request per Freenom channel, so each one reaches the hostile server. */
const FREENOM_REQUESTS: Record<string, unknown> = {
  'freenom:status': undefined,
  'freenom:probe': undefined,
  'domains:search': { names: ['example.tk'], type: 'FREE' },
  'domains:register': {
    domain: 'example.tk',
    type: 'FREE',
    period: '12M',
    nameservers: ['ns1.example.net', 'ns2.example.net'],
    idShield: true,
  },
  'domains:renew': { domain: 'example.tk', type: 'FREE', period: '12M' },
  'domains:list': { refresh: true },
  'domains:getInfo': { domain: 'example.tk' },
  'domains:modify': { domain: 'example.tk', forwardUrl: 'https://example.net/' },
  'domains:delete': { domain: 'example.tk' },
  'domains:restore': { domain: 'example.tk' },
  'domains:upgrade': { domain: 'example.tk', period: '1Y', idShield: true },
  'glue:list': { domain: 'example.tk' },
  'glue:register': { domain: 'example.tk', hostname: 'ns1.example.tk', ipAddress: '192.0.2.1' },
  'glue:delete': { domain: 'example.tk', hostname: 'ns1.example.tk' },
  'contacts:list': undefined,
  'contacts:get': { ids: ['C1'] },
  'contacts:register': {
    firstName: 'Ada',
    lastName: 'Lovelace',
    address: 'Main street 1',
    city: 'London',
    zipCode: '12345',
    stateCode: 'GB-LND',
    countryCode: 'GB',
    phone: '+44.2012345678',
    email: 'ada@example.com',
  },
  'contacts:delete': { id: 'C1' },
  'transfers:price': { domain: 'example.tk', authCode: 'AUTH123' },
  'transfers:request': { domain: 'example.tk', authCode: 'AUTH123', ownerId: 'C1' },
  'transfers:approve': { domain: 'example.tk' },
  'transfers:decline': { domain: 'example.tk', reason: 'not mine' },
  'transfers:list': undefined,
};

let hostile: Server;
let echoSources: EchoEmulator;
let folder: string;
let core: Core;
let server: HeadlessServer;
let invokeIpc: (channel: string, payload: unknown) => Promise<unknown>;
const answers: string[] = [];
const events: string[] = [];
const logged: string[] = [];

async function viaHttp(
  channel: string,
  request: unknown,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: server.port,
        path: `/api/invoke/${channel}`,
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ request }));
  });
}

/** The channel through both shells: the headless HTTP bridge and the Electron IPC handler. */
async function callBoth(channel: string, request: unknown): Promise<string> {
  const http = await viaHttp(channel, request);
  const ipc = JSON.stringify(await invokeIpc(channel, request));
  answers.push(http.body, ipc);
  return http.body;
}

beforeAll(async () => {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const)
    vi.spyOn(console, method).mockImplementation(
      (...args: unknown[]) => void logged.push(args.map(String).join(' ')),
    );
  hostile = await startHostileServer();
  const base = `http://127.0.0.1:${(hostile.address() as AddressInfo).port}`;
  echoSources = await startEchoEmulator({ port: 0, seed: { ipv4: '203.0.113.10', ipv6: null } });
  folder = mkdtempSync(path.join(os.tmpdir(), 'dnstray-hostile-'));
  const stores = openStores({
    folder,
    clock: { now: () => Date.now(), setTimeout, clearTimeout } as never,
    secrets: () =>
      new HeadlessSecretStore({
        DNSTRAY_FREEDNS_PASSWORD: FREEDNS_PASSWORD,
        DNSTRAY_FREENOM_PASSWORD: FREENOM_PASSWORD,
      }),
  });
  core = createCore({
    app: { name: 'dnstray', productName: 'DNS Tray', version: '1.0.0', shell: 'headless' },
    stores,
  });
  core.events.subscribe((event) => events.push(JSON.stringify(event)));
  server = await startHeadlessServer({
    core,
    port: 0,
    token,
    rendererDir: folder,
    log: (line) => logged.push(line),
  });
  const handlers = new Map<string, (event: never, payload: unknown) => unknown>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => handlers.set(channel, listener),
    removeHandler: (channel) => handlers.delete(channel),
  };
  const frame = { url: 'file:///app/index.html' };
  registerIpc({
    ipcMain,
    core,
    ownContentsIds: () => new Set([1]),
    indexUrl: 'file:///app/index.html',
    eventTargets: () => [],
  });
  invokeIpc = async (channel, payload) =>
    handlers.get(channel)!(
      { sender: { id: 1, mainFrame: frame }, senderFrame: frame } as never,
      payload,
    );

  const settings = await callBoth('settings:update', {
    patch: {
      accounts: {
        freedns: [{ id: 'home', username: 'alice', tier: 'free', endpoint: `${base}/request` }],
        freenom: [
          { id: 'main', email: 'alice@example.com', baseUrl: `${base}/v2`, testMode: false },
        ],
      },
      hosts: [
        { id: 'h1', accountId: 'home', label: 'home', records: [{ type: 'A', mode: 'follow' }] },
      ],
      engine: {
        families: ['ipv4'],
        sources: ['alpha', 'bravo'].map((name, index) => ({
          id: name,
          name,
          family: 'ipv4',
          url: echoSources.sourceUrls[`${name}-ipv4`],
          format: ['plain', 'json'][index],
        })),
        agreement: 2,
        useInterfaces: false,
        router: { enabled: false, natPmp: false },
        allowedRanges: ['documentation'],
        stableChecks: 1,
      },
    },
  });
  expect(JSON.parse(settings)).toMatchObject({ ok: true });
  await core.start();
});

afterAll(async () => {
  await server.close();
  await core.stop();
  await echoSources.close();
  await new Promise((resolve) => hostile.close(resolve));
  rmSync(folder, { recursive: true, force: true });
  vi.restoreAllMocks();
});

describe('a server that echoes the request it received', () => {
  it.each(MODES)('never gets the Freenom password back to the user (%s echo)', async (echoMode) => {
    mode = echoMode;
    received.length = 0;
    const connect = await callBoth('freenom:connect', {
      email: 'alice@example.com',
      password: ORIGINAL_CONNECT_PASSWORD,
      baseUrl: `http://127.0.0.1:${(hostile.address() as AddressInfo).port}/v2`,
      testMode: false,
      whenUnencrypted: 'keep-for-this-run',
    });
    expect(connect).not.toContain('invalid-input');
    for (const [channel, request] of Object.entries(FREENOM_REQUESTS)) {
      const body = await callBoth(channel, request);
      // Each request passed the contract, so the core really called the hostile server.
      expect(JSON.parse(body).error?.code, `${channel}: ${body}`).not.toBe('invalid-input');
    }
    expect(channelNames.filter((name) => /^(domains|glue|contacts|transfers):/.test(name))).toEqual(
      expect.arrayContaining(Object.keys(FREENOM_REQUESTS).filter((n) => !n.startsWith('freenom'))),
    );
    // Every Freenom function was reached, and none had the password in its URL.
    expect(new Set(received).size).toBeGreaterThanOrEqual(15);
    expect(receivedUrls.filter((url) => /password=/.test(url))).toEqual([]);
    expect(answers.join('\n')).toContain('[secret removed]');
  });

  it('never gets the freedns.io password back to the user (JSON, XML, HTML, text echo)', async () => {
    await callBoth('sync:updateNow', undefined);
    await core.engine!.idle();
    const status = await callBoth('status:get', undefined);
    expect(received.some((line) => line.includes('/request'))).toBe(true);
    expect(status).toContain('Login failed');
    // The password was there and was taken out (the freedns.io client marks it with ***).
    expect(status).toMatch(
      /Login failed for POST \/request username=alice&password=\*\*\*&host=home/,
    );
    expect(events.join('\n')).toMatch(/sync:outcome/);
  });

  it('keeps every secret, in every encoding, out of answers, events, history, logs and exports', async () => {
    await callBoth('settings:export', undefined);
    await callBoth('history:list', { offset: 0, limit: 1000 });
    const files = readdirSync(folder).map(
      (name) => `${name}: ${readFileSync(path.join(folder, name), 'utf8')}`,
    );
    const channels: Record<string, string> = {
      answers: answers.join('\n'),
      events: events.join('\n'),
      ...Object.fromEntries(files.map((file) => [file.split(':')[0], file])),
      logs: logged.join('\n'),
    };
    for (const [where, text] of Object.entries(channels))
      for (const secret of SECRETS)
        for (const form of forms(secret))
          expect(text.includes(form), `${where} holds ${JSON.stringify(form)}`).toBe(false);
    expect(channels.events).toMatch(/Login failed.*password=\*\*\*/);
    expect(channels['history.jsonl']).toContain('[secret removed]');
  });
});
