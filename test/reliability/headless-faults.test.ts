import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreStatus } from '../../shared/engine/core-status.js';
import type { FreednsEmulator } from '../emulators/freedns-io/index.js';
import type { EchoEmulator } from '../emulators/ip-echo/index.js';
import { PASSWORD, settingsDocument, startWorldEmulators } from '../support/engine/engine-world.js';
import { injectFault } from './support/fault-matrix.js';
import { eventually, startShell, type ShellProcess } from './support/headless-shell.js';

/**
 * The shipped headless shell following the emulated address while freedns.io misbehaves: the
 * process stays up, its status says what failed, and once the service recovers the record lands.
 */
let freedns: FreednsEmulator;
let echo: EchoEmulator;
let shell: ShellProcess | undefined;
let folder: string;

beforeEach(async () => {
  ({ echo, freedns } = await startWorldEmulators({
    ipv6: null,
    accounts: [{ tier: 'premium', hostLabels: ['home'] }],
  }));
  folder = mkdtempSync(path.join(os.tmpdir(), 'dnstray-shell-faults-'));
  const settings = settingsDocument({
    freednsUrl: freedns.url,
    sourceUrls: echo.sourceUrls,
    tier: 'premium',
  });
  writeFileSync(path.join(folder, 'config.json'), JSON.stringify(settings));
});
afterEach(async () => {
  await shell?.stop();
  await Promise.all([freedns.close(), echo.close()]);
  rmSync(folder, { recursive: true, force: true });
});

const record = () => freedns.state().hosts.find((h) => h.label === 'home')?.records.A;
const status = async () => (await shell!.invoke('status:get', undefined)).result as CoreStatus;

describe('the headless shell when freedns.io misbehaves', () => {
  it('stays up, reports the failure, keeps its files and lands the update when the service recovers', async () => {
    shell = await startShell(folder, { DNSTRAY_FREEDNS_PASSWORD: PASSWORD });
    await eventually(
      async () => record(),
      (a) => a === '203.0.113.10',
      20_000,
    );
    const settings = readFileSync(path.join(folder, 'config.json'), 'utf8');

    await injectFault(freedns.url, { kind: 'html502' }, 3);
    echo.setAddress('ipv4', '203.0.113.20');
    await shell.invoke('sync:updateNow', {});
    // Told at once, but as a retry: "failed" (and its notification) only after 10 minutes.
    const failed = await eventually(
      status,
      (s) => /freedns\.io/.test(JSON.stringify(s.hosts[0]?.records[0]?.outcome)),
      20_000,
    );
    expect(failed.hosts[0]!.records[0]!.outcome?.kind).toBe('deferred');
    expect(JSON.stringify(failed.hosts[0]!.records[0]!.outcome)).toContain(
      'reported as failed after 10 minutes',
    );
    expect(shell.child.exitCode).toBeNull();
    expect(readFileSync(path.join(folder, 'config.json'), 'utf8')).toBe(settings);

    await fetch(`${freedns.url}/_emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ clear: true }),
    });
    await shell.invoke('sync:updateNow', {});
    await eventually(
      async () => record(),
      (a) => a === '203.0.113.20',
      20_000,
    );
    const ledger = JSON.parse(readFileSync(path.join(folder, 'engine-ledger.json'), 'utf8')) as {
      entries: unknown[];
    };
    expect(ledger.entries.length).toBeGreaterThanOrEqual(2);
  });
});
