import { afterEach, describe, expect, it } from 'vitest';
import { startEngineWorld, type EngineWorld } from '../../support/engine/engine-world.js';

let harness: EngineWorld | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

const writes = (h: EngineWorld) =>
  h.freedns.state().requestLog.filter((entry) => entry.params.record === 'A');

describe('the follow-the-IP engine', () => {
  it('writes a changed address on the first check that confirms it (free tier: the second agreeing check)', async () => {
    harness = await startEngineWorld();
    await harness.start();
    await harness.advance(20_000);
    expect(harness.aRecord()).toBe('203.0.113.10');
    harness.echo.setAddress('ipv4', '203.0.113.77');
    await harness.advance(61_000);
    // seen once by the poll; a confirming check follows within 15 s, not a whole poll later
    await harness.advance(16_000);
    expect(harness.aRecord()).toBe('203.0.113.77');
    expect(writes(harness).map((entry) => entry.params.value)).toEqual([
      '203.0.113.10',
      '203.0.113.77',
    ]);
    expect(
      harness.events
        .filter((e) => e.name === 'ip:changed')
        .map((e) => (e.payload as { address: string }).address),
    ).toEqual(['203.0.113.10', '203.0.113.77']);
  });

  it('makes zero wrong writes when one of three sources lies', async () => {
    harness = await startEngineWorld({ tier: 'premium' });
    harness.echo.setBehaviour('bravo', { behaviour: 'lie', address: '198.51.100.66' });
    await harness.start();
    await harness.advance(10 * 60_000, 5_000);
    expect(writes(harness).map((entry) => entry.params.value)).toEqual(['203.0.113.10']);
    const status = await harness.core.handlers['status:get'](undefined);
    expect(status.families[0]).toMatchObject({ state: 'known', address: '203.0.113.10' });
  });

  it('makes zero writes and reports the address unknown when every source fails', async () => {
    harness = await startEngineWorld({ tier: 'premium', settings: { timeoutMs: 100 } });
    harness.echo.setBehaviour('alpha', { behaviour: 'fail' });
    harness.echo.setBehaviour('bravo', { behaviour: 'garbage' });
    harness.echo.setBehaviour('charlie', { behaviour: 'stall' });
    await harness.start();
    await harness.advance(30 * 60_000, 5_000);
    expect(writes(harness)).toEqual([]);
    const status = await harness.core.handlers['status:get'](undefined);
    expect(status.families[0]).toMatchObject({
      state: 'unknown',
      address: null,
      detail: 'no source gave a usable IPv4 address',
    });
    expect(status.overall).toBe('attention');
    expect(status.hosts[0]!.records[0]!.outcome).toMatchObject({ kind: 'deferred' });
  });

  it('checks within seconds when an interface changes, without waiting for the poll', async () => {
    harness = await startEngineWorld({ settings: { pollSeconds: 3_600 } });
    await harness.start();
    await harness.advance(20_000);
    const before = harness.echo.requestCount();
    harness.interfaces.addresses = [
      { interfaceName: 'eth0', family: 'ipv4', address: '192.168.1.9', temporary: false },
    ];
    await harness.advance(7_000);
    expect(harness.echo.requestCount()).toBeGreaterThan(before);
  });

  it.each(['resume', 'unlock', 'online'] as const)(
    'checks within seconds of a %s event from the shell',
    async (event) => {
      harness = await startEngineWorld({ settings: { pollSeconds: 3_600 } });
      await harness.start();
      await harness.advance(20_000);
      const before = harness.echo.requestCount();
      harness.emitNetworkEvent(event);
      await harness.advance(2_000);
      expect(harness.echo.requestCount()).toBeGreaterThan(before);
    },
  );

  it('checks within seconds when the router reports a new WAN address, and uses it as a source', async () => {
    harness = await startEngineWorld({ router: true, settings: { pollSeconds: 3_600 } });
    harness.echo.setRouterAddress('203.0.113.10');
    await harness.start();
    await harness.advance(20_000);
    const before = harness.echo.requestCount();
    harness.echo.setRouterAddress('203.0.113.80');
    harness.echo.setAddress('ipv4', '203.0.113.80');
    await harness.advance(7_000);
    expect(harness.echo.requestCount()).toBeGreaterThan(before);
    const status = await harness.core.handlers['status:get'](undefined);
    expect(status.families[0]!.answers.some((a) => a.kind === 'router')).toBe(true);
    expect(status.families[0]!.address).toBe('203.0.113.80');
  });

  it('says plainly when the router is behind another NAT and never publishes its address', async () => {
    harness = await startEngineWorld({ router: true, tier: 'premium' });
    harness.echo.setRouterAddress('100.64.12.1');
    await harness.start();
    await harness.advance(10_000);
    const status = await harness.core.handlers['status:get'](undefined);
    expect(status.families[0]!.doubleNat).toContain('sits behind another NAT');
    expect(writes(harness).map((e) => e.params.value)).not.toContain('100.64.12.1');
  });

  it('answers the doctor with every source side by side', async () => {
    harness = await startEngineWorld();
    harness.echo.setBehaviour('charlie', { behaviour: 'lie', address: '198.51.100.3' });
    await harness.start();
    const check = await harness.core.handlers['ip:checkSources'](undefined);
    expect(check.families[0]).toMatchObject({
      family: 'ipv4',
      state: 'known',
      address: '203.0.113.10',
    });
    expect(
      check.families[0]!.answers.filter((a) => a.kind === 'echo').map((a) => [
        a.sourceId,
        a.agrees,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['alpha', true],
        ['bravo', true],
        ['charlie', false],
      ]),
    );
  });

  it('writes nothing while paused, says until when, and catches up when the pause ends', async () => {
    harness = await startEngineWorld({ tier: 'premium' });
    await harness.start();
    await harness.advance(5_000);
    const paused = await harness.core.handlers['sync:pause']({ minutes: 30 });
    expect(paused).toMatchObject({ overall: 'paused', pausedUntil: '2026-01-05T00:30:05.000Z' });
    harness.echo.setAddress('ipv4', '203.0.113.55');
    await harness.advance(20 * 60_000, 5_000);
    expect(harness.aRecord()).toBe('203.0.113.10');
    const status = await harness.core.handlers['status:get'](undefined);
    expect(status.hosts[0]!.records[0]!.outcome).toEqual({
      kind: 'deferred',
      until: '2026-01-05T00:30:05.000Z',
      reason: 'updates are paused',
    });
    await harness.advance(11 * 60_000, 5_000);
    expect(harness.aRecord()).toBe('203.0.113.55');
  });

  it('resumes at once on sync:resume and reports every outcome as an event', async () => {
    harness = await startEngineWorld({ tier: 'premium' });
    await harness.start();
    await harness.core.handlers['sync:pause']({});
    harness.echo.setAddress('ipv4', '203.0.113.56');
    await harness.advance(5 * 60_000, 5_000);
    expect(harness.aRecord()).toBe('203.0.113.10');
    expect((await harness.core.handlers['sync:resume'](undefined)).pausedUntil).toBeNull();
    await harness.advance(2_000);
    expect(harness.aRecord()).toBe('203.0.113.56');
    const outcomes = harness.events
      .filter((event) => event.name === 'sync:outcome')
      .map((event) => (event.payload as { outcome: { kind: string } }).outcome.kind);
    expect(outcomes).toEqual(['updated', 'deferred', 'updated']);
  });

  it('keeps polling IPv4 on time while every IPv6 source fails (no backoff for a half-blind check)', async () => {
    harness = await startEngineWorld({
      tier: 'premium',
      families: ['ipv4', 'ipv6'],
      hosts: [
        {
          id: 'h1',
          accountId: 'acc',
          label: 'home',
          enabled: true,
          records: [
            { type: 'A', mode: 'follow' },
            { type: 'AAAA', mode: 'follow' },
          ],
        },
      ],
    });
    // The machine has a global IPv6 address, but no echo service can be reached over IPv6.
    harness.interfaces.addresses = [
      { interfaceName: 'eth0', family: 'ipv6', address: '2001:db8::10', temporary: false },
    ];
    harness.echo.setAddress('ipv6', null);
    await harness.start();
    await harness.advance(10_000);
    const status = await harness.core.handlers['status:get'](undefined);
    expect(status.families.map((f) => [f.family, f.state])).toEqual([
      ['ipv4', 'known'],
      ['ipv6', 'unknown'],
    ]);
    // Ten minutes of failing IPv6: a backoff would by now space checks several minutes apart.
    await harness.advance(10 * 60_000, 5_000);
    harness.echo.setAddress('ipv4', '203.0.113.90');
    await harness.advance(70_000, 5_000);
    expect(harness.aRecord()).toBe('203.0.113.90');
    expect(harness.freedns.state().requestLog.filter((e) => e.params.record === 'AAAA')).toEqual(
      [],
    );
  });

  it('applies a changed poll interval from the next poll, without a restart', async () => {
    harness = await startEngineWorld({ tier: 'premium' });
    await harness.start();
    harness.config.engine = { ...harness.config.engine, pollSeconds: 600 };
    await harness.advance(61_000, 5_000); // the poll already planned (60 s) still runs
    const before = harness.echo.requestCount();
    await harness.advance(5 * 60_000, 5_000);
    expect(harness.echo.requestCount()).toBe(before);
    await harness.advance(6 * 60_000, 5_000);
    expect(harness.echo.requestCount()).toBeGreaterThan(before);
  });

  it('knows IPv6 is absent, without asking any echo service, when the computer has no global IPv6', async () => {
    harness = await startEngineWorld({
      tier: 'premium',
      families: ['ipv4', 'ipv6'],
      hosts: [
        {
          id: 'h1',
          accountId: 'acc',
          label: 'home',
          enabled: true,
          records: [{ type: 'AAAA', mode: 'follow' }],
        },
      ],
    });
    harness.interfaces.addresses = [
      { interfaceName: 'eth0', family: 'ipv6', address: 'fe80::1', temporary: false },
    ];
    await harness.start();
    const status = await harness.core.handlers['status:get'](undefined);
    expect(status.families.find((f) => f.family === 'ipv6')).toMatchObject({
      state: 'absent',
      detail: 'this computer has no global IPv6 address',
    });
    expect(harness.echo.requestCount()).toBe(0);
    expect(status.hosts[0]!.records[0]!.outcome).toMatchObject({
      kind: 'deferred',
      reason: 'no IPv6 connectivity; the record is left as it is',
    });
  });
});
