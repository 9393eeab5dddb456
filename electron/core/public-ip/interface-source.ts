import { readFile } from 'node:fs/promises';
import os from 'node:os';
import ipaddr from 'ipaddr.js';
import type { AddressFamily } from '../../../shared/validators/dns.js';
import { judgeAddress, label, type AddressPolicy } from './address-policy.js';
import type { AddressSource } from './source-answer.js';

/** The machine's own addresses, as the OS lists them. Injected so tests need no real NICs. */
export interface InterfaceReader {
  list(): Promise<LocalAddress[]>;
}

export interface LocalAddress {
  interfaceName: string;
  family: AddressFamily;
  address: string;
  /** Privacy (temporary) or deprecated addresses change by design; avoid publishing them. */
  temporary: boolean;
}

// Linux ifa_flags as printed in /proc/net/if_inet6 (include/uapi/linux/if_addr.h).
const IFA_F_TEMPORARY = 0x01;
const IFA_F_DEPRECATED = 0x20;

/** Reads os.networkInterfaces(), marking temporary IPv6 addresses where Linux tells. */
export const systemInterfaceReader: InterfaceReader = {
  async list() {
    const temporary = await readLinuxTemporaryAddresses();
    const result: LocalAddress[] = [];
    for (const [name, entries] of Object.entries(os.networkInterfaces())) {
      for (const entry of entries ?? []) {
        if (entry.internal) continue;
        const family: AddressFamily = entry.family === 'IPv4' ? 'ipv4' : 'ipv6';
        const address = entry.address.split('%')[0]!;
        result.push({
          interfaceName: name,
          family,
          address,
          temporary: temporary.has(canonical(address)),
        });
      }
    }
    return result;
  },
};

/** Absent on other systems and in some containers: then nothing is known to be temporary. */
async function readLinuxTemporaryAddresses(): Promise<Set<string>> {
  let text: string;
  try {
    text = await readFile('/proc/net/if_inet6', 'utf8');
  } catch {
    return new Set();
  }
  return temporaryAddressesIn(text);
}

/** Addresses flagged temporary or deprecated in /proc/net/if_inet6 text. */
export function temporaryAddressesIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const line of text.split('\n')) {
    const [hex, , , , flagsHex] = line.trim().split(/\s+/);
    if (!hex || hex.length !== 32 || !flagsHex) continue;
    const flags = Number.parseInt(flagsHex, 16);
    if (flags & (IFA_F_TEMPORARY | IFA_F_DEPRECATED))
      found.add(canonical(hex.replace(/(.{4})(?!$)/g, '$1:')));
  }
  return found;
}

function canonical(address: string): string {
  try {
    return ipaddr.parse(address).toString();
  } catch {
    return address;
  }
}

/** A stable fingerprint of every address on the machine: it changes when any interface does. */
export async function fingerprintInterfaces(reader: InterfaceReader): Promise<string> {
  const all = await reader.list();
  return all
    .map((entry) => `${entry.interfaceName}/${canonical(entry.address)}`)
    .sort()
    .join(',');
}

/**
 * The machine's own global address as a source: the usual case for IPv6. Stable addresses
 * are preferred over temporary ones, so the record does not follow privacy rotations.
 */
export function createInterfaceSource(
  family: AddressFamily,
  reader: InterfaceReader,
  policy: AddressPolicy,
): AddressSource {
  const id = `interfaces-${family}`;
  const name = 'This computer\u2019s network interfaces';
  return {
    id,
    name,
    kind: 'interface',
    family,
    async ask() {
      const started = performance.now();
      const base = { sourceId: id, sourceName: name, kind: 'interface' as const, family };
      const latencyMs = () => Math.round(performance.now() - started);
      let entries: LocalAddress[];
      try {
        entries = await reader.list();
      } catch (error) {
        return {
          ...base,
          latencyMs: latencyMs(),
          outcome: 'error',
          problem: `could not list interfaces (${String(error)})`,
        };
      }
      const usable = entries
        .filter((entry) => entry.family === family)
        .map((entry) => ({
          entry,
          verdict: judgeAddress(family, entry.address.split('%')[0]!, policy),
        }))
        .filter((item) => item.verdict.ok)
        .sort((a, b) => Number(a.entry.temporary) - Number(b.entry.temporary));
      const best = usable[0];
      if (!best || !best.verdict.ok)
        return {
          ...base,
          latencyMs: latencyMs(),
          outcome: 'none',
          detail: `no global ${label(family)} address on this computer`,
        };
      return { ...base, latencyMs: latencyMs(), outcome: 'address', address: best.verdict.address };
    },
  };
}
