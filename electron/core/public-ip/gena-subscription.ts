import { createSocket } from 'node:dgram';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { XMLParser } from 'fast-xml-parser';
import ipaddr from 'ipaddr.js';
import { request } from '../http/undici-parts.js';
import type { Clock } from '../ports.js';

export interface GenaSubscriptionOptions {
  /** The WANIPConnection service's eventSubURL. */
  eventUrl: string;
  clock: Clock;
  timeoutMs: number;
  /** The subscription length asked for; the router grants what it likes. */
  requestSeconds?: number;
  /** Each ExternalIPAddress the router announces (the first one right after subscribing). */
  onAddress(address: string): void;
}

/** How long after a refused or lost subscription it is tried again (polling meanwhile). */
export const GENA_RETRY_MS = 60_000;
const MAX_NOTIFY_BYTES = 16_384;

/**
 * A UPnP GENA subscription to the router's ExternalIPAddress: the router calls back a local
 * HTTP listener when its WAN address changes, instead of being asked every few seconds. The
 * subscription is renewed at half its granted life; while it is not held, `address` is null and
 * the caller polls as before.
 */
export class GenaSubscription {
  #server: Server | null = null;
  #sid: string | null = null;
  #address: string | null = null;
  #timer: unknown = null;
  #stopped = false;

  constructor(private readonly options: GenaSubscriptionOptions) {}

  /** The last address the router announced, while the subscription holds. */
  get address(): string | null {
    return this.#sid ? this.#address : null;
  }

  /** Listens and subscribes; false (and a retry later) when the router refuses. */
  async start(): Promise<boolean> {
    const url = new URL(this.options.eventUrl);
    const host = await localAddressToward(url.hostname.replace(/^\[|\]$/g, ''));
    const server = createServer((req, res) => void this.#onNotify(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, host, () => resolve());
    });
    this.#server = server;
    return this.#subscribe();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#clearTimer();
    const sid = this.#sid;
    this.#sid = null;
    if (sid) await this.#send('UNSUBSCRIBE', { sid }).catch(() => undefined);
    const server = this.#server;
    this.#server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  async #subscribe(): Promise<boolean> {
    const server = this.#server;
    if (!server || this.#stopped) return false;
    const { address, port } = server.address() as AddressInfo;
    const host = address.includes(':') ? `[${address}]` : address;
    const granted = await this.#send('SUBSCRIBE', {
      callback: `<http://${host}:${port}/gena>`,
      nt: 'upnp:event',
      timeout: `Second-${this.options.requestSeconds ?? 1_800}`,
    }).catch(() => null);
    if (!granted) {
      this.#sid = null;
      this.#later(GENA_RETRY_MS, () => this.#subscribe());
      return false;
    }
    this.#sid = granted.sid;
    this.#later(granted.seconds * 500, () => this.#renew());
    return true;
  }

  /** Renewal keeps the SID; a router that forgot it (rebooted) gets a new subscription. */
  async #renew(): Promise<void> {
    const sid = this.#sid;
    const renewed = sid
      ? await this.#send('SUBSCRIBE', {
          sid,
          timeout: `Second-${this.options.requestSeconds ?? 1_800}`,
        }).catch(() => null)
      : null;
    if (this.#stopped) return;
    if (renewed && renewed.sid === sid)
      return this.#later(renewed.seconds * 500, () => this.#renew());
    this.#sid = null;
    await this.#subscribe();
  }

  async #send(method: 'SUBSCRIBE' | 'UNSUBSCRIBE', headers: Record<string, string>) {
    const response = await request(this.options.eventUrl, {
      method,
      headers,
      signal: AbortSignal.timeout(this.options.timeoutMs),
    });
    await response.body.dump();
    if (response.statusCode !== 200)
      throw new Error(`the router answered ${method} with HTTP ${response.statusCode}`);
    const sid = header(response.headers.sid);
    const seconds = /^second-(\d+)$/i.exec(header(response.headers.timeout) ?? '')?.[1];
    if (method === 'SUBSCRIBE' && !sid) throw new Error('the router gave no subscription id');
    // "Second-infinite" or no TIMEOUT: renew every 30 minutes anyway, in case it forgets.
    return { sid: sid ?? '', seconds: Math.max(30, Math.min(Number(seconds ?? 1_800), 86_400)) };
  }

  async #onNotify(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const reply = (status: number): void => void res.writeHead(status).end();
    if (req.method !== 'NOTIFY' || header(req.headers.nt) !== 'upnp:event') return reply(400);
    // Only the router we subscribed to knows the SID: anyone else on the LAN is refused.
    if (!this.#sid || header(req.headers.sid) !== this.#sid) return reply(412);
    const body = await readCapped(req);
    if (body === null) return reply(413);
    reply(200);
    const address = externalAddressOf(body);
    if (address === null) return;
    this.#address = address;
    this.options.onAddress(address);
  }

  #later(ms: number, run: () => Promise<unknown>): void {
    this.#clearTimer();
    if (this.#stopped) return;
    this.#timer = this.options.clock.setTimeout(() => {
      this.#timer = null;
      void run();
    }, ms);
  }

  #clearTimer(): void {
    if (this.#timer !== null) this.options.clock.clearTimeout(this.#timer);
    this.#timer = null;
  }
}

/** The ExternalIPAddress of a GENA propertyset, when it holds a valid IPv4 address. */
export function externalAddressOf(xml: string): string | null {
  let document: unknown;
  try {
    document = new XMLParser({ removeNSPrefix: true }).parse(xml);
  } catch {
    return null;
  }
  const set = (document as { propertyset?: { property?: unknown } } | null)?.propertyset;
  const properties = Array.isArray(set?.property) ? set.property : [set?.property];
  for (const property of properties) {
    const value = (property as { ExternalIPAddress?: unknown } | undefined)?.ExternalIPAddress;
    if (typeof value === 'string' && ipaddr.IPv4.isValidFourPartDecimal(value.trim()))
      return value.trim();
  }
  return null;
}

/**
 * The local address the router reaches us on: loopback for a router on this machine (tests),
 * otherwise the one the OS routes toward it (a connected UDP socket sends nothing).
 */
async function localAddressToward(host: string): Promise<string> {
  if (ipaddr.isValid(host) && ipaddr.parse(host).range() === 'loopback')
    return host.includes(':') ? '::1' : '127.0.0.1';
  const socket = createSocket(host.includes(':') ? 'udp6' : 'udp4');
  try {
    return await new Promise<string>((resolve, reject) => {
      socket.once('error', reject);
      socket.connect(1900, host, () => resolve(socket.address().address));
    });
  } finally {
    socket.close();
  }
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

async function readCapped(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_NOTIFY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
