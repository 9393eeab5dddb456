import type { AddressFamily } from '../../../shared/validators/dns.js';
import { detectAddress, type Detection } from './detect-address.js';
import { createInterfaceSource } from './interface-source.js';
import type { EngineConfig } from '../engine/engine-config.js';
import {
  buildSources,
  policyOf,
  type SourceSelection,
  type SourceTransports,
} from './build-sources.js';

/**
 * One family's check. A computer without a global IPv6 address has no public IPv6 (there is no
 * NAT to look through), so IPv6 is then known absent without asking any third party; on an
 * IPv4-only network the echo services would otherwise fail slowly and read as "unknown".
 */
export async function detectFamily(
  config: EngineConfig,
  family: AddressFamily,
  transports: SourceTransports,
  signal: AbortSignal,
  /** Per-record origins and the VPN guard narrow the sources and may lower the agreement. */
  select: SourceSelection & { agreement?: number } = {},
): Promise<Detection> {
  if (family === 'ipv6' && config.engine.useInterfaces) {
    const local = await createInterfaceSource(
      'ipv6',
      transports.interfaces,
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
  return detectAddress(family, buildSources(config.engine, family, transports, select), {
    agreement: select.agreement ?? config.engine.agreement,
    signal,
  });
}
