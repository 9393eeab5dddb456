import { describe, expect, it } from 'vitest';
import {
  classifyInterface,
  hasRouteToInternet,
} from '../../../../../electron/core/public-ip/routes/route-picture.js';
import {
  createRouteReader,
  type RouteSystem,
} from '../../../../../electron/core/public-ip/routes/system-route-reader.js';
import * as samples from './route-samples.js';

function system(
  platform: NodeJS.Platform,
  files: Record<string, string>,
  commands: Record<string, string>,
): RouteSystem {
  return {
    platform,
    readText: async (path) => files[path] ?? null,
    run: async (command, args) => commands[[command, ...args].join(' ')] ?? null,
  };
}

describe('the route picture on Linux', () => {
  it('sees an OpenVPN def1 split route through tun0 and keeps eth0 as the physical way out', async () => {
    const picture = await createRouteReader(
      system(
        'linux',
        { '/proc/net/route': samples.LINUX_OPENVPN_ROUTE, ...samples.LINUX_SYSFS },
        {},
      ),
    ).read();
    expect(picture.ipv4).toEqual({
      family: 'ipv4',
      interfaceName: 'tun0',
      gateway: '10.8.0.1',
      tunnel: 'tun',
      physical: { interfaceName: 'eth0', gateway: '192.168.1.1' },
    });
    expect(picture.ipv6).toBeNull();
  });

  it('follows wg-quick policy routing through `ip route get` while the main table shows eth0', async () => {
    const picture = await createRouteReader(
      system(
        'linux',
        {
          '/proc/net/route': samples.LINUX_PLAIN_ROUTE,
          '/proc/net/ipv6_route': samples.LINUX_IPV6_ROUTE,
          ...samples.LINUX_SYSFS,
        },
        {
          'ip -j -4 route get 1.1.1.1': samples.LINUX_WG_ROUTE_GET_V4,
          'ip -j -6 route get 2606:4700:4700::1111': samples.LINUX_ETH_ROUTE_GET_V6,
        },
      ),
    ).read();
    expect(picture.ipv4).toMatchObject({
      interfaceName: 'wg0',
      tunnel: 'wireguard',
      physical: { interfaceName: 'eth0', gateway: '192.168.1.1' },
    });
    expect(picture.ipv6).toMatchObject({ interfaceName: 'eth0', gateway: 'fe80::1', tunnel: null });
  });

  it('reads a plain table as no tunnel, and an unreadable one as unknown, not as no route', async () => {
    const plain = await createRouteReader(
      system('linux', { '/proc/net/route': samples.LINUX_PLAIN_ROUTE, ...samples.LINUX_SYSFS }, {}),
    ).read();
    expect(plain.ipv4).toMatchObject({ interfaceName: 'eth0', tunnel: null });
    // No ipv6_route beside a readable /proc: a kernel without IPv6, so no route (known).
    expect(plain.unreadable).toEqual([]);
    const unread = await createRouteReader(system('linux', {}, {})).read();
    expect(unread).toEqual({ ipv4: null, ipv6: null, unreadable: ['ipv4', 'ipv6'] });
    expect(hasRouteToInternet(unread)).toBe(true);
  });

  it('reads tables without a default route as no route: the machine is offline', async () => {
    const picture = await createRouteReader(
      system(
        'linux',
        { '/proc/net/route': samples.LINUX_NO_DEFAULT_ROUTE, '/proc/net/ipv6_route': '' },
        {},
      ),
    ).read();
    expect(picture).toEqual({ ipv4: null, ipv6: null, unreadable: [] });
    expect(hasRouteToInternet(picture)).toBe(false);
  });
});

describe('the route picture on macOS', () => {
  const darwin = (inet: string, inet6: string) =>
    createRouteReader(
      system('darwin', {}, { 'netstat -rn -f inet': inet, 'netstat -rn -f inet6': inet6 }),
    ).read();

  it('sees WireGuard on utun4 holding 0/1 and 128.0/1, with en0 beside it', async () => {
    const picture = await darwin(samples.DARWIN_WIREGUARD_INET, samples.DARWIN_PLAIN_INET6);
    expect(picture.ipv4).toEqual({
      family: 'ipv4',
      interfaceName: 'utun4',
      gateway: null,
      tunnel: 'utun',
      physical: { interfaceName: 'en0', gateway: '192.168.1.1' },
    });
  });

  it('ignores the system utun interfaces scoped to themselves: IPv6 leaves through en0', async () => {
    const picture = await darwin(samples.DARWIN_WIREGUARD_INET, samples.DARWIN_PLAIN_INET6);
    expect(picture.ipv6).toMatchObject({ interfaceName: 'en0', gateway: 'fe80::1', tunnel: null });
  });

  it('tells a table without a default route (offline) from netstat failing (unknown)', async () => {
    const offline = await darwin(samples.DARWIN_NO_DEFAULT_INET, samples.DARWIN_NO_DEFAULT_INET);
    expect(offline).toEqual({ ipv4: null, ipv6: null, unreadable: [] });
    expect(hasRouteToInternet(offline)).toBe(false);
    const failed = await createRouteReader(system('darwin', {}, {})).read();
    expect(failed.unreadable).toEqual(['ipv4', 'ipv6']);
    expect(hasRouteToInternet(failed)).toBe(true);
  });
});

describe('the route picture on Windows', () => {
  const windows = (routes: string, adapters: string) =>
    createRouteReader(
      system(
        'win32',
        {},
        {
          [`powershell.exe -NoProfile -NonInteractive -Command Get-NetRoute | Select-Object DestinationPrefix,NextHop,InterfaceAlias,RouteMetric,InterfaceMetric | ConvertTo-Json -Compress`]:
            routes,
          [`powershell.exe -NoProfile -NonInteractive -Command Get-NetAdapter -IncludeHidden | Select-Object Name,InterfaceDescription | ConvertTo-Json -Compress`]:
            adapters,
        },
      ),
    ).read();

  it('picks the lower route + interface metric and knows WireGuard by its adapter description', async () => {
    const picture = await windows(samples.WINDOWS_NET_ROUTE, samples.WINDOWS_NET_ADAPTER);
    expect(picture.ipv4).toEqual({
      family: 'ipv4',
      interfaceName: 'Office',
      gateway: null,
      tunnel: 'wireguard',
      physical: { interfaceName: 'Ethernet', gateway: '192.168.1.1' },
    });
    expect(picture.ipv6).toMatchObject({ interfaceName: 'Ethernet', tunnel: null });
  });

  it('reads a single-object answer with a BOM: an OpenVPN TAP adapter and nothing else', async () => {
    const picture = await windows(samples.WINDOWS_SINGLE_ROUTE, samples.WINDOWS_TAP_ADAPTER);
    expect(picture.ipv4).toMatchObject({
      interfaceName: 'Local Area Connection 2',
      tunnel: 'tap',
      physical: null,
    });
  });

  it('tells a table with loopback only (offline) from PowerShell failing or babbling (unknown)', async () => {
    const offline = await windows(samples.WINDOWS_LOOPBACK_ONLY, samples.WINDOWS_NET_ADAPTER);
    expect(offline).toEqual({ ipv4: null, ipv6: null, unreadable: [] });
    expect(hasRouteToInternet(offline)).toBe(false);
    for (const answer of ['Get-NetRoute : Access denied', '']) {
      const failed = await windows(answer, samples.WINDOWS_NET_ADAPTER);
      expect(failed.unreadable).toEqual(['ipv4', 'ipv6']);
      expect(hasRouteToInternet(failed)).toBe(true);
    }
    const missing = await createRouteReader(system('win32', {}, {})).read();
    expect(missing.unreadable).toEqual(['ipv4', 'ipv6']);
  });
});

describe('telling a tunnel from a physical interface', () => {
  it.each([
    [{ name: 'wg0', linuxType: 65534, devtype: 'wireguard' }, 'wireguard'],
    [{ name: 'vpn-home', linuxType: 65534, devtype: 'wireguard' }, 'wireguard'],
    [{ name: 'myvpn', linuxType: 65534, tunFlags: true }, 'tun'],
    [{ name: 'bridge-vpn', linuxType: 1, tunFlags: true }, 'tap'],
    [{ name: 'ppp0', linuxType: 512 }, 'ppp'],
    [{ name: 'utun3' }, 'utun'],
    [{ name: 'ipsec0' }, 'ipsec'],
    [
      {
        name: 'Ethernet 2',
        description: 'Cisco AnyConnect Secure Mobility Client Virtual Miniport Adapter',
      },
      'vpn',
    ],
    [{ name: 'eth0', linuxType: 1 }, null],
    [{ name: 'en0' }, null],
    [{ name: 'Wi-Fi', description: 'Intel(R) Wi-Fi 6 AX201 160MHz' }, null],
  ])('%j is %s', (traits, kind) => {
    expect(classifyInterface(traits)).toBe(kind);
  });
});
