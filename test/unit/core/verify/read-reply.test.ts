import dnsPacket, { type Answer } from 'dns-packet';
import { describe, expect, it } from 'vitest';
import type { WireReply } from '../../../../electron/core/verify/dns-transport.js';
import { expectedValues, readReply } from '../../../../electron/core/verify/read-reply.js';

const NAME = 'home.freedns.io';
const AA = dnsPacket.AUTHORITATIVE_ANSWER;

/** A reply as it comes off the wire: encoded and decoded again, so the flags are real. */
function reply(flags: number, answers: Answer[] = []): WireReply {
  const bytes = dnsPacket.encode({
    type: 'response',
    id: 7,
    flags,
    questions: [{ type: 'A', name: NAME }],
    answers,
  });
  const packet = dnsPacket.decode(bytes);
  return { kind: 'reply', packet, rcode: (packet.flags ?? 0) & 0xf, transport: 'udp' };
}
const a = (name: string, data: string): Answer => ({ name, type: 'A', ttl: 60, data });

describe('reading one nameserver reply', () => {
  it('keeps only records of the asked name and type, and says how many it left out', () => {
    const answer = readReply(
      'ns',
      reply(AA, [
        a('unrelated.freedns.io', '192.0.2.250'),
        { name: NAME, type: 'TXT', ttl: 60, data: ['not it'] },
        a('HOME.freedns.io.', '203.0.113.10'),
      ]),
      NAME,
      'A',
    );
    expect(answer).toEqual({
      server: 'ns',
      outcome: 'answer',
      values: ['203.0.113.10'],
      detail: '203.0.113.10; 2 unrelated records ignored',
    });
  });

  it('tells no data apart from a missing name', () => {
    expect(
      readReply('ns', reply(AA, [a('other.freedns.io', '192.0.2.1')]), NAME, 'A'),
    ).toMatchObject({ outcome: 'no-data', values: [] });
    expect(readReply('ns', reply(AA | 3), NAME, 'A')).toMatchObject({
      outcome: 'nxdomain',
      detail: 'the name does not exist (NXDOMAIN)',
    });
  });

  it('names each failure: SERVFAIL, REFUSED, lame, timeout and transport errors', () => {
    expect(readReply('ns', reply(2), NAME, 'A').outcome).toBe('servfail');
    expect(readReply('ns', reply(5), NAME, 'A').outcome).toBe('refused');
    // An answer without the AA flag comes from a server that does not hold the zone.
    expect(readReply('ns', reply(0, [a(NAME, '198.51.100.1')]), NAME, 'A')).toMatchObject({
      outcome: 'lame',
      values: [],
    });
    expect(readReply('ns', { kind: 'timeout', transport: 'udp' }, NAME, 'A')).toMatchObject({
      outcome: 'timeout',
      detail: 'no answer in time over UDP',
    });
    expect(readReply('ns', { kind: 'error', detail: 'ECONNREFUSED' }, NAME, 'A')).toMatchObject({
      outcome: 'error',
      detail: 'ECONNREFUSED',
    });
    expect(readReply('ns', reply(AA | 4), NAME, 'A')).toMatchObject({
      outcome: 'error',
      detail: 'unexpected reply code NOTIMP',
    });
  });

  it('reads TXT split into character-strings, MX with preferences, IPv6 in canonical form', () => {
    const txt = readReply(
      'ns',
      reply(AA, [{ name: NAME, type: 'TXT', ttl: 60, data: ['v=spf1 ', 'mx -all'] }]),
      NAME,
      'TXT',
    );
    expect(txt.values).toEqual(['v=spf1 mx -all']);
    const mx = readReply(
      'ns',
      reply(AA, [
        { name: NAME, type: 'MX', ttl: 60, data: { preference: 20, exchange: 'MX2.example.net' } },
        { name: NAME, type: 'MX', ttl: 60, data: { preference: 10, exchange: 'mx1.example.net' } },
      ]),
      NAME,
      'MX',
    );
    expect(mx.values).toEqual(['10 mx1.example.net', '20 mx2.example.net']);
    const aaaa = readReply(
      'ns',
      reply(AA, [{ name: NAME, type: 'AAAA', ttl: 60, data: '2001:0db8:0:0:0:0:0:10' }]),
      NAME,
      'AAAA',
    );
    expect(aaaa.values).toEqual(['2001:db8::10']);
  });

  it('writes the applied values the same way, so equal records compare equal', () => {
    const applied = {
      AAAA: '2001:0db8::0010',
      CNAME: 'Target.Example.net.',
      MX: [
        { target: 'mx2.example.net', preference: 20 },
        { target: 'MX1.example.net.', preference: 10 },
      ],
    };
    expect(expectedValues(applied, 'AAAA')).toEqual(['2001:db8::10']);
    expect(expectedValues(applied, 'CNAME')).toEqual(['target.example.net']);
    expect(expectedValues(applied, 'MX')).toEqual(['10 mx1.example.net', '20 mx2.example.net']);
    expect(expectedValues(applied, 'A')).toBeNull();
  });
});
