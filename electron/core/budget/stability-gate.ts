import type { AddressFamily } from '../../../shared/validators/dns.js';

/**
 * Counts consecutive checks that agreed on the same address per family. On a free account a
 * changed address spends one of two daily updates, so it must be seen `required` times in a
 * row first; a brief flap (failover link, lying source) then costs nothing.
 */
export class StabilityGate {
  readonly #seen = new Map<AddressFamily, { address: string; count: number }>();

  observe(family: AddressFamily, address: string): number {
    const last = this.#seen.get(family);
    const count = last?.address === address ? last.count + 1 : 1;
    this.#seen.set(family, { address, count });
    return count;
  }

  timesSeen(family: AddressFamily, address: string): number {
    const last = this.#seen.get(family);
    return last?.address === address ? last.count : 0;
  }
}
