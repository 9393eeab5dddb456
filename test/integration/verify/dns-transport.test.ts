import { afterEach, describe, expect, it } from 'vitest';
import { askNameserver } from '../../../electron/core/verify/dns-transport.js';
import { readReply } from '../../../electron/core/verify/read-reply.js';
import { startFreednsEmulator, type FreednsEmulator } from '../../emulators/freedns-io/index.js';

let emulator: FreednsEmulator | null = null;
afterEach(async () => {
  await emulator?.close();
  emulator = null;
});

async function start() {
  emulator = await startFreednsEmulator({
    port: 0,
    seed: {
      accounts: [
        {
          username: 'u',
          password: 'p',
          tier: 'premium',
          hosts: [{ label: 'home', A: '203.0.113.10' }],
        },
      ],
    },
    dns: {},
  });
  const [server] = emulator.dns!.servers;
  return { emulator, target: { address: server!.host, port: server!.port } };
}

describe('asking the emulator nameserver over the wire', () => {
  it('answers over UDP, and over TCP after a truncated UDP answer', async () => {
    const { emulator, target } = await start();
    const udp = await askNameserver(target, 'home.freedns.io', 'A', 1_000);
    expect(readReply('ns', udp, 'home.freedns.io', 'A')).toMatchObject({
      outcome: 'answer',
      values: ['203.0.113.10'],
    });
    emulator.dns!.zone.control({ action: 'fault', kind: 'truncate', count: 1 });
    const tcp = await askNameserver(target, 'home.freedns.io', 'A', 1_000);
    expect(tcp).toMatchObject({ kind: 'reply', transport: 'tcp' });
    expect(emulator.dns!.zone.queries.map((q) => q.transport)).toEqual(['udp', 'udp', 'tcp']);
  });

  it('times out on a silent server, and reads NXDOMAIN and REFUSED', async () => {
    const { emulator, target } = await start();
    emulator.dns!.zone.control({ action: 'fault', kind: 'timeout', count: 1 });
    const started = Date.now();
    expect(await askNameserver(target, 'home.freedns.io', 'A', 300)).toEqual({
      kind: 'timeout',
      transport: 'udp',
    });
    expect(Date.now() - started).toBeLessThan(2_000);
    const missing = await askNameserver(target, 'nobody.freedns.io', 'A', 1_000);
    expect(readReply('ns', missing, 'nobody.freedns.io', 'A').outcome).toBe('nxdomain');
    const outside = await askNameserver(target, 'example.com', 'A', 1_000);
    expect(readReply('ns', outside, 'example.com', 'A').outcome).toBe('refused');
  });

  it('reports a server that is gone as a timeout, not a crash', async () => {
    const { emulator: running, target } = await start();
    await running.close();
    emulator = null;
    // An unconnected UDP socket hears nothing of ICMP "port unreachable": only the clock ends it.
    const reply = await askNameserver(target, 'home.freedns.io', 'A', 300);
    expect(reply).toEqual({ kind: 'timeout', transport: 'udp' });
  });
});
