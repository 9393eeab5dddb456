import { afterEach, describe, expect, it } from 'vitest';
import type { RoutePicture } from '../../../electron/core/public-ip/routes/route-picture.js';
import {
  ROUTE_PRESENT,
  startEngineWorld,
  type EngineWorld,
} from '../../support/engine/engine-world.js';

let harness: EngineWorld | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

const HOLD = "VPN active (wg0): not publishing the VPN's address";
const WIREGUARD_UP: RoutePicture = {
  ipv4: {
    family: 'ipv4',
    interfaceName: 'wg0',
    gateway: null,
    tunnel: 'wireguard',
    physical: { interfaceName: 'eth0', gateway: '192.168.1.1' },
  },
  ipv6: null,
  unreadable: [],
};

/** Publishes the real address, then a WireGuard tunnel takes the route: echo services see its exit. */
async function startBehindVpn(
  options: Parameters<typeof startEngineWorld>[0] = {},
): Promise<EngineWorld> {
  const started = await startEngineWorld({ tier: 'premium', ...options });
  harness = started;
  await started.start();
  await started.advance(20_000);
  expect(started.aRecord()).toBe('203.0.113.10');
  started.routes.picture = WIREGUARD_UP;
  started.echo.setAddress('ipv4', '198.51.100.50');
  return started;
}

describe('the engine behind a VPN', () => {
  it('keeps the last good address and says why while the tunnel holds the route', async () => {
    const h = await startBehindVpn();
    await h.advance(5 * 60_000, 5_000);
    expect(h.aRecord()).toBe('203.0.113.10');
    const status = h.core.engine!.status();
    expect(status.summary).toBe(HOLD);
    expect(status.overall).toBe('attention');
    expect(status.families[0]).toMatchObject({ state: 'unknown', vpn: HOLD, detail: HOLD });
    // No echo service was even asked while held.
    const asked = h.echo.requestCount();
    await h.advance(2 * 60_000, 5_000);
    expect(h.echo.requestCount()).toBe(asked);

    h.routes.picture = ROUTE_PRESENT;
    h.echo.setAddress('ipv4', '203.0.113.11');
    // Held checks count as blind ones, so the next check may come after the back-off.
    await h.advance(20 * 60_000, 10_000);
    expect(h.aRecord()).toBe('203.0.113.11');
    expect(h.core.engine!.status().families[0]!.vpn).toBeUndefined();
  });

  it('still trusts the router, which sees the real WAN through the tunnel', async () => {
    const h = await startBehindVpn({ router: true });
    h.echo.setRouterAddress('203.0.113.99');
    await h.advance(3 * 60_000, 5_000);
    expect(h.aRecord()).toBe('203.0.113.99');
    expect(h.core.engine!.status().families[0]).toMatchObject({ state: 'known', vpn: HOLD });
  });

  it('asks the echo services from the physical interface when told to bind', async () => {
    const h = await startBehindVpn({
      settings: { vpn: { echo: 'bindPhysical', allowInterfaces: [] } },
    });
    // Requests leaving from eth0's address see the real WAN; the others the VPN's exit.
    h.interfaces.addresses = [
      { interfaceName: 'eth0', family: 'ipv4', address: '127.0.0.2', temporary: false },
      { interfaceName: 'wg0', family: 'ipv4', address: '127.0.0.3', temporary: false },
    ];
    h.echo.setLinkAddress('127.0.0.2', 'ipv4', '203.0.113.44');
    await h.advance(3 * 60_000, 5_000);
    expect(h.aRecord()).toBe('203.0.113.44');
    expect(h.core.engine!.status().families[0]!.vpn).toBe(
      'VPN active (wg0): echo services asked from eth0 (127.0.0.2)',
    );
  });

  it('holds anyway when binding is asked for but the physical interface has no address', async () => {
    const h = await startBehindVpn({
      settings: { vpn: { echo: 'bindPhysical', allowInterfaces: [] } },
    });
    await h.advance(3 * 60_000, 5_000);
    expect(h.aRecord()).toBe('203.0.113.10');
    expect(h.core.engine!.status().summary).toBe(`${HOLD} (no physical interface to ask from)`);
  });

  it('publishes what the echo services see through a tunnel the user allowed', async () => {
    const h = await startBehindVpn({
      settings: { vpn: { echo: 'hold', allowInterfaces: ['wg0'] } },
    });
    await h.advance(3 * 60_000, 5_000);
    expect(h.aRecord()).toBe('198.51.100.50');
  });
});
