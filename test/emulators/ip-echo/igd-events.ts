import { randomUUID } from 'node:crypto';
import { request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Clock } from '../../../electron/core/ports.js';

interface Subscriber {
  callback: URL;
  expiresAt: number;
  seq: number;
}

/** The longest subscription granted, whatever is asked (routers commonly cap at 30 min). */
const MAX_GRANT_SECONDS = 1_800;

/**
 * The fake router's GENA eventing (UPnP Device Architecture §4): SUBSCRIBE with CALLBACK and
 * NT opens a subscription (an initial event follows), SUBSCRIBE with SID renews it,
 * UNSUBSCRIBE ends it; every WAN address change is sent as NOTIFY to each live subscriber.
 * `eventing` off answers SUBSCRIBE with 503, like a router that has no event support.
 */
export class IgdEvents {
  readonly subscribers = new Map<string, Subscriber>();
  eventing = true;
  /** NOTIFY deliveries so far (what a test can count). */
  notified = 0;

  constructor(
    private readonly clock: Clock,
    private readonly address: () => string | null,
  ) {}

  handle(request: IncomingMessage, response: ServerResponse): void {
    const sid = header(request, 'sid');
    const reply = (status: number, headers: Record<string, string> = {}): void =>
      void response.writeHead(status, headers).end();
    if (request.method === 'UNSUBSCRIBE') {
      if (!sid || !this.subscribers.delete(sid)) return reply(412);
      return reply(200);
    }
    if (request.method !== 'SUBSCRIBE') return reply(405);
    if (!this.eventing) return reply(503);
    const seconds = Math.min(
      MAX_GRANT_SECONDS,
      Number(/^second-(\d+)$/i.exec(header(request, 'timeout') ?? '')?.[1] ?? MAX_GRANT_SECONDS),
    );
    const granted = { SID: '', TIMEOUT: `Second-${seconds}` };
    if (sid) {
      const existing = this.#live(sid);
      if (!existing || header(request, 'callback')) return reply(412);
      existing.expiresAt = this.clock.now() + seconds * 1000;
      return reply(200, { ...granted, SID: sid });
    }
    const callback = /^<(http:\/\/[^>]+)>/.exec(header(request, 'callback') ?? '')?.[1];
    if (!callback || header(request, 'nt') !== 'upnp:event') return reply(412);
    const newSid = `uuid:${randomUUID()}`;
    const subscriber = { callback: new URL(callback), expiresAt: 0, seq: 0 };
    subscriber.expiresAt = this.clock.now() + seconds * 1000;
    this.subscribers.set(newSid, subscriber);
    reply(200, { ...granted, SID: newSid });
    // The initial event carries every evented variable's current value.
    this.#send(newSid, subscriber);
  }

  /** The WAN address changed: every live subscriber hears of it. */
  announce(): void {
    for (const sid of [...this.subscribers.keys()]) {
      const subscriber = this.#live(sid);
      if (subscriber) this.#send(sid, subscriber);
    }
  }

  #live(sid: string): Subscriber | null {
    const subscriber = this.subscribers.get(sid);
    if (subscriber && subscriber.expiresAt <= this.clock.now()) this.subscribers.delete(sid);
    return this.subscribers.get(sid) ?? null;
  }

  #send(sid: string, subscriber: Subscriber): void {
    const address = this.address() ?? '';
    const body = `<?xml version="1.0"?><e:propertyset xmlns:e="urn:schemas-upnp-org:event-1-0"><e:property><ExternalIPAddress>${address}</ExternalIPAddress></e:property></e:propertyset>`;
    const notify = request(subscriber.callback, {
      method: 'NOTIFY',
      headers: {
        'content-type': 'text/xml; charset="utf-8"',
        nt: 'upnp:event',
        nts: 'upnp:propchange',
        sid,
        seq: String(subscriber.seq++),
      },
    });
    notify.on('response', (answer) => {
      answer.resume();
      this.notified += 1;
    });
    // A subscriber that went away is simply not reached (UPnP drops the event).
    notify.on('error', () => undefined);
    notify.end(body);
  }
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
