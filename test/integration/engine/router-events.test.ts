import { afterEach, describe, expect, it, vi } from 'vitest';
import { startEngineWorld, type EngineWorld } from '../../support/engine/engine-world.js';

let harness: EngineWorld | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

/** The WAN address moves: the router and every echo source see the new one. */
function moveWan(h: EngineWorld, address: string): void {
  h.echo.setAddress('ipv4', address);
  h.echo.setRouterAddress(address);
}

/** Real time for the NOTIFY to cross loopback; virtual time stands still meanwhile. */
async function whenNotified(h: EngineWorld, count: number): Promise<void> {
  await vi.waitFor(() => expect(h.echo.igdEvents.notified).toBeGreaterThanOrEqual(count));
}

describe('instant router signals (UPnP GENA events)', () => {
  it('stores a router WAN change within a second of the event, with the poll and the watch far off', async () => {
    harness = await startEngineWorld({
      tier: 'premium',
      router: true,
      routerEvents: true,
      settings: { pollSeconds: 3_600, watchSeconds: 600 },
    });
    await harness.start();
    await harness.advance(2_000, 100);
    expect(harness.aRecord()).toBe('203.0.113.10');
    await whenNotified(harness, 1); // the initial event
    moveWan(harness, '203.0.113.60');
    await whenNotified(harness, 2);
    await harness.advance(1_000, 50);
    expect(harness.aRecord()).toBe('203.0.113.60');
  });

  it('falls back to reading the router every watchSeconds when it refuses to subscribe', async () => {
    harness = await startEngineWorld({
      tier: 'premium',
      router: true,
      routerEvents: true,
      settings: { pollSeconds: 3_600, watchSeconds: 5 },
    });
    harness.echo.igdEvents.eventing = false;
    await harness.start();
    await harness.advance(2_000, 100);
    moveWan(harness, '203.0.113.61');
    await harness.advance(1_000, 50);
    expect(harness.aRecord()).toBe('203.0.113.10');
    await harness.advance(8_000, 500);
    expect(harness.aRecord()).toBe('203.0.113.61');
  });

  it('unsubscribes when the engine stops', async () => {
    harness = await startEngineWorld({ router: true, routerEvents: true });
    await harness.start();
    await vi.waitFor(() => expect(harness!.echo.igdEvents.subscribers.size).toBe(1));
    await harness.core.stop();
    expect(harness.echo.igdEvents.subscribers.size).toBe(0);
  });
});
