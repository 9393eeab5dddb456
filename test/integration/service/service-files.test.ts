import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/headless-process.js';

const UNIT = path.join(repoRoot, 'build', 'linux', 'dnstray-headless.service');
const analyze = spawnSync('systemd-analyze', ['--version']).status === 0;
if (!analyze) console.warn('systemd-analyze verify skipped: systemd-analyze is not installed here');
const METRICS_TOKEN = 'scraper-token-0123456789abcdef';

let temp: string | null = null;
afterEach(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
  temp = null;
});

describe('the systemd unit', () => {
  const unit = readFileSync(UNIT, 'utf8');

  it('is hardened and takes its secrets as credentials', () => {
    for (const line of [
      'NoNewPrivileges=yes',
      'ProtectSystem=strict',
      'ProtectHome=yes',
      'PrivateTmp=yes',
      'StateDirectory=dnstray',
      'RestrictAddressFamilies=AF_INET AF_INET6 AF_NETLINK AF_UNIX',
      'LoadCredential=secrets:/etc/dnstray/secrets',
      'CapabilityBoundingSet=',
    ])
      expect(unit.split('\n')).toContain(line);
    const exec = unit.split('\n').find((line) => line.startsWith('ExecStart='))!;
    expect(exec).toContain('--config-dir %S/dnstray');
    expect(exec).toContain('--secrets-file %d/secrets');
    expect(exec).toContain('--metrics-token-file %d/metrics-token');
  });

  it.skipIf(!analyze)(
    'passes systemd-analyze verify (skipped where systemd-analyze is not installed)',
    () => {
      // The .deb's binary is not on a test machine: verify checks that ExecStart's program exists.
      temp = mkdtempSync(path.join(os.tmpdir(), 'dnstray-unit-'));
      const copy = path.join(temp, 'dnstray-headless.service');
      writeFileSync(copy, unit.replace('"/opt/DNS Tray/dnstray"', process.execPath));
      const result = spawnSync('systemd-analyze', ['verify', copy], { encoding: 'utf8' });
      expect(result.stderr.trim()).toBe('');
      expect(result.status).toBe(0);
    },
  );
});

describe('the dnstray-headless command', () => {
  it('is the package bin and runs from a packed, unpacked copy through a link, as npm installs it', async () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    expect(pkg.bin).toEqual({ 'dnstray-headless': 'bin/dnstray-headless.mjs' });
    temp = mkdtempSync(path.join(os.tmpdir(), 'dnstray-pack-'));
    const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', temp], {
      cwd: repoRoot,
      encoding: 'utf8',
    }).trim();
    const installed = path.join(temp, 'lib', 'node_modules', 'dnstray');
    mkdirSync(installed, { recursive: true });
    execFileSync('tar', [
      '-xzf',
      path.join(temp, tarball),
      '-C',
      installed,
      '--strip-components=1',
    ]);
    // Dependencies as an install would bring them (the registry is not needed for this check).
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(installed, 'node_modules'));
    mkdirSync(path.join(temp, 'bin'));
    const command = path.join(temp, 'bin', 'dnstray-headless');
    symlinkSync(path.join(installed, pkg.bin['dnstray-headless']), command);

    const help = spawnSync(command, ['--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: dnstray-headless --config-dir DIR/);

    // A credential as systemd leaves it: owner-read-only (0400).
    const config = path.join(temp, 'state');
    const secrets = path.join(temp, 'secrets');
    writeFileSync(secrets, 'DNSTRAY_FREEDNS_PASSWORD=from-a-credential\n');
    chmodSync(secrets, 0o400);
    const token = path.join(temp, 'metrics-token');
    writeFileSync(token, METRICS_TOKEN);
    chmodSync(token, 0o400);
    const child = spawn(
      command,
      [
        '--config-dir',
        config,
        '--port',
        '0',
        '--secrets-file',
        secrets,
        '--metrics-token-file',
        token,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      const line = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout! }).once('line', resolve);
        child.once('exit', (code) => reject(new Error(`exited with ${code}`)));
      });
      const origin = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(line)![1]!;
      expect((await fetch(`${origin}/healthz`)).status).toBe(200);
      const metrics = await fetch(`${origin}/metrics`, {
        headers: { Authorization: `Bearer ${METRICS_TOKEN}` },
      });
      expect(metrics.status).toBe(200);
      expect(await metrics.text()).toContain('dnstray_process_resident_memory_bytes');
      expect((await fetch(`${origin}/metrics`)).status).toBe(401);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
