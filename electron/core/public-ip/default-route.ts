import { gateway4async, gateway6async } from 'default-gateway';
import { gatewayLookupFailure } from './router-wan-reader.js';

/**
 * Whether the machine has a default route in either family, from the system's routing table
 * (default-gateway runs `ip route`, `netstat` or PowerShell). When the table cannot be read at
 * all (the tool is missing), the answer is "yes": an unknown must not silence every check.
 */
export async function systemHasDefaultRoute(): Promise<boolean> {
  const lookups = await Promise.allSettled([gateway4async(), gateway6async()]);
  if (lookups.some((lookup) => lookup.status === 'fulfilled')) return true;
  return !lookups.some(
    (lookup) =>
      lookup.status === 'rejected' &&
      !gatewayLookupFailure(lookup.reason, process.platform).permanent,
  );
}
