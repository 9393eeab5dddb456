import type { Dispatcher } from 'undici';
import { Agent } from './undici-parts.js';
import type { AddressFamily } from '../../../shared/validators/dns.js';

/**
 * An undici Agent whose sockets are pinned to one family and, when given, leave from one local
 * address: binding to a physical interface's address sends the request past a VPN that holds
 * the default route (the kernel picks the route by source address where policy routing allows).
 */
export function createBoundDispatcher(family: AddressFamily, localAddress?: string): Agent {
  // localAddress is a Client option (undici lib/dispatcher/client.js hands it to the
  // connector per socket); inside `connect` it would be ignored.
  return new Agent({
    connect: { family: family === 'ipv4' ? 4 : 6 },
    ...(localAddress ? { localAddress } : {}),
    keepAliveTimeout: 10_000,
  });
}

/** One Agent per family, so a question about IPv4 is never answered over IPv6. */
export function createFamilyDispatchers(localAddress?: Partial<Record<AddressFamily, string>>) {
  const dispatchers = {
    ipv4: createBoundDispatcher('ipv4', localAddress?.ipv4),
    ipv6: createBoundDispatcher('ipv6', localAddress?.ipv6),
  };
  return {
    dispatchers: dispatchers as Record<AddressFamily, Dispatcher>,
    close: async () => {
      await Promise.all([dispatchers.ipv4.close(), dispatchers.ipv6.close()]);
    },
  };
}

/** Bound Agents kept per local address across checks (kept-alive sockets), closed together. */
export class BoundDispatcherPool {
  readonly #agents = new Map<string, Agent>();

  get(family: AddressFamily, localAddress: string): Dispatcher {
    const key = `${family}/${localAddress}`;
    let agent = this.#agents.get(key);
    if (!agent) {
      agent = createBoundDispatcher(family, localAddress);
      this.#agents.set(key, agent);
    }
    return agent;
  }

  async close(): Promise<void> {
    const agents = [...this.#agents.values()];
    this.#agents.clear();
    await Promise.all(agents.map((agent) => agent.close()));
  }
}
