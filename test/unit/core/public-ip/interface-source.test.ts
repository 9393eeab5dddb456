import { describe, expect, it } from 'vitest';
import {
  temporaryAddressesIn,
  createInterfaceSource,
  fingerprintInterfaces,
  systemInterfaceReader,
} from '../../../../electron/core/public-ip/interface-source.js';
import { FakeInterfaceReader } from '../../../fakes/fake-interface-reader.js';

const strict = { allowed: new Set<never>() };

describe('the interface source', () => {
  it('prefers a stable global IPv6 address over a temporary one', async () => {
    const reader = new FakeInterfaceReader();
    reader.addresses = [
      { interfaceName: 'eth0', family: 'ipv6', address: 'fe80::1', temporary: false },
      {
        interfaceName: 'eth0',
        family: 'ipv6',
        address: '2a01:4f8:1:2:aaaa:bbbb:cccc:dddd',
        temporary: true,
      },
      { interfaceName: 'eth0', family: 'ipv6', address: '2a01:4f8:1:2::10', temporary: false },
    ];
    const answer = await createInterfaceSource('ipv6', reader, strict).ask(
      new AbortController().signal,
    );
    expect(answer).toMatchObject({ outcome: 'address', address: '2a01:4f8:1:2::10' });
  });

  it('has nothing when the machine holds only private and link-local addresses', async () => {
    const reader = new FakeInterfaceReader();
    reader.addresses = [
      { interfaceName: 'wlan0', family: 'ipv4', address: '192.168.1.5', temporary: false },
      { interfaceName: 'wlan0', family: 'ipv6', address: 'fe80::5', temporary: false },
    ];
    const answer = await createInterfaceSource('ipv4', reader, strict).ask(
      new AbortController().signal,
    );
    expect(answer).toMatchObject({
      outcome: 'none',
      detail: 'no global IPv4 address on this computer',
    });
  });

  it('fingerprints every address so any interface change is seen', async () => {
    const reader = new FakeInterfaceReader();
    reader.addresses = [
      { interfaceName: 'eth0', family: 'ipv4', address: '192.168.1.5', temporary: false },
    ];
    const before = await fingerprintInterfaces(reader);
    reader.addresses = [
      { interfaceName: 'eth0', family: 'ipv4', address: '192.168.1.6', temporary: false },
    ];
    expect(await fingerprintInterfaces(reader)).not.toBe(before);
  });

  it('reads the real interfaces without failing, with or without /proc/net/if_inet6', async () => {
    const list = await systemInterfaceReader.list();
    for (const entry of list) expect(['ipv4', 'ipv6']).toContain(entry.family);
  });

  it('reads temporary and deprecated IPv6 addresses from /proc/net/if_inet6 flags', () => {
    const text = [
      '2a0104f8000100020000000000000010 02 40 00 80     eth0', // permanent
      '2a0104f800010002aaaabbbbccccdddd 02 40 00 01     eth0', // temporary
      '2a0104f800010002000000000000beef 02 40 00 20     eth0', // deprecated
      'fe800000000000000000000000000001 02 40 20 80     eth0',
      'garbage',
    ].join('\n');
    expect([...temporaryAddressesIn(text)]).toEqual([
      '2a01:4f8:1:2:aaaa:bbbb:cccc:dddd',
      '2a01:4f8:1:2::beef',
    ]);
  });
});
