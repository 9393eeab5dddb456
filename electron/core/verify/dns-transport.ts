import { createSocket } from 'node:dgram';
import { isIPv6 } from 'node:net';
import { connect } from 'node:net';
import dnsPacket, { type DecodedPacket, type RecordType } from 'dns-packet';

/**
 * One question to one nameserver, straight over the wire: UDP first, TCP when the answer comes
 * back truncated. node:dns cannot be used here: it hides the AA flag (lame servers), retries
 * on its own across servers, and filters answers itself. Never throws; a per-query timeout
 * (real time, since it is about the network) ends every attempt.
 */
export interface WireTarget {
  /** An IP address (names are resolved before this point). */
  address: string;
  port: number;
}

export type WireReply =
  | { kind: 'reply'; packet: DecodedPacket; rcode: number; transport: 'udp' | 'tcp' }
  | { kind: 'timeout'; transport: 'udp' | 'tcp' }
  | { kind: 'error'; detail: string };

export async function askNameserver(
  target: WireTarget,
  name: string,
  type: RecordType,
  timeoutMs: number,
): Promise<WireReply> {
  const id = Math.floor(Math.random() * 0xffff);
  const query = dnsPacket.encode({ type: 'query', id, questions: [{ type, name, class: 'IN' }] });
  const udp = await exchange(target, query, timeoutMs, 'udp');
  if (udp.kind !== 'bytes') return udp;
  const first = decode(udp.bytes, id);
  if (first.kind !== 'reply' || !first.packet.flag_tc) return first;
  const tcp = await exchange(target, query, timeoutMs, 'tcp');
  if (tcp.kind !== 'bytes') {
    return tcp.kind === 'timeout'
      ? tcp
      : { kind: 'error', detail: `answer truncated over UDP, and TCP failed: ${tcp.detail}` };
  }
  const second = decode(tcp.bytes, id);
  return second.kind === 'reply' ? { ...second, transport: 'tcp' } : second;
}

function decode(bytes: Buffer, id: number): WireReply {
  try {
    const packet = dnsPacket.decode(bytes);
    if (packet.id !== id) return { kind: 'error', detail: 'the reply did not match the question' };
    return { kind: 'reply', packet, rcode: (packet.flags ?? 0) & 0xf, transport: 'udp' };
  } catch (error) {
    return { kind: 'error', detail: `unreadable reply (${message(error)})` };
  }
}

type Exchange =
  | { kind: 'bytes'; bytes: Buffer }
  | { kind: 'timeout'; transport: 'udp' | 'tcp' }
  | { kind: 'error'; detail: string };

function exchange(
  target: WireTarget,
  query: Buffer,
  timeoutMs: number,
  transport: 'udp' | 'tcp',
): Promise<Exchange> {
  return new Promise((resolve) => {
    let done = false;
    let cleanup = (): void => undefined;
    const finish = (result: Exchange): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      cleanup();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ kind: 'timeout', transport }), timeoutMs);
    cleanup = transport === 'udp' ? sendUdp(target, query, finish) : sendTcp(target, query, finish);
  });
}

function sendUdp(target: WireTarget, query: Buffer, finish: (r: Exchange) => void): () => void {
  const socket = createSocket(isIPv6(target.address) ? 'udp6' : 'udp4');
  socket.on('error', (error) => finish({ kind: 'error', detail: message(error) }));
  socket.on('message', (bytes, remote) => {
    // Only the server asked may answer (anything else on this port is ignored).
    if (remote.port === target.port) finish({ kind: 'bytes', bytes });
  });
  socket.send(query, target.port, target.address, (error) => {
    if (error) finish({ kind: 'error', detail: message(error) });
  });
  return () => socket.close();
}

function sendTcp(target: WireTarget, query: Buffer, finish: (r: Exchange) => void): () => void {
  const socket = connect({ host: target.address, port: target.port });
  let received = Buffer.alloc(0);
  const prefix = Buffer.alloc(2);
  prefix.writeUInt16BE(query.length);
  socket.on('connect', () => socket.write(Buffer.concat([prefix, query])));
  socket.on('data', (chunk: Buffer) => {
    received = Buffer.concat([received, chunk]);
    if (received.length >= 2 && received.length >= 2 + received.readUInt16BE(0))
      finish({ kind: 'bytes', bytes: received.subarray(2, 2 + received.readUInt16BE(0)) });
  });
  socket.on('error', (error) => finish({ kind: 'error', detail: message(error) }));
  socket.on('end', () => finish({ kind: 'error', detail: 'the server closed the connection' }));
  return () => socket.destroy();
}

function message(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}
