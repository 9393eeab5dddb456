import type { AddressFamily } from '../../../../shared/validators/dns.js';
import type { InterfaceTraits, RouteEntry } from './route-picture.js';

/**
 * The JSON of PowerShell's `Get-NetRoute | Select-Object DestinationPrefix, NextHop,
 * InterfaceAlias, RouteMetric, InterfaceMetric | ConvertTo-Json` (one object or an array).
 * Windows adds the route and interface metrics to choose among equal prefixes. null when the
 * answer is not JSON (the table could not be read).
 */
export function parseNetRouteJson(text: string): RouteEntry[] | null {
  const rows = jsonRows(text);
  if (rows === null) return null;
  const entries: RouteEntry[] = [];
  for (const row of rows) {
    const prefix = typeof row.DestinationPrefix === 'string' ? row.DestinationPrefix : null;
    const alias = typeof row.InterfaceAlias === 'string' ? row.InterfaceAlias : null;
    if (!prefix || !alias) continue;
    const [network, bits] = prefix.split('/') as [string, string | undefined];
    const family: AddressFamily = network.includes(':') ? 'ipv6' : 'ipv4';
    const nextHop = typeof row.NextHop === 'string' ? row.NextHop : '';
    entries.push({
      family,
      network,
      bits: Number.parseInt(bits ?? (family === 'ipv4' ? '32' : '128'), 10),
      gateway: nextHop === '' || nextHop === '0.0.0.0' || nextHop === '::' ? null : nextHop,
      interfaceName: alias,
      metric: Number(row.RouteMetric ?? 0) + Number(row.InterfaceMetric ?? 0),
    });
  }
  return entries;
}

/** `Get-NetAdapter -IncludeHidden | Select-Object Name, InterfaceDescription | ConvertTo-Json`. */
export function parseNetAdapterJson(text: string): InterfaceTraits[] {
  return (jsonRows(text) ?? []).flatMap((row) =>
    typeof row.Name === 'string'
      ? [
          {
            name: row.Name,
            ...(typeof row.InterfaceDescription === 'string'
              ? { description: row.InterfaceDescription }
              : {}),
          },
        ]
      : [],
  );
}

/** The answer's objects, or null when it is not JSON at all (PowerShell failed: unknown). */
function jsonRows(text: string): Record<string, unknown>[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
  const rows = Array.isArray(parsed) ? parsed : [parsed];
  return rows.filter(
    (row): row is Record<string, unknown> => typeof row === 'object' && row !== null,
  );
}
