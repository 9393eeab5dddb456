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
          return router && wanted('ipv4') ? (await router.read()).address : 'idle';
        },
      },
    ];
  }

  async close(): Promise<void> {
    const dispatchers = this.#dispatchers;
    const router = this.#router;
    this.#dispatchers = null;
    this.#router = null;
    await Promise.all([dispatchers?.close(), router?.reader?.close(), this.#bound.close()]);
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
