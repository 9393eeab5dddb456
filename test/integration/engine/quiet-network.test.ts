import { afterEach, describe, expect, it } from 'vitest';
import {
  ROUTE_PRESENT,
  startEngineWorld,
  type EngineWorld,
} from '../../support/engine/engine-world.js';

/** Both tables read, neither with a route to the internet: the machine is offline. */
const NO_ROUTE = { ipv4: null, ipv6: null, unreadable: [] };
/** The tables could not be read at all: unknown, so checks go on as usual. */
const UNREADABLE = { ipv4: null, ipv6: null, unreadable: ['ipv4', 'ipv6'] as const };

let harness: EngineWorld | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

const MINUTE = 60_000;

/** The sync:outcome events that would notify "update failed". */
const failures = (h: EngineWorld) =>
  h.events.filter(
    (e) =>
      e.name === 'sync:outcome' &&
      (e.payload as { outcome: { kind: string } }).outcome.kind === 'failed',
  ) as { payload: { at: string; outcome: { reason: string } } }[];

/** freedns.io answers 500 to everything (a transient failure) until cleared. */
function breakFreedns(h: EngineWorld): void {
  h.freedns.faults.add({ kind: 'status500' }, 100_000);
}

async function startWritten(
  options: Parameters<typeof startEngineWorld>[0] = {},
): Promise<EngineWorld> {
  const h = await startEngineWorld({ tier: 'premium', ...options });
  await h.start();
  await h.advance(2_000);
  expect(h.aRecord()).toBe('203.0.113.10');
  return h;
}

describe('quiet when offline or asleep', () => {
  it('offline: no check, no failure counted or told; back online, it checks at once', async () => {
    harness = await startWritten();
    harness.emitNetworkEvent('offline');
    harness.echo.setAddress('ipv4', '203.0.113.70');
    breakFreedns(harness);
    const asked = harness.echo.requestCount();
    await harness.advance(30 * MINUTE, 5_000);
    expect(harness.echo.requestCount()).toBe(asked);
    expect(harness.freedns.state().requestLog).toHaveLength(1);
    expect(failures(harness)).toEqual([]);
    harness.freedns.faults.clear();
    harness.emitNetworkEvent('online');
    await harness.advance(2_000, 100);
    expect(harness.aRecord()).toBe('203.0.113.70');
  });

  it('no default route: waits without asking anyone, then checks within 15 s of the route coming back', async () => {
    harness = await startWritten();
    harness.routes.picture = NO_ROUTE;
    harness.echo.setAddress('ipv4', '203.0.113.71');
    harness.core.engine!.updateNow();
    const asked = harness.echo.requestCount();
    await harness.advance(20 * MINUTE, 5_000);
    expect(harness.echo.requestCount()).toBe(asked);
    expect(harness.aRecord()).toBe('203.0.113.10');
    harness.routes.picture = ROUTE_PRESENT;
    await harness.advance(16_000, 1_000);
    expect(harness.aRecord()).toBe('203.0.113.71');
  });

  it('unreadable routing tables never silence the checks', async () => {
    harness = await startWritten();
    harness.routes.picture = UNREADABLE;
    harness.echo.setAddress('ipv4', '203.0.113.75');
    harness.core.engine!.updateNow();
    await harness.advance(2_000, 100);
    expect(harness.aRecord()).toBe('203.0.113.75');
  });

  it('no route: failures are neither counted nor told, however long it lasts', async () => {
    harness = await startWritten();
    harness.routes.picture = NO_ROUTE;
    breakFreedns(harness);
    harness.echo.setAddress('ipv4', '203.0.113.76');
    harness.core.engine!.updateNow();
    await harness.advance(30 * MINUTE, 5_000);
    expect(failures(harness)).toEqual([]);
    harness.freedns.faults.clear();
    harness.routes.picture = ROUTE_PRESENT;
    await harness.advance(16_000, 1_000);
    expect(harness.aRecord()).toBe('203.0.113.76');
  });

  it('just resumed: a failing freedns.io is retried soon, not counted and not told', async () => {
    harness = await startWritten();
    breakFreedns(harness);
    harness.echo.setAddress('ipv4', '203.0.113.72');
    harness.emitNetworkEvent('resume');
    await harness.advance(90_000, 1_000);
    expect(failures(harness)).toEqual([]);
    const status = await harness.core.handlers['status:get'](undefined);
    expect(status.hosts[0]!.records[0]!.outcome).toMatchObject({
      kind: 'deferred',
      reason: expect.stringContaining('the computer has just resumed'),
    });
    // No back-off was built up: once freedns.io answers, the next try comes within 15 s.
    harness.freedns.faults.clear();
    await harness.advance(16_000, 1_000);
    expect(harness.aRecord()).toBe('203.0.113.72');
  });

  it('failures lasting 9 minutes online are not told', async () => {
    harness = await startWritten();
    breakFreedns(harness);
    harness.echo.setAddress('ipv4', '203.0.113.73');
    harness.core.engine!.updateNow();
    await harness.advance(9 * MINUTE, 5_000);
    expect(failures(harness)).toEqual([]);
    harness.freedns.faults.clear();
    await harness.advance(20 * MINUTE, 5_000);
    expect(harness.aRecord()).toBe('203.0.113.73');
    expect(failures(harness)).toEqual([]);
  });

  it('failures lasting 10 minutes online are told once, as update failed', async () => {
    harness = await startWritten();
    breakFreedns(harness);
    harness.echo.setAddress('ipv4', '203.0.113.74');
    harness.core.engine!.updateNow();
    const began = harness.clock.now();
    await harness.advance(30 * MINUTE, 5_000);
    const told = failures(harness);
    expect(told).toHaveLength(1);
    expect(Date.parse(told[0]!.payload.at) - began).toBeGreaterThanOrEqual(10 * MINUTE);
    expect(told[0]!.payload.outcome.reason).toMatch(/500/);
  });
});
