import type { Host } from '../../../shared/records/desired-records.js';
import type { AddressFamily } from '../../../shared/validators/dns.js';
import type { Detection } from '../public-ip/detect-address.js';
import type { AppliedHost } from '../sync/sync-ports.js';

/** Past agreeing checks kept per family at most, whatever the window (bounds memory). */
export const HOLD_MAX_CHECKS = 500;

const COUNT_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six'];

/**
 * Load-balanced WAN links make agreeing checks alternate between addresses, and following each
 * one would rewrite the record on every check. An address is "seen" while some agreeing check
 * named it within the window. When the new address alternates with the published one (the
 * published one came back after the new one was first seen), the published one is kept; once it
 * has not been seen for the whole window, the change goes through like any other.
 */
export class MultiWanHold {
  readonly #seen = new Map<AddressFamily, { address: string; at: number; agreedBy: string[] }[]>();

  constructor(private readonly windowMs: () => number) {}

  /** The detection to act on: the new one, or the published address held, with a notice. */
  apply(detection: Detection, published: string | null, now: number): Detection {
    if (detection.state !== 'known') return detection;
    const window = this.#recent(detection.family, now);
    window.push({ address: detection.address, at: now, agreedBy: detection.agreedBy });
    if (window.length > HOLD_MAX_CHECKS) window.shift();
    if (this.windowMs() <= 0 || published === null) return detection;
    const addresses = window.map((entry) => entry.address);
    const held =
      published !== detection.address && interleaved(addresses, published, detection.address);
    const kept = held ? published : detection.address;
    const others = [...new Set(addresses)].filter(
      (a) => a !== kept && interleaved(addresses, a, kept),
    );
    if (others.length === 0) return detection;
    const seen = [kept, ...others].sort();
    const notice = `${countWord(seen.length)} WAN addresses seen (${seen.join(', ')}); keeping ${kept}`;
    if (!held) return { ...detection, notice };
    const last = window.findLast((entry) => entry.address === kept);
    return { ...detection, address: kept, agreedBy: last?.agreedBy ?? [], notice };
  }

  #recent(family: AddressFamily, now: number) {
    const since = now - this.windowMs();
    const window = (this.#seen.get(family) ?? []).filter((entry) => entry.at > since);
    this.#seen.set(family, window);
    return window;
  }
}

/**
 * True when each address was seen again after the other first appeared: the links alternate.
 * A plain change (A A A B B) is not interleaved, so it goes through at once.
 */
function interleaved(addresses: readonly string[], a: string, b: string): boolean {
  const firstA = addresses.indexOf(a);
  const firstB = addresses.indexOf(b);
  if (firstA < 0 || firstB < 0) return false;
  return addresses.lastIndexOf(a) > firstB && addresses.lastIndexOf(b) > firstA;
}

function countWord(count: number): string {
  return COUNT_WORDS[count] ?? String(count);
}

/**
 * The address the records of a family hold now: the value most hosts following it last had
 * accepted; null when none has been written yet.
 */
export function publishedAddress(
  family: AddressFamily,
  hosts: readonly Host[],
  applied: ReadonlyMap<string, AppliedHost>,
): string | null {
  const type = family === 'ipv4' ? 'A' : 'AAAA';
  const counts = new Map<string, number>();
  for (const host of hosts) {
    if (!host.enabled || !host.records.some((r) => r.type === type && r.mode === 'follow'))
      continue;
    const value = applied.get(host.id)?.records[type];
    if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [value, count] of counts) if (best === null || count > counts.get(best)!) best = value;
  return best;
}
