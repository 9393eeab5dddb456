import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFreednsEmulator, type FreednsEmulator } from '../../emulators/freedns-io/index.js';
import { startEchoEmulator, type EchoEmulator } from '../../emulators/ip-echo/index.js';
import { repoRoot, startHeadless, type RunningHeadless } from '../../support/headless-process.js';

/**
 * The built headless shell (`npm run headless` runs this same file), configured only through
 * its config folder, keeps a freedns.io record on the echo emulator's address. Needs
 * `npm run build` first (dist-electron/headless.js).
 */
let echo: EchoEmulator;
let freedns: FreednsEmulator;
let shell: RunningHeadless;
let configDir: string;

const aRecord = () => freedns.state().hosts.find((host) => host.label === 'home')?.records.A;

/** Waits for a condition on real processes (no fixed sleep), failing with what was seen. */
async function until(what: string, check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; A = ${aRecord()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  if (!existsSync(path.join(repoRoot, 'dist-electron', 'headless.js')))
    throw new Error('dist-electron/headless.js is missing: run `npm run build` first');
  echo = await startEchoEmulator({ port: 0, seed: { ipv4: '203.0.113.10', ipv6: null } });
  freedns = await startFreednsEmulator({
    port: 0,
    seed: {
      accounts: [
        { username: 'alice', password: 'secret-pw', tier: 'free', hosts: [{ label: 'home' }] },
      ],
    },
  });
  const settings = JSON.stringify({
    version: 2,
    accounts: {
      freedns: [
        { id: 'home', username: 'alice', tier: 'free', endpoint: `${freedns.url}/request` },
      ],
    },
    hosts: [
      { id: 'h1', accountId: 'home', label: 'home', records: [{ type: 'A', mode: 'follow' }] },
    ],
    engine: {
      families: ['ipv4'],
      sources: ['alpha', 'bravo', 'charlie'].map((name, index) => ({
        id: name,
        name,
        family: 'ipv4',
        url: echo.sourceUrls[`${name}-ipv4`],
        format: ['plain', 'json', 'trace'][index],
      })),
      allowedRanges: ['documentation'],
      useInterfaces: false,
      router: { enabled: false },
      stableChecks: 1,
      verify: { enabled: false },
    },
  });
  // Only the config folder configures the shell, as for a person running `npm run headless`.
  shell = await startHeadless([], { DNSTRAY_FREEDNS_PASSWORD_HOME: 'secret-pw' }, (dir) => {
    configDir = dir;
    writeFileSync(path.join(dir, 'config.json'), settings, { mode: 0o600 });
  });
});

afterAll(async () => {
  await shell?.stop();
  await Promise.all([echo?.close(), freedns?.close()]);
});

async function invoke(
  channel: string,
  request?: unknown,
): Promise<{ ok: boolean; result?: unknown }> {
  const response = await fetch(`${shell.origin}/api/invoke/${channel}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${shell.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ request }),
  });
  return (await response.json()) as { ok: boolean; result?: unknown };
}

describe('npm run headless with a config folder pointing at the emulators', () => {
  it('writes the agreed address at start, then follows it when it changes', async () => {
    await until('the first write', () => aRecord() === '203.0.113.10');
    echo.setAddress('ipv4', '203.0.113.20');
    expect(await invoke('sync:updateNow', {})).toMatchObject({
      ok: true,
      result: { started: true },
    });
    await until('the change to be followed', () => aRecord() === '203.0.113.20');
    const status = await invoke('status:get');
    expect(status).toMatchObject({
      ok: true,
      result: { families: [{ family: 'ipv4', state: 'known', address: '203.0.113.20' }] },
    });
    expect(existsSync(path.join(configDir, 'engine-ledger.json'))).toBe(true);
    expect(freedns.state().requestLog.map((entry) => entry.params.value)).toEqual([
      '203.0.113.10',
      '203.0.113.20',
    ]);
  });
});
