import type { AddressFamily } from '../../../shared/validators/dns.js';
import type { Clock } from '../ports.js';
import { BoundDispatcherPool, createFamilyDispatchers } from '../http/bound-dispatcher.js';
import {
  fingerprintInterfaces,
  systemInterfaceReader,
  type InterfaceReader,
} from './interface-source.js';
import type { RouterWanReader } from './router-source.js';
import { createRouterWanReader } from './router-wan-reader.js';
import { RouterEvents } from './router-events.js';
import type { WatchedSignal } from '../engine/change-watcher.js';
import { followedFamilies, type EngineConfig } from '../engine/engine-config.js';
import type { SourceTransports } from './build-sources.js';

/**
 * What the sources reach the world through, kept across cycles: one pinned dispatcher per
 * family (kept-alive connections) and the router reader, rebuilt when its settings change.
 */
export class SourceTransportKeeper {
  #dispatchers: ReturnType<typeof createFamilyDispatchers> | null = null;
  readonly #bound = new BoundDispatcherPool();
  #router: { key: string; reader: RouterWanReader | null } | null = null;
  /** The router's own change announcements, for the reader they belong to. */
  #events: { reader: RouterWanReader; events: RouterEvents } | null = null;
  #push: ((address: string) => void) | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly interfaces: InterfaceReader = systemInterfaceReader,
    /** A router reader that replaces the one the settings describe (tests; null: none). */
    private readonly routerOverride?: RouterWanReader | null,
  ) {}

  transports(config: EngineConfig): SourceTransports {
    this.#dispatchers ??= createFamilyDispatchers();
    return {
      dispatchers: this.#dispatchers.dispatchers,
      interfaces: this.interfaces,
      router: this.#routerReader(config),
      bound: (family, localAddress) => this.#bound.get(family, localAddress),
    };
  }

  /**
   * The cheap local change signals, read against the latest settings. When nothing follows the
   * address there is no reason to look (nor to multicast for a router).
   */
  signals(latest: () => EngineConfig): WatchedSignal[] {
    const wanted = (family?: AddressFamily): boolean => {
      const families = followedFamilies(latest());
      return family ? families.includes(family) : families.length > 0;
    };
    return [
      {
        trigger: 'interfaces',
        read: async () => (wanted() ? fingerprintInterfaces(this.interfaces) : 'idle'),
      },
      {
        trigger: 'router',
        read: async () => {
          const router = this.#routerReader(latest());
          const active = router && wanted('ipv4') ? router : null;
          this.#followEvents(active);
          if (!active) return 'idle';
          // While the router's events hold, asking it every few seconds adds nothing.
          return this.#events?.events.address ?? (await active.read()).address;
        },
        watch: (push) => {
          this.#push = push;
          // The subscription itself ends in close(), which waits for its UNSUBSCRIBE.
          return () => void (this.#push = null);
        },
      },
    ];
  }

  async close(): Promise<void> {
    const dispatchers = this.#dispatchers;
    const router = this.#router;
    const events = this.#events;
    this.#dispatchers = null;
    this.#router = null;
    this.#events = null;
    await Promise.all([
      dispatchers?.close(),
      router?.reader?.close(),
      events?.events.stop(),
      this.#bound.close(),
    ]);
  }

  /** Listens to the announcements of `reader` (none when null or nobody is watching). */
  #followEvents(reader: RouterWanReader | null): void {
    if (this.#events?.reader === reader && reader) return;
    void this.#events?.events.stop();
    this.#events = null;
    const announcers = reader?.announcers?.bind(reader);
    if (!reader || !announcers || !this.#push) return;
    const events = new RouterEvents({
      announcers,
      clock: this.clock,
      timeoutMs: 5_000,
      onAddress: (address) => this.#push?.(address),
    });
    this.#events = { reader, events };
    void events.start();
  }

  #routerReader(config: EngineConfig): RouterWanReader | null {
    if (this.routerOverride !== undefined) return this.routerOverride;
    const settings = config.engine.router;
    const key = JSON.stringify([settings, config.engine.timeoutMs]);
    if (this.#router?.key !== key) {
      void this.#router?.reader?.close();
      const reader = settings.enabled
        ? createRouterWanReader({
            controlUrl: settings.controlUrl,
            eventUrl: settings.eventUrl,
            natPmp: settings.natPmp,
            timeoutMs: config.engine.timeoutMs,
            clock: this.clock,
          })
        : null;
      this.#router = { key, reader };
    }
    return this.#router.reader;
  }
}
