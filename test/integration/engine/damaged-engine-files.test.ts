import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nextUtcMidnight } from '../../../electron/core/budget/request-budget.js';
import { startEngineWorld, type DiskEngineWorld } from '../../support/engine/engine-world.js';

/**
 * The whole core on real files, a free account and the emulators, restarted on a damaged
 * engine-ledger.json or engine-applied.json: it keeps running, says where the file went, and
 * never spends more than the free tier's 2 updates a day.
 */
const MINUTE = 60_000;
let world: DiskEngineWorld;

beforeEach(async () => {
  // 09:00 UTC: the wait for the quota's midnight is 15 virtual hours, not 24.
  world = await startEngineWorld({ onDisk: true, tier: 'free', start: Date.UTC(2026, 10, 23, 9) });
  await world.start();
  await runFor(5 * MINUTE); // a free account confirms the first address before writing it
});
afterEach(async () => world.close());

/** Virtual time in poll-sized steps, each cycle's real HTTP finishing before the next. */
async function runFor(ms: number): Promise<void> {
  for (let done = 0; done < ms; done += MINUTE) {
    await world.clock.advance(Math.min(MINUTE, ms - done));
    await world.core.engine?.idle();
  }
}

async function restartOn(file: string, bytes: Buffer | string) {
  await world.core.stop();
  writeFileSync(path.join(world.folder, file), bytes);
  await world.restart();
  const { notices } = await world.core.handlers['app:notices'](undefined);
  expect(notices.map((notice) => notice.file)).toEqual([file]);
  const [notice] = notices;
  expect(notice!.movedTo).toMatch(new RegExp(`${file.replace('.json', '')}\\.corrupt-.+\\.json$`));
  expect(notice!.message).toContain(`${file} could not be used`);
  expect(notice!.message).toContain(`It was moved to ${notice!.movedTo}`);
  expect(readFileSync(notice!.movedTo!)).toEqual(Buffer.from(bytes));
  return notice!;
}

const DAMAGE: { name: string; bytes: Buffer | string }[] = [
  { name: 'truncated', bytes: '{"version":1,"entries":[{"id":1,"at":' },
  { name: 'not JSON', bytes: 'ledger? what ledger' },
  { name: 'binary', bytes: Buffer.from([0, 255, 1, 254]) },
  { name: 'of the wrong schema', bytes: '{"version":1,"entries":{"h1":2}}' },
];

describe('a free account after a damaged engine-ledger.json', () => {
  it.each(DAMAGE)(
    'keeps running and sends no update before 00:00 UTC when the ledger is $name',
    async ({ bytes }) => {
      expect(world.aRecord()).toBe('203.0.113.10');
      const notice = await restartOn('engine-ledger.json', bytes);
      expect(notice.message).toContain(
        'DNS Tray will not send updates before 00:00 UTC so it cannot exceed the quota',
      );

      const midnight = nextUtcMidnight(world.clock.now());
      const before = world.freedns.state().requestLog.length;
      world.echo.setAddress('ipv4', '203.0.113.60');
      await world.core.handlers['sync:updateNow']({});
      await runFor(midnight - world.clock.now() - MINUTE);
      expect(world.freedns.state().requestLog.length).toBe(before);
      expect(world.aRecord()).toBe('203.0.113.10');
      const status = await world.status();
      expect(status.families[0]).toMatchObject({ state: 'known', address: '203.0.113.60' });
      expect(status.hosts[0]!.records[0]!.outcome).toMatchObject({
        kind: 'deferred',
        until: new Date(midnight).toISOString(),
      });

      await runFor(10 * MINUTE);
      expect(world.aRecord()).toBe('203.0.113.60');
      expect(world.freedns.updatesToday('alice', 'home')).toBe(1);
    },
  );
});

describe('a free account after a damaged engine-applied.json', () => {
  it('re-sends the record, spends no daily update on it, and still follows the next change', async () => {
    expect(world.freedns.updatesToday('alice', 'home')).toBe(1);
    const before = world.freedns.state().requestLog.length;
    const notice = await restartOn('engine-applied.json', '{"version":1,"hosts":{"h1":');
    expect(notice.message).toContain('the next check sends each record again');

    await runFor(5 * MINUTE);
    const outcome = (await world.status()).hosts[0]!.records[0]!.outcome;
    expect(outcome).toMatchObject({ kind: 'unchanged', value: '203.0.113.10' });
    expect(world.freedns.updatesToday('alice', 'home')).toBe(1);
    // Exactly one re-send: the server's no-change answer is remembered as applied.
    expect(world.freedns.state().requestLog.slice(before)).toEqual([
      expect.objectContaining({ params: expect.objectContaining({ value: '203.0.113.10' }) }),
    ]);

    world.echo.setAddress('ipv4', '203.0.113.70');
    await runFor(5 * MINUTE);
    expect(world.aRecord()).toBe('203.0.113.70');
    expect(world.freedns.updatesToday('alice', 'home')).toBe(2);
  });
});
