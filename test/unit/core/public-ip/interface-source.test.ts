import os from 'node:os';
import { describe, expect, it, vi } from 'vitest';
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

  it('reads every external address of the real interfaces, and nothing else', async () => {
    const expected = Object.entries(os.networkInterfaces()).flatMap(([name, entries]) =>
      (entries ?? [])
        .filter((entry) => !entry.internal)
        .map((entry) => [
          name,
          entry.family === 'IPv4' ? 'ipv4' : 'ipv6',
          entry.address.split('%')[0],
        ]),
    );
    const list = await systemInterfaceReader.list();
    // Exactly the system's list (empty on a machine without interfaces), in its order.
    expect(list.map((entry) => [entry.interfaceName, entry.family, entry.address])).toEqual(
      expected,
    );
  });

  it('skips loopback, names each family and drops the IPv6 zone from what the system lists', async () => {
    const spy = vi.spyOn(os, 'networkInterfaces').mockReturnValue({
      lo: [nic('127.0.0.1', 'IPv4', true), nic('::1', 'IPv6', true)],
      eth0: [nic('198.51.100.4', 'IPv4', false), nic('fe80::1%eth0', 'IPv6', false)],
      wg0: [nic('2001:db8::7', 'IPv6', false)],
    });
    try {
      const list = await systemInterfaceReader.list();
      expect(list.map((entry) => [entry.interfaceName, entry.family, entry.address])).toEqual([
        ['eth0', 'ipv4', '198.51.100.4'],
        ['eth0', 'ipv6', 'fe80::1'],
        ['wg0', 'ipv6', '2001:db8::7'],
      ]);
    } finally {
      spy.mockRestore();
    }
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

function nic(address: string, family: 'IPv4' | 'IPv6', internal: boolean): os.NetworkInterfaceInfo {
  const common = { address, netmask: '', mac: '00:00:00:00:00:00', internal, cidr: null };
  return family === 'IPv4' ? { ...common, family } : { ...common, family, scopeid: 0 };
}
