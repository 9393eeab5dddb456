import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { AddressFamily } from '../../../../shared/validators/dns.js';
import { parseNetstatRoutes } from './darwin-routes.js';
import {
  parseIpRouteGet,
  parseProcIpv6Route,
  parseProcNetRoute,
  parseSysfsTraits,
} from './linux-routes.js';
import {
  classifyInterface,
  pictureOf,
  PROBE_ADDRESS,
  type InterfaceTraits,
  type RoutePicture,
  type RouteReader,
  type TunnelKind,
} from './route-picture.js';
import { parseNetAdapterJson, parseNetRouteJson } from './windows-routes.js';

/** How the reader reaches the OS: a command's stdout and a file's text, null when unavailable. */
export interface RouteSystem {
  platform: NodeJS.Platform;
  run(command: string, args: readonly string[]): Promise<string | null>;
  readText(path: string): Promise<string | null>;
}

export const hostRouteSystem: RouteSystem = {
  platform: process.platform,
  run: (command, args) =>
    new Promise((resolve) => {
      execFile(command, [...args], { timeout: 3_000, windowsHide: true }, (error, stdout) =>
        resolve(error ? null : stdout),
      );
    }),
  readText: (path) => readFile(path, 'utf8').catch(() => null),
};

const FAMILIES: readonly AddressFamily[] = ['ipv4', 'ipv6'];
const UNREADABLE: RoutePicture = { ipv4: null, ipv6: null, unreadable: FAMILIES };

/** The families whose table text is missing (the tool or file was not there). */
function unreadableOf(texts: Record<AddressFamily, string | null>): AddressFamily[] {
  return FAMILIES.filter((family) => texts[family] === null);
}

/**
 * The route picture of this machine, read the way each OS tells it. Reads within `reuseMs` of
 * real time share one answer: tables change rarely, and spawning commands on every check of a
 * virtual-time run (or a burst of triggers) would cost more than the check itself.
 */
export function createRouteReader(system: RouteSystem = hostRouteSystem, reuseMs = 0): RouteReader {
  let last: { at: number; picture: Promise<RoutePicture> } | null = null;
  return {
    read() {
      const now = performance.now();
      if (last && now - last.at < reuseMs) return last.picture;
      last = { at: now, picture: readOnce(system) };
      return last.picture;
    },
  };
}

const SYSTEM_REUSE_MS = 5_000;

/** The host's own reader, shared by every engine of the process. */
export const systemRouteReader: RouteReader = createRouteReader(hostRouteSystem, SYSTEM_REUSE_MS);

function readOnce(system: RouteSystem): Promise<RoutePicture> {
  return (async () => {
    try {
      if (system.platform === 'linux') return await readLinux(system);
      if (system.platform === 'darwin') return await readDarwin(system);
      if (system.platform === 'win32') return await readWindows(system);
    } catch {
      // A table that cannot be read says nothing about tunnels: the guard stays out of the way.
    }
    return UNREADABLE;
  })();
}

async function readLinux(system: RouteSystem): Promise<RoutePicture> {
  const [v4, v6] = await Promise.all([
    system.readText('/proc/net/route'),
    system.readText('/proc/net/ipv6_route'),
  ]);
  const table = [...parseProcNetRoute(v4 ?? ''), ...parseProcIpv6Route(v6 ?? '')];
  const traits = new Map<string, TunnelKind | null>();
  const tunnelOf = (name: string): TunnelKind | null => traits.get(name) ?? null;
  const names = new Set(table.map((entry) => entry.interfaceName));
  const taken = await Promise.all(
    FAMILIES.map(async (family) => {
      const text = await system.run('ip', [
        '-j',
        family === 'ipv4' ? '-4' : '-6',
        'route',
        'get',
        PROBE_ADDRESS[family],
      ]);
      const entry = text ? parseIpRouteGet(text, family) : null;
      if (entry) names.add(entry.interfaceName);
      return entry;
    }),
  );
  for (const name of names) traits.set(name, classifyInterface(await linuxTraits(system, name)));
  const ipv4 = pictureOf(table, 'ipv4', tunnelOf, taken[0] ?? undefined);
  const ipv6 = pictureOf(table, 'ipv6', tunnelOf, taken[1] ?? undefined);
  // With /proc readable, a missing ipv6_route means a kernel without IPv6: no route, not unknown.
  const unreadable = unreadableOf({ ipv4: v4, ipv6: v6 ?? v4 });
  return { ipv4, ipv6, unreadable: unreadable.filter((family) => !{ ipv4, ipv6 }[family]) };
}

async function linuxTraits(system: RouteSystem, name: string): Promise<InterfaceTraits> {
  if (!/^[\w.@-]+$/.test(name)) return { name };
  const base = `/sys/class/net/${name}`;
  const [type, uevent, tunFlags] = await Promise.all([
    system.readText(`${base}/type`),
    system.readText(`${base}/uevent`),
    system.readText(`${base}/tun_flags`),
  ]);
  return parseSysfsTraits(name, { type, uevent, tunFlags });
}

async function readDarwin(system: RouteSystem): Promise<RoutePicture> {
  const [v4, v6] = await Promise.all([
    system.run('netstat', ['-rn', '-f', 'inet']),
    system.run('netstat', ['-rn', '-f', 'inet6']),
  ]);
  const byName = (name: string) => classifyInterface({ name });
  return {
    ipv4: pictureOf(parseNetstatRoutes(v4 ?? '', 'ipv4'), 'ipv4', byName),
    ipv6: pictureOf(parseNetstatRoutes(v6 ?? '', 'ipv6'), 'ipv6', byName),
    unreadable: unreadableOf({ ipv4: v4, ipv6: v6 }),
  };
}

const POWERSHELL_ROUTES =
  'Get-NetRoute | Select-Object DestinationPrefix,NextHop,InterfaceAlias,RouteMetric,InterfaceMetric | ConvertTo-Json -Compress';
const POWERSHELL_ADAPTERS =
  'Get-NetAdapter -IncludeHidden | Select-Object Name,InterfaceDescription | ConvertTo-Json -Compress';

async function readWindows(system: RouteSystem): Promise<RoutePicture> {
  const shell = (script: string) =>
    system.run('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', script]);
  const [routes, adapters] = await Promise.all([
    shell(POWERSHELL_ROUTES),
    shell(POWERSHELL_ADAPTERS),
  ]);
  const table = routes === null ? null : parseNetRouteJson(routes);
  if (table === null) return UNREADABLE;
  const traits = new Map(parseNetAdapterJson(adapters ?? '').map((t) => [t.name, t]));
  const tunnelOf = (name: string) => classifyInterface(traits.get(name) ?? { name });
  return {
    ipv4: pictureOf(table, 'ipv4', tunnelOf),
    ipv6: pictureOf(table, 'ipv6', tunnelOf),
    unreadable: [],
  };
}
