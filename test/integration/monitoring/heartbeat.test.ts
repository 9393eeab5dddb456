import { afterEach, describe, expect, it } from 'vitest';
import {
  startRecordingReceiver,
  type RecordingReceiver,
} from '../../support/recording-receiver.js';
import { startEngineWorld, type EngineWorld } from '../../support/engine/engine-world.js';

let harness: EngineWorld | null = null;
let receiver: RecordingReceiver | null = null;
afterEach(async () => {
  await harness?.close();
  await receiver?.close();
  harness = receiver = null;
});

async function startWithHeartbeat(style: 'healthchecks' | 'uptime-kuma'): Promise<EngineWorld> {
  receiver = await startRecordingReceiver();
  harness = await startEngineWorld();
  const answer = await harness.core.handlers['settings:update']({
    patch: { monitoring: { heartbeat: { url: `${receiver.url}/ping/check-1`, style } } },
  });
  expect(answer).toMatchObject({ ok: true });
  await harness.start();
  return harness;
}

async function settle(h: EngineWorld, ms: number): Promise<void> {
  await h.advance(ms, 5_000);
  await h.core.monitoring.idle();
}

describe('the heartbeat after each check', () => {
  it('pings the healthchecks.io URL on success and URL/fail on failure, never more than once a minute', async () => {
    const h = await startWithHeartbeat('healthchecks');
    await settle(h, 20_000);
    expect(receiver!.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['POST /ping/check-1']);

    // Three checks within the same minute: one ping, held until the minute is over.
    for (let i = 0; i < 3; i += 1) {
      await h.core.handlers['sync:updateNow'](undefined);
      await settle(h, 5_000);
    }
    expect(receiver!.requests).toHaveLength(1);
    await settle(h, 40_000);
    expect(receiver!.requests).toHaveLength(2);

    for (const name of ['alpha', 'bravo', 'charlie'])
      h.echo.setBehaviour(name, { behaviour: 'fail' });
    await h.core.handlers['sync:updateNow'](undefined);
    await settle(h, 70_000);
    const last = receiver!.requests.at(-1)!;
    expect(last.url).toBe('/ping/check-1/fail');
    expect(last.body).toContain('address unknown');
    const times = receiver!.requests.length;
    await settle(h, 10 * 60_000);
    // At most one ping per minute over ten minutes (the held one included).
    expect(receiver!.requests.length - times).toBeLessThanOrEqual(11);
  });

  it('sends the Uptime Kuma push with status and message', async () => {
    const h = await startWithHeartbeat('uptime-kuma');
    await settle(h, 20_000);
    const url = new URL(receiver!.requests[0]!.url, 'http://x');
    expect(url.pathname).toBe('/ping/check-1');
    expect(url.searchParams.get('status')).toBe('up');
    expect(url.searchParams.get('msg')).toMatch(/203\.0\.113\.10/);
    for (const name of ['alpha', 'bravo', 'charlie'])
      h.echo.setBehaviour(name, { behaviour: 'fail' });
    await h.core.handlers['sync:updateNow'](undefined);
    await settle(h, 70_000);
    const down = new URL(receiver!.requests.at(-1)!.url, 'http://x');
    expect(down.searchParams.get('status')).toBe('down');
    expect(down.searchParams.get('msg')).toMatch(/ipv4 address unknown/);
  });

  it('shows a failed ping in the status and the history, and the engine carries on', async () => {
    const h = await startWithHeartbeat('healthchecks');
    receiver!.answerWith(500);
    await h.core.handlers['sync:updateNow'](undefined);
    await settle(h, 70_000);
    expect(h.aRecord()).toBe('203.0.113.10');
    const { deliveries } = await h.core.handlers['monitoring:status'](undefined);
    expect(deliveries).toEqual([
      expect.objectContaining({
        target: 'heartbeat',
        state: 'failed',
        detail: 'heartbeat ping failed: the receiver answered HTTP 500',
      }),
    ]);
    const notices = await h.core.handlers['history:list']({ kinds: ['notice'] });
    expect(notices.events.map((e) => (e.kind === 'notice' ? e.message : ''))).toEqual([
      'heartbeat ping failed: the receiver answered HTTP 500',
    ]);

    // Unreachable receiver: still not fatal; then it recovers and says so once.
    await receiver!.close();
    await h.core.handlers['sync:updateNow'](undefined);
    await settle(h, 70_000);
    expect((await h.core.handlers['monitoring:status'](undefined)).deliveries[0]!.state).toBe(
      'failed',
    );
    receiver = await startRecordingReceiver();
    await h.core.handlers['settings:update']({
      patch: { monitoring: { heartbeat: { url: `${receiver.url}/ping/check-1` } } },
    });
    await h.core.handlers['sync:updateNow'](undefined);
    await settle(h, 70_000);
    expect(receiver.requests.length).toBeGreaterThanOrEqual(1);
    const after = await h.core.handlers['history:list']({ kinds: ['notice'] });
    expect(after.events[0]).toMatchObject({ level: 'info', message: 'The heartbeat works again.' });
  });
});
