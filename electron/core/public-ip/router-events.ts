import type { Clock } from '../ports.js';
import { GenaSubscription } from './gena-subscription.js';
import {
  listenNatPmpAnnouncements,
  type NatPmpAnnouncementListener,
  type NatPmpAnnouncementOptions,
} from './natpmp-announcements.js';
import type { RouterAnnouncers } from './router-source.js';

export interface RouterEventsOptions {
  /** Where to listen: the IGD's eventSubURL, the NAT-PMP gateway (looked up when started). */
  announcers(): Promise<RouterAnnouncers>;
  /** Where NAT-PMP announcements are heard: 0.0.0.0:5350 in group 224.0.0.1 unless told. */
  natPmpListen?: Pick<NatPmpAnnouncementOptions, 'bindAddress' | 'port' | 'group'>;
  clock: Clock;
  timeoutMs: number;
  /** A WAN address the router told us of, unasked. */
  onAddress(address: string): void;
}

/**
 * What the router says by itself when its WAN address changes: UPnP GENA events and NAT-PMP
 * announcements. Both are best effort; without them the router is polled as before.
 */
export class RouterEvents {
  #gena: GenaSubscription | null = null;
  #natPmp: NatPmpAnnouncementListener | null = null;
  #stopped = false;

  constructor(private readonly options: RouterEventsOptions) {}

  /** The router's evented address while a GENA subscription holds: polling can rest. */
  get address(): string | null {
    return this.#gena?.address ?? null;
  }

  /** The port NAT-PMP announcements are heard on, while listening (tests send there). */
  get natPmpPort(): number | null {
    return this.#natPmp?.port ?? null;
  }

  async start(): Promise<void> {
    const { eventUrl, natPmpGateway } = await this.options.announcers().catch(() => ({
      eventUrl: null,
      natPmpGateway: null,
    }));
    if (this.#stopped) return;
    await Promise.all([
      eventUrl ? this.#startGena(eventUrl) : undefined,
      natPmpGateway ? this.#startNatPmp(natPmpGateway) : undefined,
    ]);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    const gena = this.#gena;
    const natPmp = this.#natPmp;
    this.#gena = null;
    this.#natPmp = null;
    await Promise.allSettled([gena?.stop(), natPmp?.close()]);
  }

  async #startGena(eventUrl: string): Promise<void> {
    const gena = new GenaSubscription({
      eventUrl,
      clock: this.options.clock,
      timeoutMs: this.options.timeoutMs,
      onAddress: (address) => this.options.onAddress(address),
    });
    this.#gena = gena;
    // A listener that cannot even start (no route to the router) leaves polling alone.
    await gena.start().catch(() => undefined);
    if (this.#stopped) await gena.stop();
  }

  async #startNatPmp(gateway: string): Promise<void> {
    try {
      const listener = await listenNatPmpAnnouncements({
        ...this.options.natPmpListen,
        gateway,
        onAddress: (address) => this.options.onAddress(address),
      });
      if (this.#stopped) return void (await listener.close());
      this.#natPmp = listener;
    } catch {
      // Port 5350 taken, no multicast, no gateway: announcements are a bonus, not a need.
    }
  }
}

/**
 * The eventSubURL of the WANIPConnection service in a parsed UPnP device description,
 * resolved against the description's location; null when the router lists none.
 */
export function findEventSubUrl(
  description: unknown,
  location: string,
  serviceType = 'urn:schemas-upnp-org:service:WANIPConnection',
): string | null {
  const stack: unknown[] = [description];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...(node as unknown[]));
    else if (node && typeof node === 'object') {
      const service = node as { serviceType?: unknown; eventSubURL?: unknown };
      if (
        typeof service.serviceType === 'string' &&
        service.serviceType.startsWith(serviceType) &&
        typeof service.eventSubURL === 'string' &&
        service.eventSubURL !== ''
      ) {
        try {
          return new URL(service.eventSubURL, location).toString();
        } catch {
          return null;
        }
      }
      stack.push(...Object.values(node));
    }
  }
  return null;
}
