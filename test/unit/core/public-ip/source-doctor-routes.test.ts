import { Agent } from 'undici';
import { afterAll, describe, expect, it } from 'vitest';
import { runSourceDoctor } from '../../../../electron/core/public-ip/source-doctor.js';
import type { SourceTransports } from '../../../../electron/core/public-ip/build-sources.js';
import type { LocalAddress } from '../../../../electron/core/public-ip/interface-source.js';
import {
  createRouteReader,
  type RouteSystem,
} from '../../../../electron/core/public-ip/routes/system-route-reader.js';
import { EngineSettingsSchema } from '../../../../shared/engine/engine-settings.js';
import { SourceCheckSchema } from '../../../../shared/engine/core-status.js';
import { HostSchema } from '../../../../shared/records/desired-records.js';
import * as samples from './routes/route-samples.js';

// Nothing listens on port 9 of 127.0.0.1: the echo sources fail at once, no traffic leaves.
const agent = new Agent();
afterAll(() => agent.close());

/** The recorded wg-quick machine: main table says eth0, `ip route get` says wg0 for IPv4. */
const wireguardMachine: RouteSystem = {
  platform: 'linux',
  readText: async (path) =>
    ({
      '/proc/net/route': samples.LINUX_PLAIN_ROUTE,
      '/proc/net/ipv6_route': samples.LINUX_IPV6_ROUTE,
      ...samples.LINUX_SYSFS,
    })[path] ?? null,
  run: async (command, args) =>
    ({
      'ip -j -4 route get 1.1.1.1': samples.LINUX_WG_ROUTE_GET_V4,
      'ip -j -6 route get 2606:4700:4700::1111': samples.LINUX_ETH_ROUTE_GET_V6,
    })[[command, ...args].join(' ')] ?? null,
};

const addresses: LocalAddress[] = [
  { interfaceName: 'eth0', family: 'ipv4', address: '192.168.1.20', temporary: false },
  { interfaceName: 'eth1', family: 'ipv4', address: '192.0.2.2', temporary: false },
  { interfaceName: 'wg0', family: 'ipv4', address: '10.64.0.2', temporary: false },
];
const transports: SourceTransports = {
  dispatchers: { ipv4: agent, ipv6: agent },
  interfaces: { list: async () => addresses },
  router: null,
};

function settingsWith(echo: 'hold' | 'bindPhysical') {
  return EngineSettingsSchema.parse({
    families: ['ipv4'],
    agreement: 1,
    sources: [
      { id: 'one', name: 'Echo one', family: 'ipv4', url: 'http://127.0.0.1:9/', format: 'plain' },
    ],
    vpn: { echo, allowInterfaces: [] },
  });
}

const wan2 = HostSchema.parse({
  id: 'h2',
  accountId: 'a',
  label: 'wan2',
  records: [{ type: 'A', mode: 'follow', from: { kind: 'interface', name: 'eth1' } }],
});

describe('the source doctor route picture', () => {
  it('shows a WireGuard default route as a tunnel and the echo source bound past it', async () => {
    const check = await runSourceDoctor(settingsWith('bindPhysical'), transports, {
      routes: createRouteReader(wireguardMachine),
      hosts: [wan2],
    });
    const [route] = SourceCheckSchema.parse(check).routes!;
    expect(route).toEqual({
      family: 'ipv4',
      interfaceName: 'wg0',
      unreadable: false,
      gateway: null,
      tunnel: 'wireguard',
      bindings: [
        { source: 'Echo one', boundTo: 'eth0 (192.168.1.20)' },
        {
          source: 'This computer’s network interfaces',
          boundTo: "this machine's interface addresses",
        },
        { source: 'Echo sources for wan2 (A)', boundTo: 'eth1 (192.0.2.2)' },
      ],
    });
  });

  it('says the echo source is not asked while the VPN holds the route', async () => {
    const check = await runSourceDoctor(settingsWith('hold'), transports, {
      routes: createRouteReader(wireguardMachine),
      hosts: [],
    });
    expect(check.routes![0]!.bindings).toEqual([
      {
        source: 'Echo one',
        boundTo: "not asked: VPN active (wg0): not publishing the VPN's address",
      },
      // The interfaces see the real addresses whatever the tunnel does: they stay asked.
      {
        source: 'This computer’s network interfaces',
        boundTo: "this machine's interface addresses",
      },
    ]);
  });

  it('says the route is unknown, not missing, when the routing table cannot be read', async () => {
    const noProc: RouteSystem = {
      platform: 'linux',
      readText: async () => null,
      run: async () => null,
    };
    const check = await runSourceDoctor(settingsWith('hold'), transports, {
      routes: createRouteReader(noProc),
      hosts: [],
    });
    const [route] = SourceCheckSchema.parse(check).routes!;
    expect(route).toMatchObject({ family: 'ipv4', interfaceName: null, unreadable: true });
    expect(route!.bindings[0]).toEqual({
      source: 'Echo one',
      boundTo: 'as usual (the routing table could not be read)',
    });
  });
});
