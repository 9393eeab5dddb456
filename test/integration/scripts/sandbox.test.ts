import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import type { CoreStatus } from '../../../shared/engine/core-status.js';
import { repoRoot } from '../../support/headless-process.js';

let child: ChildProcess | null = null;

afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  child = null;
});

/** Starts `npm run sandbox -- --headless` the way npm would, and collects what it prints. */
function startSandbox(): { lines: string[]; waitFor: (pattern: RegExp) => Promise<string> } {
  child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(repoRoot, 'scripts', 'sandbox.mjs'), '--headless'],
    { cwd: repoRoot, env: { ...process.env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const lines: string[] = [];
  const waiting = new Set<() => void>();
  createInterface({ input: child.stdout! }).on('line', (line) => {
    lines.push(line);
    for (const check of waiting) check();
  });
  const waitFor = (pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const found = lines.find((line) => pattern.test(line));
        if (!found) return;
        waiting.delete(check);
        resolve(found);
      };
      waiting.add(check);
      child!.once('exit', (code) =>
        reject(new Error(`sandbox exited ${code}: ${lines.join('\n')}`)),
      );
      check();
    });
  return { lines, waitFor };
}

async function invoke<T>(origin: string, token: string, channel: string): Promise<T> {
  const response = await fetch(`${origin}/api/invoke/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, origin },
    body: '{}',
  });
  const reply = (await response.json()) as { ok: boolean; result: T };
  expect(reply.ok).toBe(true);
  return reply.result;
}

describe('npm run sandbox', () => {
  it('serves the app against the emulators in a throwaway profile and removes it on exit', async () => {
    const sandbox = startSandbox();
    const open = await sandbox.waitFor(/^Open http/);
    const profile = /profile\s+(.+) \(deleted on exit\)/.exec(sandbox.lines.join('\n'))![1]!;
    expect(existsSync(path.join(profile, 'config.json'))).toBe(true);
    expect(sandbox.lines.join('\n')).toMatch(/demo\/demo \(free\), pro\/pro \(Premium\)/);

    const url = new URL(/http:\/\/\S+/.exec(open)![0]);
    const origin = url.origin;
    const token = url.searchParams.get('token')!;
    // Every seeded record reaches "updated" through the freedns.io emulator on its own.
    const outcomes = async () =>
      (await invoke<CoreStatus>(origin, token, 'status:get')).hosts.flatMap((host) =>
        host.records.map((record) => `${host.label} ${record.record} ${record.outcome?.kind}`),
      );
    await expect
      .poll(outcomes, { timeout: 15_000 })
      .toEqual([
        'home A updated',
        'home A updated',
        'home AAAA updated',
        'home TXT updated',
        'mail A updated',
        'mail MX updated',
      ]);
    // The emulator's nameservers then serve every record: the sandbox shows them published.
    const published = async () =>
      (await invoke<CoreStatus>(origin, token, 'status:get')).hosts.flatMap((host) =>
        host.records.map(
          (record) => `${host.label} ${record.record} ${record.verification?.state}`,
        ),
      );
    await expect
      .poll(published, { timeout: 15_000 })
      .toEqual([
        'home A published',
        'home A published',
        'home AAAA published',
        'home TXT published',
        'mail A published',
        'mail MX published',
      ]);
    const status = await invoke<CoreStatus>(origin, token, 'status:get');
    expect(status.families.find((f) => f.family === 'ipv4')?.address).toBe('203.0.113.10');

    const exited = new Promise<number | null>((resolve) => child!.once('exit', resolve));
    child!.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(existsSync(profile)).toBe(false);
  }, 45_000);
});
