import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createRouteReader,
  type RouteSystem,
} from '../../../electron/core/public-ip/routes/system-route-reader.js';

// A Linux network namespace with a veth "physical" link and a tun device: the real kernel's
// /proc, sysfs and `ip -j route get` outputs, read through `ip netns exec`. Needs root.
const namespace = `dnstray-${randomBytes(3).toString('hex')}`;
const netnsWorks = probeNetns();

function probeNetns(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  try {
    execFileSync('ip', ['netns', 'add', namespace], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const ip = (...args: string[]) => execFileSync('ip', ['-n', namespace, ...args]);

const inNamespace: RouteSystem = {
  platform: 'linux',
  run: (command, args) =>
    new Promise((resolve) =>
      execFile('ip', ['netns', 'exec', namespace, command, ...args], (error, stdout) =>
        resolve(error ? null : stdout),
      ),
    ),
  readText: (path) =>
    new Promise((resolve) =>
      execFile('ip', ['netns', 'exec', namespace, 'cat', path], (error, stdout) =>
        resolve(error ? null : stdout),
      ),
    ),
};

describe.skipIf(!netnsWorks)('the route reader in a Linux network namespace', () => {
  beforeAll(() => {
    ip('link', 'add', 'veth0', 'type', 'veth', 'peer', 'name', 'veth1');
    ip('link', 'set', 'veth0', 'up');
    ip('link', 'set', 'veth1', 'up');
    ip('addr', 'add', '192.0.2.2/24', 'dev', 'veth0');
    ip('route', 'add', 'default', 'via', '192.0.2.1', 'dev', 'veth0', 'metric', '100');
  });
  afterAll(() => {
    execFileSync('ip', ['netns', 'del', namespace]);
  });

  it('sees the physical link while no tunnel holds the route', async () => {
    expect((await createRouteReader(inNamespace).read()).ipv4).toEqual({
      family: 'ipv4',
      interfaceName: 'veth0',
      gateway: '192.0.2.1',
      tunnel: null,
      physical: { interfaceName: 'veth0', gateway: '192.0.2.1' },
    });
  });

  it('sees a tun device that takes 0/1 and 128/1 (OpenVPN def1), and the link beside it', async () => {
    ip('tuntap', 'add', 'dev', 'tun0', 'mode', 'tun');
    ip('link', 'set', 'tun0', 'up');
    ip('addr', 'add', '10.8.0.2/24', 'dev', 'tun0');
    ip('route', 'add', '0.0.0.0/1', 'dev', 'tun0');
    ip('route', 'add', '128.0.0.0/1', 'dev', 'tun0');
    expect((await createRouteReader(inNamespace).read()).ipv4).toEqual({
      family: 'ipv4',
      interfaceName: 'tun0',
      gateway: null,
      tunnel: 'tun',
      physical: { interfaceName: 'veth0', gateway: '192.0.2.1' },
    });
    ip('link', 'del', 'tun0');
    expect((await createRouteReader(inNamespace).read()).ipv4).toMatchObject({
      interfaceName: 'veth0',
      tunnel: null,
    });
  });
});
