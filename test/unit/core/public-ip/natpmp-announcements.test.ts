import { createSocket } from 'node:dgram';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  listenNatPmpAnnouncements,
  parseNatPmpAnnouncement,
  type NatPmpAnnouncementListener,
} from '../../../../electron/core/public-ip/natpmp-announcements.js';

let listener: NatPmpAnnouncementListener | null = null;
afterEach(async () => {
  await listener?.close();
  listener = null;
});

/** RFC 6886 §3.2: version 0, opcode 128, result, seconds since epoch, external address. */
function announcement(address: string, result = 0, opcode = 128): Buffer {
  const packet = Buffer.alloc(12);
  packet[0] = 0;
  packet[1] = opcode;
  packet.writeUInt16BE(result, 2);
  packet.writeUInt32BE(1234, 4);
  address.split('.').forEach((part, i) => (packet[8 + i] = Number(part)));
  return packet;
}

/** Sends to 127.0.0.1 only (never to a multicast group), from `from`. */
async function send(packet: Buffer, port: number, from = '127.0.0.1'): Promise<void> {
  const socket = createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, from, () => resolve()));
  await new Promise<void>((resolve, reject) =>
    socket.send(packet, port, '127.0.0.1', (error) => (error ? reject(error) : resolve())),
  );
  socket.close();
}

async function listen(heard: string[]) {
  listener = await listenNatPmpAnnouncements({
    gateway: '127.0.0.1',
    bindAddress: '127.0.0.1',
    port: 0,
    group: null,
    onAddress: (address) => heard.push(address),
  });
  return listener.port;
}

describe('NAT-PMP external address announcements (RFC 6886 §3.2.1)', () => {
  it('hears the gateway announce its new external address', async () => {
    const heard: string[] = [];
    const port = await listen(heard);
    await send(announcement('203.0.113.44'), port);
    await vi.waitFor(() => expect(heard).toEqual(['203.0.113.44']));
  });

  it('ignores announcements from anyone but the gateway', async () => {
    const heard: string[] = [];
    const port = await listen(heard);
    await send(announcement('198.51.100.66'), port, '127.0.0.2');
    await send(announcement('203.0.113.45'), port);
    await vi.waitFor(() => expect(heard).toEqual(['203.0.113.45']));
  });

  it('takes only successful external-address answers of version 0', () => {
    expect(parseNatPmpAnnouncement(announcement('203.0.113.7'))).toEqual({
      address: '203.0.113.7',
      epochSeconds: 1234,
    });
    expect(parseNatPmpAnnouncement(announcement('203.0.113.7', 3))).toBeNull();
    expect(parseNatPmpAnnouncement(announcement('203.0.113.7', 0, 129))).toBeNull();
    expect(parseNatPmpAnnouncement(announcement('0.0.0.0'))).toBeNull();
    expect(parseNatPmpAnnouncement(Buffer.from([0, 128, 0]))).toBeNull();
  });
});
