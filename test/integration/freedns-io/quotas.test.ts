import { Agent } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createFreednsClient,
  type FreednsClient,
} from '../../../electron/core/freedns-io/index.js';
import { FakeClock } from '../../support/fake-clock.js';
import { startFreednsEmulator, type FreednsEmulator } from '../../emulators/freedns-io/index.js';

const HOUR = 3_600_000;
let agent: Agent;
let emulator: FreednsEmulator | undefined;

beforeAll(() => {
  agent = new Agent();
});
afterAll(() => agent.close());
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function start(
  at: string,
): Promise<{ clock: FakeClock; demo: FreednsClient; pro: FreednsClient }> {
  const clock = new FakeClock(new Date(at));
  emulator = await startFreednsEmulator({ port: 0, clock });
  const make = (name: string) =>
    createFreednsClient({
      endpoint: `${emulator!.url}/request`,
      username: name,
      password: name,
      dispatcher: agent,
      timeoutMs: 5_000,
    });
  return { clock, demo: make('demo'), pro: make('pro') };
}

describe('freedns.io daily update quota', () => {
  it('refuses the third change of the day on a free host, with the server message', async () => {
    const { demo } = await start('2026-03-10T12:00:00Z');
    expect((await demo.setAddress('home', 'A', '203.0.113.1')).kind).toBe('accepted');
    expect((await demo.setAddress('home', 'A', '203.0.113.2')).kind).toBe('accepted');
    const third = await demo.setAddress('home', 'A', '203.0.113.3');
    expect(third).toEqual({
      kind: 'rejected',
      reason: 'quota-used',
      serverMessage: 'Daily update quota used: home may be updated 2 times per day.',
      status: 401,
    });
    expect(emulator!.updatesToday('demo', 'home')).toBe(2);
    expect(emulator!.state().hosts[0]!.records.A).toBe('203.0.113.2');
  });

  it('accepts a request that changes nothing without using the quota', async () => {
    const { demo } = await start('2026-03-10T12:00:00Z');
    await demo.setAddress('home', 'A', '203.0.113.1');
    for (let i = 0; i < 5; i += 1) {
      const same = await demo.setAddress('home', 'A', '203.0.113.1');
      expect(same).toMatchObject({ kind: 'accepted', noChange: true });
    }
    expect(emulator!.updatesToday('demo', 'home')).toBe(1);
    expect((await demo.setAddress('home', 'A', '203.0.113.2')).kind).toBe('accepted');
    expect(emulator!.updatesToday('demo', 'home')).toBe(2);
  });

  it('still answers a no-op once the quota is used up', async () => {
    const { demo } = await start('2026-03-10T12:00:00Z');
    await demo.setAddress('home', 'A', '203.0.113.1');
    await demo.setAddress('home', 'A', '203.0.113.2');
    expect(await demo.setAddress('home', 'A', '203.0.113.2')).toMatchObject({ noChange: true });
  });

  it('gives the quota back at 00:00 UTC, not a moment before', async () => {
    const { clock, demo } = await start('2026-03-10T23:59:00Z');
    await demo.setAddress('home', 'A', '203.0.113.1');
    await demo.deleteRecord('home', 'A');
    clock.jump(59_999);
    expect(await demo.setAddress('home', 'A', '203.0.113.3')).toMatchObject({
      reason: 'quota-used',
    });
    clock.jump(1);
    expect((await demo.setAddress('home', 'A', '203.0.113.3')).kind).toBe('accepted');
    expect(emulator!.updatesToday('demo', 'home')).toBe(1);
  });

  it('allows 15 changes per host per day on Premium and counts hosts apart', async () => {
    const { pro } = await start('2026-03-10T08:00:00Z');
    for (let i = 1; i <= 15; i += 1)
      expect((await pro.setAddress('home', 'A', `203.0.113.${i}`)).kind).toBe('accepted');
    expect(await pro.setAddress('home', 'A', '203.0.113.99')).toMatchObject({
      reason: 'quota-used',
    });
    expect((await pro.setAddress('mail', 'A', '203.0.113.99')).kind).toBe('accepted');
    const response = await fetch(`${emulator!.url}/_emulator/state`);
    const state = (await response.json()) as { counters: { updatesToday: Record<string, number> } };
    expect(state.counters.updatesToday).toEqual({ 'demo/home': 0, 'pro/home': 15, 'pro/mail': 1 });
  });

  it('moves days through the clock control endpoint too', async () => {
    const { demo } = await start('2026-03-10T10:00:00Z');
    await demo.setAddress('home', 'A', '203.0.113.1');
    await demo.setAddress('home', 'A', '203.0.113.2');
    const moved = await fetch(`${emulator!.url}/_emulator/clock`, {
      method: 'POST',
      body: JSON.stringify({ now: '2026-03-11T00:00:00Z' }),
    });
    expect(await moved.json()).toEqual({ now: '2026-03-11T00:00:00.000Z' });
    expect((await demo.setAddress('home', 'A', '203.0.113.3')).kind).toBe('accepted');
  });
});

describe('freedns.io hourly request limit', () => {
  it('refuses the 61st request of a sliding hour, no-ops and failures included', async () => {
    const { clock, demo } = await start('2026-03-10T10:00:00Z');
    await demo.setAddress('home', 'A', '203.0.113.1');
    clock.jump(HOUR / 2);
    for (let i = 0; i < 58; i += 1) await demo.setAddress('home', 'A', '203.0.113.1');
    expect((await demo.setTxt('home', 'premium only')).kind).toBe('rejected');
    expect(emulator!.state().counters.requestsLastHour['127.0.0.1']).toBe(60);
    expect(await demo.setAddress('home', 'A', '203.0.113.1')).toEqual({
      kind: 'rejected',
      reason: 'rate-limited',
      serverMessage: 'Too many requests from your IP address: at most 60 requests per hour.',
      status: 401,
    });
    clock.jump(HOUR / 2);
    expect((await demo.setAddress('home', 'A', '203.0.113.1')).kind).toBe('accepted');
    expect(await demo.setAddress('home', 'A', '203.0.113.1')).toMatchObject({
      reason: 'rate-limited',
    });
  });
});
