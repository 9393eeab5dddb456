import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Fault } from '../emulators/common/faults.js';
import { startEngineWorld, type DiskEngineWorld } from '../support/engine/engine-world.js';
import { injectFault } from './support/fault-matrix.js';

let world: DiskEngineWorld;
beforeEach(async () => {
  // The stalled-sources check below must end well inside its 3 s of virtual time.
  world = await startEngineWorld({ onDisk: true, tier: 'premium', timeoutMs: 2_000 });
  await world.start();
});
afterEach(async () => world.close());

/** Faults that answer at once; the stalls are covered against the clients with short timeouts. */
const QUICK_FAULTS: { name: string; fault: Fault }[] = [
  { name: 'a connection reset', fault: { kind: 'reset' } },
  { name: 'HTTP 500', fault: { kind: 'status500' } },
  { name: 'an HTML 502 page', fault: { kind: 'html502' } },
  { name: 'a truncated body', fault: { kind: 'truncated' } },
  { name: 'the wrong content type', fault: { kind: 'wrongContentType' } },
];

const HOUR = 3_600_000;

describe('the running core under freedns.io faults', () => {
  it.each(QUICK_FAULTS)(
    'reports $name, keeps settings and ledger, and lands the update later',
    async ({ fault }) => {
      expect(world.aRecord()).toBe('203.0.113.10');
      const settingsBefore = world.settingsFile();
      await injectFault(world.freedns.url, fault);
      world.echo.setAddress('ipv4', '203.0.113.20');
      await world.core.handlers['sync:updateNow']({});
      await world.advance(3_000);

      const status = await world.status();
      const record = status.hosts[0]!.records[0]!;
      // Told at once, but as a retry: "failed" (and its notification) only after 10 minutes.
      expect(record.outcome?.kind).toBe('deferred');
      expect(JSON.stringify(record.outcome)).toMatch(/freedns\.io/);
      expect(JSON.stringify(record.outcome)).toContain('reported as failed after 10 minutes');
      expect(world.settingsFile()).toBe(settingsBefore);
      // The attempt is in the ledger on disk before anything else: a crash now over-counts.
      expect(world.ledger().entries.filter((e) => e.hostId === 'h1').length).toBeGreaterThanOrEqual(
        2,
      );

      await world.advance(HOUR / 2); // backoff runs out; the retry lands
      expect(world.aRecord()).toBe('203.0.113.20');
      // "unchanged" when the server had applied the change before its answer broke.
      expect(['updated', 'unchanged']).toContain(
        (await world.status()).hosts[0]!.records[0]!.outcome?.kind,
      );
      const counted = world
        .ledger()
        .entries.filter((e) => e.hostId === 'h1' && e.kind === 'update').length;
      expect(counted).toBeGreaterThanOrEqual(world.freedns.updatesToday('alice', 'home'));
    },
  );
});

describe('the running core when the address cannot be learned', () => {
  it('writes nothing and says why when every echo source fails', async () => {
    const requests = world.freedns.state().requestLog.length;
    await injectFault(world.echo.url, { kind: 'html502' }, 1_000);
    world.echo.setAddress('ipv4', '203.0.113.30');
    await world.core.handlers['sync:updateNow']({});
    await world.advance(10_000);
    const family = (await world.status()).families[0]!;
    expect(family.state).toBe('unknown');
    expect(family.detail).toMatch(/source/);
    expect(world.freedns.state().requestLog.length).toBe(requests);
    expect(world.aRecord()).toBe('203.0.113.10');
  });

  it('does not hang when every echo source stalls: the check ends unknown within its timeout', async () => {
    const requests = world.freedns.state().requestLog.length;
    for (const name of ['alpha', 'bravo', 'charlie'])
      world.echo.setBehaviour(name, { behaviour: 'stall' });
    world.echo.setAddress('ipv4', '203.0.113.35');
    const started = performance.now();
    await world.core.handlers['sync:updateNow']({});
    await world.advance(3_000);
    expect(performance.now() - started).toBeLessThan(10_000);
    const family = (await world.status()).families[0]!;
    expect(family.state).toBe('unknown');
    expect(family.answers.every((answer) => answer.outcome === 'error')).toBe(true);
    expect(world.freedns.state().requestLog.length).toBe(requests);
  });
});

describe('the running core when the clock jumps', () => {
  it.each([
    ['forward a day and a half', 36 * HOUR],
    ['back a day and a half', -36 * HOUR],
  ])('keeps following the address after a jump %s', async (_name, jump) => {
    world.wall.jump(jump);
    world.echo.setAddress('ipv4', '203.0.113.40');
    await world.advance(5 * 60_000);
    expect(world.aRecord()).toBe('203.0.113.40');
    expect(['ok', 'attention']).toContain((await world.status()).overall);
    expect(() => world.ledger()).not.toThrow();
    await world.restart();
    expect(world.aRecord()).toBe('203.0.113.40');
  });
});

describe('the running core when the disk fails', () => {
  it('sends nothing it cannot record in the ledger, says so, and recovers', async () => {
    // A folder where the ledger should be: it can be neither read nor replaced, like a failed disk.
    const blocker = path.join(world.folder, 'engine-ledger.json');
    rmSync(blocker);
    mkdirSync(blocker);
    const requests = world.freedns.state().requestLog.length;
    world.echo.setAddress('ipv4', '203.0.113.50');
    await world.core.handlers['sync:updateNow']({});
    await world.advance(3_000);
    expect(world.freedns.state().requestLog.length).toBe(requests);
    const status = await world.status();
    expect(status.overall).not.toBe('ok');
    expect(status.summary.length).toBeGreaterThan(5);
    expect(status.hosts[0]!.records[0]!.outcome).toMatchObject({
      kind: 'failed',
      reason: expect.stringMatching(
        /request ledger cannot be read \(.*EISDIR.*\); nothing is sent/,
      ),
    });

    rmSync(blocker, { recursive: true });
    await world.advance(HOUR / 2);
    expect(world.aRecord()).toBe('203.0.113.50');
  });

  it('after a damaged ledger file, says where it went and sends no update before 00:00 UTC', async () => {
    await world.core.stop();
    const ledger = path.join(world.folder, 'engine-ledger.json');
    writeFileSync(ledger, '{"version":1,"entries":[{"id":1,');
    await world.restart();
    const { notices } = await world.core.handlers['app:notices'](undefined);
    const notice = notices.find((n) => n.file === 'engine-ledger.json');
    expect(notice?.message).toContain(`moved to ${notice?.movedTo}`);
    expect(notice?.message).toMatch(/will not send updates before 00:00 UTC/);
    expect(readFileSync(notice!.movedTo!, 'utf8')).toBe('{"version":1,"entries":[{"id":1,');

    const requests = world.freedns.state().requestLog.length;
    world.echo.setAddress('ipv4', '203.0.113.60');
    await world.core.handlers['sync:updateNow']({});
    await world.advance(HOUR / 2);
    // The cautious ledger counts today's updates as used: waiting is the safe side.
    expect(world.freedns.state().requestLog.length).toBe(requests);
    expect(world.aRecord()).toBe('203.0.113.10');
    const status = await world.status();
    expect(status.overall).not.toBe('ok');
    expect(status.hosts[0]!.records[0]!.outcome?.kind).toBe('deferred');
  });

  it('after a damaged applied-values file, still follows the address and says what it lost', async () => {
    await world.core.stop();
    writeFileSync(path.join(world.folder, 'engine-applied.json'), '\u0000\u0001not json');
    await world.restart();
    world.echo.setAddress('ipv4', '203.0.113.70');
    await world.core.handlers['sync:updateNow']({});
    await world.advance(HOUR / 2);
    // The lost values only mean each record is sent again: the record follows the address.
    expect(world.aRecord()).toBe('203.0.113.70');
    const { notices } = await world.core.handlers['app:notices'](undefined);
    expect(notices.map((notice) => notice.file)).toContain('engine-applied.json');
  });
});
