import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';

/** Where RFC 6886 §3.2.1 gateways announce a changed external address: all-hosts, port 5350. */
export const NATPMP_ANNOUNCE_GROUP = '224.0.0.1';
export const NATPMP_ANNOUNCE_PORT = 5350;

export interface NatPmpAnnouncementOptions {
  /** Only datagrams from this address are believed: the default gateway. */
  gateway: string;
  /** '0.0.0.0' to hear the multicast group; tests bind 127.0.0.1. */
  bindAddress?: string;
  /** 5350 on a real network; tests use 0. */
  port?: number;
  /** The group to join; null joins none (tests send to 127.0.0.1, never to a group). */
  group?: string | null;
  onAddress(address: string, epochSeconds: number): void;
}

export interface NatPmpAnnouncementListener {
  port: number;
  close(): Promise<void>;
}

/**
 * One NAT-PMP external-address answer (RFC 6886 §3.2): version 0, opcode 128, result 0 (success),
 * seconds since the gateway's epoch, the IPv4 address. Anything else is not an announcement.
 */
export function parseNatPmpAnnouncement(
  packet: Buffer,
): { address: string; epochSeconds: number } | null {
  if (packet.length < 12 || packet[0] !== 0 || packet[1] !== 128) return null;
  if (packet.readUInt16BE(2) !== 0) return null;
  const address = [...packet.subarray(8, 12)].join('.');
  if (address === '0.0.0.0') return null;
  return { address, epochSeconds: packet.readUInt32BE(4) };
}

/**
 * Listens for the unsolicited announcements a NAT-PMP gateway multicasts when its external
 * address changes, so the change is checked at once instead of at the next poll.
 */
export async function listenNatPmpAnnouncements(
  options: NatPmpAnnouncementOptions,
): Promise<NatPmpAnnouncementListener> {
  const socket: Socket = createSocket({ type: 'udp4', reuseAddr: true });
  socket.on('message', (packet: Buffer, from: RemoteInfo) => {
    // Anyone on the LAN can send to the group: only the gateway speaks for the WAN address.
    if (from.address !== options.gateway) return;
    const announcement = parseNatPmpAnnouncement(packet);
    if (announcement) options.onAddress(announcement.address, announcement.epochSeconds);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(options.port ?? NATPMP_ANNOUNCE_PORT, options.bindAddress ?? '0.0.0.0', () => {
      socket.off('error', reject);
      resolve();
    });
  });
  // A failing socket later (interface gone) must not crash the process: polling remains.
  socket.on('error', () => undefined);
  const group = options.group === undefined ? NATPMP_ANNOUNCE_GROUP : options.group;
  if (group) {
    try {
      socket.addMembership(group);
    } catch (error) {
      socket.close();
      throw error;
    }
  }
  return {
    port: socket.address().port,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}
