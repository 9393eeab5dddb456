import type { AddressFamily } from '../../../shared/validators/dns.js';
import { detectAddress, type Detection } from '../public-ip/detect-address.js';
import { createInterfaceSource } from '../public-ip/interface-source.js';
import { buildSources, policyOf, type EngineConfig, type SourceWorld } from './engine-config.js';

/**
 * One family's check. A computer without a global IPv6 address has no public IPv6 (there is no
 * NAT to look through), so IPv6 is then known absent without asking any third party; on an
 * IPv4-only network the echo services would otherwise fail slowly and read as "unknown".
 */
export async function detectFamily(
  config: EngineConfig,
  family: AddressFamily,
  world: SourceWorld,
  signal: AbortSignal,
): Promise<Detection> {
  if (family === 'ipv6' && config.engine.useInterfaces) {
    const local = await createInterfaceSource(
      'ipv6',
      world.interfaces,
      policyOf(config.engine),
    ).ask(signal);
    if (local.outcome === 'none')
      return {
        family,
        state: 'absent',
        detail: 'this computer has no global IPv6 address',
        answers: [local],
      };
  }
  return detectAddress(family, buildSources(config.engine, family, world), {
    agreement: config.engine.agreement,
    signal,
  });
}
