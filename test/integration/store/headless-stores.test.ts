import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot, startHeadless, type RunningHeadless } from '../../support/headless-process.js';

// Runs the built shell: `flock /tmp/build.lock npm run -s build` first (CI builds before tests).
const headless = path.join(repoRoot, 'dist-electron', 'headless.js');
const PASSWORD = 'hunter2-from-file';
let folder: string;
let running: RunningHeadless | undefined;

beforeAll(() => {
  expect(readdirSync(path.dirname(headless))).toContain('headless.js');
});
beforeEach(() => (folder = mkdtempSync(path.join(os.tmpdir(), 'dnstray-hstores-'))));
afterEach(async () => {
  await running?.stop();
  running = undefined;
  rmSync(folder, { recursive: true, force: true });
});

function secretsFile(mode: number): string {
  const file = path.join(folder, 'secrets.env');
  writeFileSync(file, `DNSTRAY_FREEDNS_PASSWORD_HOME=${PASSWORD}\n`);
  chmodSync(file, mode);
  return file;
}

/** Runs the shell expecting it to stop at once; resolves with its exit code and output. */
function runToExit(
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(
    process.execPath,
    [headless, '--config-dir', path.join(folder, 'profile'), '--port', '0', ...args],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

async function invoke(
  channel: string,
  request?: unknown,
): Promise<{ ok: boolean; result?: unknown; error?: unknown }> {
  const answer = await fetch(`${running!.origin}/api/invoke/${channel}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${running!.token}`,
    },
    body: JSON.stringify({ request }),
  });
  return (await answer.json()) as { ok: boolean; result?: unknown };
}

describe.runIf(process.platform !== 'win32')('headless shell and its stores', () => {
  it.each([
    ['0644', 0o644],
    ['0640', 0o640],
  ])(
    'refuses to start with a secrets file of mode %s, says why and how to fix it',
    async (shown, mode) => {
      const file = secretsFile(mode);
      const { code, stdout, stderr } = await runToExit(['--secrets-file', file]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(
        `secrets file ${file} can be read by other users (mode ${shown}); it must be 0600. Run: chmod 600 '${file}'`,
      );
      expect(stderr).not.toContain(PASSWORD);
    },
  );

  it('starts with a 0600 secrets file and tells the UI only that the password is set', async () => {
    const profile = path.join(folder, 'profile');
    running = await startHeadless(['--config-dir', profile, '--secrets-file', secretsFile(0o600)]);
    const update = await invoke('settings:update', {
      patch: { accounts: { freedns: [{ id: 'home', username: 'alice' }] } },
    });
    expect(update).toMatchObject({ ok: true, result: { ok: true } });
    const status = await invoke('secrets:status');
    expect(status).toEqual({
      ok: true,
      result: {
        encryption: 'not-applicable',
        accounts: [{ service: 'freedns', accountId: 'home', set: true, storage: 'secrets-file' }],
      },
    });
    expect(JSON.stringify(status)).not.toContain(PASSWORD);
    expect(readdirSync(profile).sort()).toEqual(['config.json']);
  });

  it('takes passwords from the environment', async () => {
    running = await startHeadless(['--config-dir', path.join(folder, 'profile')], {
      DNSTRAY_FREENOM_PASSWORD: 'env-secret',
    });
    await invoke('settings:update', {
      patch: { accounts: { freenom: [{ id: 'reg', email: 'a@example.com' }] } },
    });
    expect(await invoke('secrets:status')).toMatchObject({
      result: { accounts: [{ accountId: 'reg', set: true, storage: 'environment' }] },
    });
  });

  it('moves a damaged config.json aside, starts with defaults and says where the old file went', async () => {
    const profile = path.join(folder, 'profile');
    mkdirSync(profile);
    writeFileSync(path.join(profile, 'config.json'), '{"version": 2, "ui": {"th');
    running = await startHeadless(['--config-dir', profile]);
    const aside = readdirSync(profile).find((name) => name.startsWith('config.corrupt-'));
    expect(aside).toBeDefined();
    expect(running.stderr()).toContain(
      `config.json could not be used because it is not valid JSON (truncated or damaged). It was moved to ${path.join(profile, aside!)}`,
    );
    const notices = await invoke('app:notices');
    expect(notices).toMatchObject({
      ok: true,
      result: {
        notices: [{ level: 'warning', file: 'config.json', movedTo: path.join(profile, aside!) }],
      },
    });
    expect(await invoke('settings:get')).toMatchObject({
      ok: true,
      result: { version: 2, ui: { theme: 'system' } },
    });
  });
});
