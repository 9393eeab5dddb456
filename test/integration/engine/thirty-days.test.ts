import { afterEach, describe, expect, it } from 'vitest';
import type { Host } from '../../../shared/records/desired-records.js';
import { startEngineWorld, START, type EngineWorld } from '../../support/engine/engine-world.js';

let harness: EngineWorld | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const DAYS = Number(process.env.DNSTRAY_SIM_DAYS ?? 30);

/** 203.0.113.1 .. 203.0.113.254, one after the other. */
const addressAt = (step: number): string => `203.0.113.${(step % 254) + 1}`;

/**
 * Runs `days` with a new address every 5 minutes and a core restart every hour, then a quiet
 * day; returns the addresses served and the last one. The poll is 30 min (not the default
 * 60 s) so 30 days of real HTTP fit in seconds; restarts and confirming checks come on top.
 */
async function simulate(
  h: EngineWorld,
  days: number,
): Promise<{ served: Set<string>; last: string }> {
  const served = new Set<string>();
  let step = 0;
  const next = (): void => {
    const address = addressAt(step++);
    served.add(address);
    h.echo.setAddress('ipv4', address);
  };
  next();
  await h.start();
  for (let hour = 0; hour < days * 24; hour += 1) {
    for (let slot = 0; slot < 12; slot += 1) {
      next();
      await h.advance(5 * MINUTE);
    }
    await h.restart();
  }
  await h.advance(DAY);
  return { served, last: addressAt(step - 1) };
}

function worstSlidingHour(times: number[]): number {
  return Math.max(0, ...times.map((t) => times.filter((u) => u > t - HOUR && u <= t).length));
}

function worstDayPerHost(
  log: { at: string; outcome: string; params: Record<string, string> }[],
): number {
  const counts = new Map<string, number>();
  for (const entry of log.filter((e) => e.outcome === 'updated')) {
    const key = `${entry.params.host}/${Math.floor(Date.parse(entry.at) / DAY)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return Math.max(0, ...counts.values());
}

describe(`${DAYS} simulated days, a new address every 5 minutes, the core restarted every hour`, () => {
  it('free account: at most 2 updates a day, within the hourly budget, no refusals, ends on the last stable address', async () => {
    harness = await startEngineWorld({
      tier: 'free',
      // Two agreeing sources keep 30 days of real HTTP cheap; lying sources are tested apart.
      echoSources: 2,
      clock: 'jumping',
      settings: { pollSeconds: 1_800, watchSeconds: 600 },
    });
    const { served, last } = await simulate(harness, DAYS);
    const log = harness.freedns.state().requestLog;
    expect(log.length).toBeLessThan(1_000); // the emulator keeps 1000: none were dropped
    expect(log.length).toBeGreaterThanOrEqual(DAYS * 2); // it did follow, twice a day
    expect(worstSlidingHour(log.map((e) => Date.parse(e.at)))).toBeLessThanOrEqual(50);
    expect(worstDayPerHost(log)).toBeLessThanOrEqual(2);
    expect(log.filter((e) => e.status !== 200)).toEqual([]);
    expect(log.every((e) => served.has(e.params.value!))).toBe(true);
    expect(harness.aRecord()).toBe(last);
    expect(harness.clock.now()).toBeGreaterThan(START + DAYS * DAY);
  }, 180_000);

  it('five Premium hosts: at most 15 updates per host per day and never over a lowered hourly budget', async () => {
    const hosts: Host[] = ['h1', 'h2', 'h3', 'h4', 'h5'].map((label) => ({
      id: label,
      accountId: 'acc',
      label,
      records: [{ type: 'A', mode: 'follow' }],
      enabled: true,
    }));
    harness = await startEngineWorld({
      tier: 'premium',
      clock: 'jumping',
      hosts,
      settings: { pollSeconds: 1_800, watchSeconds: 600, hourlyRequestBudget: 8 },
    });
    const days = Math.min(DAYS, 10);
    const { served, last } = await simulate(harness, days);
    const log = harness.freedns.state().requestLog;
    expect(log.length).toBeLessThan(1_000);
    expect(worstSlidingHour(log.map((e) => Date.parse(e.at)))).toBe(8); // the budget was the limit
    expect(worstDayPerHost(log)).toBeLessThanOrEqual(15);
    expect(log.filter((e) => e.status !== 200)).toEqual([]);
    expect(log.every((e) => served.has(e.params.value!))).toBe(true);
    for (const host of hosts) expect(harness.aRecord(host.label)).toBe(last);
  }, 180_000);
});
