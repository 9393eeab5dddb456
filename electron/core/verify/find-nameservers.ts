import { promises as dns } from 'node:dns';
import { isIP } from 'node:net';
import { parseNameserver } from '../../../shared/settings/verify-settings.js';
import type { WireTarget } from './dns-transport.js';

/** A nameserver to ask, with the name people recognise it by ("ns1.freedns.io (192.0.2.1)"). */
export interface NameserverTarget extends WireTarget {
  label: string;
}

/** The system resolver, only for finding the zone's nameservers (never for the records). */
export interface SystemDns {
  resolveNs(zone: string): Promise<string[]>;
  resolveAddresses(host: string): Promise<string[]>;
}

export const systemDns: SystemDns = {
  resolveNs: (zone) => dns.resolveNs(zone),
  async resolveAddresses(host) {
    const found = await Promise.all([
      dns.resolve4(host).catch(() => [] as string[]),
      dns.resolve6(host).catch(() => [] as string[]),
    ]);
    if (found.flat().length > 0) return found.flat();
    // A name the settings list (say "localhost") may only be in the hosts file.
    const local = await dns.lookup(host, { all: true }).catch(() => []);
    return local.map((entry) => entry.address);
  },
};

/**
 * The nameservers to ask: those the settings list (for emulators and tests), or else the
 * zone's NS records looked up through the system resolver. Returns a sentence when none is
 * found, so the records become `unknown` with that reason.
 */
export async function findNameservers(
  configured: readonly string[],
  zone: string,
  system: SystemDns,
): Promise<NameserverTarget[] | string> {
  if (configured.length > 0) return fromSettings(configured, system);
  let names: string[];
  try {
    names = await system.resolveNs(zone);
  } catch (error) {
    return `the nameservers of ${zone} could not be looked up (${codeOf(error)})`;
  }
  if (names.length === 0) return `${zone} lists no nameservers`;
  const targets = await Promise.all(
    names.sort().map(async (name) => {
      const addresses = await system.resolveAddresses(name).catch(() => [] as string[]);
      return addresses.map((address) => ({ address, port: 53, label: `${name} (${address})` }));
    }),
  );
  const flat = targets.flat();
  return flat.length > 0 ? flat : `no address found for the nameservers of ${zone}`;
}

async function fromSettings(
  configured: readonly string[],
  system: SystemDns,
): Promise<NameserverTarget[] | string> {
  const targets: NameserverTarget[] = [];
  const problems: string[] = [];
  for (const entry of configured) {
    const parsed = parseNameserver(entry);
    if (typeof parsed === 'string') {
      problems.push(`${entry}: ${parsed}`);
      continue;
    }
    if (isIP(parsed.host)) {
      targets.push({ address: parsed.host, port: parsed.port, label: entry });
      continue;
    }
    const addresses = await system.resolveAddresses(parsed.host).catch(() => [] as string[]);
    if (addresses.length === 0) problems.push(`${entry}: no address found`);
    for (const address of addresses)
      targets.push({ address, port: parsed.port, label: `${entry} (${address})` });
  }
  return targets.length > 0 ? targets : `no usable nameserver: ${problems.join('; ')}`;
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}
