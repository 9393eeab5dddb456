import { createSocket } from 'node:dgram';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RouterEvents } from '../../../../electron/core/public-ip/router-events.js';
import { FakeClock } from '../../../support/fake-clock.js';

let events: RouterEvents | null = null;
afterEach(async () => {
  await events?.stop();
  events = null;
});

describe('router events as a change signal', () => {
  it('passes on a NAT-PMP announcement from the gateway the reader named, sent to 127.0.0.1', async () => {
    const heard: string[] = [];
    events = new RouterEvents({
      announcers: async () => ({ eventUrl: null, natPmpGateway: '127.0.0.1' }),
      natPmpListen: { bindAddress: '127.0.0.1', port: 0, group: null },
      clock: new FakeClock(),
      timeoutMs: 1_000,
      onAddress: (address) => heard.push(address),
    });
    await events.start();
    const port = events.natPmpPort!;
    expect(port).toBeGreaterThan(0);
    const packet = Buffer.from([0, 128, 0, 0, 0, 0, 0, 9, 203, 0, 113, 88]);
    const socket = createSocket('udp4');
    await new Promise<void>((resolve, reject) =>
      socket.send(packet, port, '127.0.0.1', (error) => (error ? reject(error) : resolve())),
    );
    socket.close();
    await vi.waitFor(() => expect(heard).toEqual(['203.0.113.88']));
    // NAT-PMP gives no subscription to rely on: the router keeps being read.
    expect(events.address).toBeNull();
  });

  it('listens to nothing when the router names no announcer', async () => {
    events = new RouterEvents({
      announcers: async () => ({ eventUrl: null, natPmpGateway: null }),
      clock: new FakeClock(),
      timeoutMs: 1_000,
      onAddress: () => undefined,
    });
    await events.start();
    expect(events.natPmpPort).toBeNull();
    expect(events.address).toBeNull();
  });
});
