import { createHmac, timingSafeEqual } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { webhookRequest } from '../../../electron/core/monitoring/webhook-payload.js';
import { WebhookSchema } from '../../../shared/settings/monitoring-settings.js';
import {
  startRecordingReceiver,
  type RecordingReceiver,
} from '../../support/recording-receiver.js';
import { PASSWORD, startEngineWorld, type EngineWorld } from '../../support/engine/engine-world.js';

const SIGNING_SECRET = 'hook-signing-secret-0123456789';

let harness: EngineWorld | null = null;
let receiver: RecordingReceiver | null = null;
afterEach(async () => {
  await harness?.close();
  await receiver?.close();
  harness = receiver = null;
});

/** What a receiver does: recompute the HMAC over "<t>.<body>" and compare in constant time. */
function signatureHolds(header: string | undefined, body: string, secret: string): boolean {
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header ?? '');
  if (!match) return false;
  const expected = createHmac('sha256', secret).update(`${match[1]}.${body}`).digest();
  return timingSafeEqual(expected, Buffer.from(match[2]!, 'hex'));
}

async function changeAddress(h: EngineWorld, address: string): Promise<void> {
  h.echo.setAddress('ipv4', address);
  await h.advance(80_000, 5_000);
  await h.core.monitoring.idle();
}

describe('webhooks for the notification events', () => {
  it('POSTs a signed JSON body and an ntfy message for an address change, once per change', async () => {
    receiver = await startRecordingReceiver();
    harness = await startEngineWorld({
      monitoring: { webhookSecret: (id) => (id === 'phone' ? SIGNING_SECRET : undefined) },
      // A flip back within two hours reads as a load-balanced WAN and is held; this test is
      // about one message per change, so every change here must go through.
      settings: { multiWanWindowMinutes: 0 },
    });
    const saved = await harness.core.handlers['settings:update']({
      patch: {
        monitoring: {
          webhooks: [
            {
              id: 'phone',
              url: `${receiver.url}/hook`,
              format: 'json',
              events: ['address-changed'],
            },
            { id: 'ntfy', url: `${receiver.url}/dnstray-topic`, format: 'ntfy' },
            { id: 'quiet', url: `${receiver.url}/quiet`, events: ['domain-renewed'] },
          ],
        },
      },
    });
    expect(saved).toMatchObject({ ok: true });
    await harness.start();
    await harness.advance(20_000);
    await harness.core.monitoring.idle();
    expect(receiver.requests).toEqual([]); // the first address after start is not a change

    await changeAddress(harness, '203.0.113.77');
    const json = receiver.requests.filter((r) => r.url === '/hook');
    expect(json).toHaveLength(1);
    const [hook] = json;
    expect(hook!.headers['content-type']).toBe('application/json');
    expect(
      signatureHolds(hook!.headers['x-dnstray-signature'] as string, hook!.body, SIGNING_SECRET),
    ).toBe(true);
    expect(
      signatureHolds(hook!.headers['x-dnstray-signature'] as string, hook!.body, 'other'),
    ).toBe(false);
    expect(JSON.parse(hook!.body)).toEqual({
      version: 1,
      source: 'dnstray',
      webhook: 'phone',
      event: 'address-changed',
      at: expect.stringMatching(/^2026-01-05T/),
      title: 'New IPv4 address',
      message: 'Your public IPv4 address is now 203.0.113.77.',
      details: { family: 'IPv4', address: '203.0.113.77' },
    });
    // ntfy takes every event: the change, and the free tier's daily quota now used up.
    const ntfy = receiver.requests.filter((r) => r.url === '/dnstray-topic');
    expect(ntfy.map((r) => r.headers.tags)).toEqual(['address-changed', 'quota-used-up']);
    expect(ntfy[0]).toMatchObject({
      method: 'POST',
      body: 'Your public IPv4 address is now 203.0.113.77.',
      headers: expect.objectContaining({ title: 'New IPv4 address', tags: 'address-changed' }),
    });
    expect(ntfy[0]!.headers['x-dnstray-signature']).toBeUndefined();
    expect(ntfy[0]!.headers.authorization).toBeUndefined(); // no secret for this hook
    expect(receiver.requests.filter((r) => r.url === '/quiet')).toEqual([]);

    // Flipping back is news again; a quiet period after it sends nothing more.
    await changeAddress(harness, '203.0.113.10');
    await harness.advance(5 * 60_000, 5_000);
    await harness.core.monitoring.idle();
    expect(receiver.requests.filter((r) => r.url === '/hook')).toHaveLength(2);
    for (const request of receiver.requests)
      expect(JSON.stringify(request)).not.toContain(PASSWORD);
  });

  it('reports a receiver that refuses, without stopping the engine', async () => {
    receiver = await startRecordingReceiver();
    receiver.answerWith(403);
    harness = await startEngineWorld();
    await harness.core.handlers['settings:update']({
      patch: { monitoring: { webhooks: [{ id: 'phone', url: `${receiver.url}/hook` }] } },
    });
    await harness.start();
    await harness.advance(20_000);
    await changeAddress(harness, '203.0.113.77');
    expect(harness.aRecord()).toBe('203.0.113.77');
    const { deliveries } = await harness.core.handlers['monitoring:status'](undefined);
    expect(deliveries).toEqual([
      expect.objectContaining({
        target: 'webhook:phone',
        state: 'failed',
        detail: 'webhook phone failed: the receiver answered HTTP 403',
      }),
    ]);
  });
});

describe('a webhook payload', () => {
  it('never carries a password, even when the server message repeats it', () => {
    const hook = WebhookSchema.parse({ id: 'phone', url: 'https://hooks.example.net/x' });
    const redact = (text: string) => text.split(PASSWORD).join('[secret removed]');
    const event = {
      kind: 'update-rejected' as const,
      host: 'home',
      message: `bad password ${PASSWORD} for alice`,
    };
    for (const format of ['json', 'ntfy'] as const) {
      const request = webhookRequest(
        { ...hook, format },
        event,
        '2026-01-05T00:00:00.000Z',
        SIGNING_SECRET,
        redact,
      );
      const everything = JSON.stringify(request);
      expect(everything).not.toContain(PASSWORD);
      expect(everything).toContain('bad password [secret removed] for alice');
    }
  });
});
