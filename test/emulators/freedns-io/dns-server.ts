import { createSocket, type Socket } from 'node:dgram';
import { createServer, type AddressInfo, type Server, type Socket as TcpSocket } from 'node:net';
import dnsPacket, { type Answer, type Packet, type Question } from 'dns-packet';
import type { DnsZone, ZoneRecords } from './dns-zone.js';

/**
 * The emulator's nameservers: each listens on 127.0.0.1 on one port for both UDP and TCP
 * (TCP with the two-byte length prefix), and answers authoritatively for the zone from
 * `DnsZone`, faults included. Names outside the zone are REFUSED, as an authoritative-only
 * server does.
 */
export interface RunningNameserver {
  host: string;
  port: number;
}

const RCODE = { NOERROR: 0, SERVFAIL: 2, NXDOMAIN: 3, REFUSED: 5 } as const;
const TTL = 60;

export async function startNameservers(
  zone: DnsZone,
  ports: readonly number[],
): Promise<{ servers: RunningNameserver[]; close(): Promise<void> }> {
  const closers: (() => Promise<void>)[] = [];
  const servers: RunningNameserver[] = [];
  try {
    for (let index = 0; index < zone.servers; index += 1) {
      const started = await listenBoth(zone, index, ports[index] ?? 0);
      closers.push(started.close);
      servers.push({ host: '127.0.0.1', port: started.port });
    }
  } catch (error) {
    await Promise.all(closers.map((close) => close()));
    throw error;
  }
  return { servers, close: async () => void (await Promise.all(closers.map((c) => c()))) };
}

/** TCP first on the wanted port (0: any), then UDP on the same number; retried if taken. */
async function listenBoth(zone: DnsZone, index: number, wanted: number) {
  for (let attempt = 0; ; attempt += 1) {
    const tcp = await listenTcp(zone, index, wanted);
    const port = (tcp.address() as AddressInfo).port;
    try {
      const udp = await listenUdp(zone, index, port);
      return { port, close: () => closeBoth(tcp, udp) };
    } catch (error) {
      await new Promise<void>((resolve) => tcp.close(() => resolve()));
      if (wanted !== 0 || attempt >= 10) throw error;
    }
  }
}

function listenTcp(zone: DnsZone, index: number, port: number): Promise<Server> {
  const connections = new Set<TcpSocket>();
  const server = createServer((socket) => {
    connections.add(socket);
    socket.once('close', () => connections.delete(socket));
    socket.on('error', () => undefined);
    let pending = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      while (pending.length >= 2 && pending.length >= 2 + pending.readUInt16BE(0)) {
        const message = pending.subarray(2, 2 + pending.readUInt16BE(0));
        pending = pending.subarray(2 + message.length);
        const reply = answer(zone, index, message, 'tcp');
        if (reply) socket.write(Buffer.concat([lengthPrefix(reply.length), reply]));
      }
    });
  });
  server.on('close', () => connections.forEach((socket) => socket.destroy()));
  (server as Server & { dropAll?: () => void }).dropAll = () =>
    connections.forEach((socket) => socket.destroy());
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

function listenUdp(zone: DnsZone, index: number, port: number): Promise<Socket> {
  const socket = createSocket('udp4');
  socket.on('message', (message, remote) => {
    const reply = answer(zone, index, message, 'udp');
    if (reply) socket.send(reply, remote.port, remote.address);
  });
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(port, '127.0.0.1', () => {
      socket.off('error', reject);
      socket.on('error', () => undefined);
      resolve(socket);
    });
  });
}

async function closeBoth(tcp: Server, udp: Socket): Promise<void> {
  (tcp as Server & { dropAll?: () => void }).dropAll?.();
  await Promise.all([
    new Promise<void>((resolve) => tcp.close(() => resolve())),
    new Promise<void>((resolve) => udp.close(() => resolve())),
  ]);
}

function lengthPrefix(length: number): Buffer {
  const prefix = Buffer.alloc(2);
  prefix.writeUInt16BE(length);
  return prefix;
}

/** One query in, one reply out (null: say nothing, the "timeout" fault or garbage). */
export function answer(
  zone: DnsZone,
  server: number,
  message: Buffer,
  transport: 'udp' | 'tcp',
): Buffer | null {
  let query: Packet;
  try {
    query = dnsPacket.decode(message);
  } catch {
    return null;
  }
  const question = query.questions?.[0];
  if (!question) return null;
  zone.queries.push({ server, name: question.name, type: question.type, transport });
  const fault = zone.takeFault(server, transport);
  const reply = (flags: number, answers: Answer[] = [], authorities: Answer[] = []) =>
    dnsPacket.encode({
      type: 'response',
      id: query.id ?? 0,
      flags,
      questions: [question],
      answers,
      authorities,
    });
  const AA = dnsPacket.AUTHORITATIVE_ANSWER;
  switch (fault) {
    case 'timeout':
      return null;
    case 'servfail':
      return reply(RCODE.SERVFAIL);
    case 'refused':
      return reply(RCODE.REFUSED);
    case 'lame':
      // A server that is listed for the zone but does not hold it: no AA, nothing to say.
      return reply(RCODE.NOERROR);
    case 'truncate':
      return reply(AA | dnsPacket.TRUNCATED_RESPONSE);
    default:
  }
  const name = question.name.toLowerCase().replace(/\.$/, '');
  const soa = soaRecord(zone.zone);
  if (name === zone.zone) return reply(AA, zoneApex(zone.zone, question));
  if (!name.endsWith(`.${zone.zone}`)) return reply(RCODE.REFUSED);
  const label = name.slice(0, -zone.zone.length - 1);
  const records = label.includes('.') ? null : zone.served(server, label);
  if (!records) return reply(AA | RCODE.NXDOMAIN, [], [soa]);
  const answers = recordsFor(question, records);
  if (fault === 'extra') answers.unshift(...unrelated(zone.zone, question));
  return reply(AA, answers, answers.length === 0 ? [soa] : []);
}

function recordsFor(question: Question, records: ZoneRecords): Answer[] {
  const name = question.name;
  const base = { name, ttl: TTL, class: 'IN' as const };
  // A name holding a CNAME answers every other type with the CNAME (the resolver follows it).
  if (records.CNAME !== undefined)
    return [{ ...base, type: 'CNAME', data: records.CNAME.replace(/\.$/, '') }];
  switch (question.type) {
    case 'A':
      return records.A ? [{ ...base, type: 'A', data: records.A }] : [];
    case 'AAAA':
      return records.AAAA ? [{ ...base, type: 'AAAA', data: records.AAAA }] : [];
    case 'TXT':
      return records.TXT !== undefined ? [{ ...base, type: 'TXT', data: [records.TXT] }] : [];
    case 'MX':
      return records.MX.map((entry) => ({
        ...base,
        type: 'MX' as const,
        data: { preference: entry.preference, exchange: entry.target.replace(/\.$/, '') },
      }));
    default:
      return [];
  }
}

/** What the "extra" fault mixes in: records of other names and of other types. */
function unrelated(zone: string, question: Question): Answer[] {
  const base = { ttl: TTL, class: 'IN' as const };
  return [
    { ...base, name: `unrelated.${zone}`, type: 'A', data: '192.0.2.250' },
    { ...base, name: question.name, type: 'TXT', data: ['not the record you asked for'] },
    { ...base, name: `other.${zone}`, type: 'AAAA', data: '2001:db8::250' },
  ];
}

function soaRecord(zone: string): Answer {
  return {
    name: zone,
    type: 'SOA',
    ttl: TTL,
    class: 'IN',
    data: {
      mname: `ns1.${zone}`,
      rname: `hostmaster.${zone}`,
      serial: 1,
      refresh: 3600,
      retry: 600,
      expire: 86400,
      minimum: TTL,
    },
  };
}

function zoneApex(zone: string, question: Question): Answer[] {
  if (question.type === 'SOA') return [soaRecord(zone)];
  if (question.type === 'NS')
    return [{ name: zone, type: 'NS', ttl: TTL, class: 'IN', data: `ns1.${zone}` }];
  return [];
}
