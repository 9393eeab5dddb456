import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * The shipped headless shell (dist-electron/headless.js, built by `npm test` before this
 * suite) started on a profile whose every file is damaged: it must come up, serve, say what it
 * moved aside, and keep the originals.
 */
const root = path.resolve(import.meta.dirname, '..', '..');
let child: ChildProcess | undefined;
let folder: string | undefined;

afterEach(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  if (folder) rmSync(folder, { recursive: true, force: true });
});

async function start(
  configDir: string,
): Promise<{ origin: string; token: string; stderr: () => string }> {
  const started = spawn(
    process.execPath,
    [path.join(root, 'dist-electron', 'headless.js'), '--config-dir', configDir, '--port', '0'],
    {
      cwd: root,
      env: { ...process.env, DNSTRAY_FREEDNS_PASSWORD: 'x' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child = started;
  let stderr = '';
  started.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: started.stdout! }).once('line', resolve);
    started.once('exit', (code) =>
      reject(new Error(`headless shell exited with ${code}: ${stderr}`)),
    );
  });
  const match = /(http:\/\/127\.0\.0\.1:\d+)\/\?token=([\w-]+)/.exec(line);
  if (!match) throw new Error(`unexpected first line: ${line}`);
  return { origin: match[1]!, token: match[2]!, stderr: () => stderr };
}

async function invoke(shell: { origin: string; token: string }, channel: string) {
  const response = await fetch(`${shell.origin}/api/invoke/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${shell.token}` },
    body: JSON.stringify({}),
  });
  return (await response.json()) as { ok: boolean; result?: unknown };
}

describe('the headless shell on a damaged profile', () => {
  it('starts, serves, names every file it moved aside and keeps the originals', async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'dnstray-damaged-'));
    writeFileSync(
      path.join(folder, 'config.json'),
      '{"version":2,"accounts":{"freedns":[{"id":"main",',
    );
    writeFileSync(path.join(folder, 'state.json'), Buffer.from([0, 1, 2, 3, 255]));
    writeFileSync(path.join(folder, 'history.json'), '<html>not a history</html>');
    const shell = await start(folder);

    expect((await invoke(shell, 'settings:get')).ok).toBe(true);
    expect((await invoke(shell, 'status:get')).ok).toBe(true);
    const notices = (await invoke(shell, 'app:notices')) as {
      ok: boolean;
      result: { notices: { file: string; movedTo?: string }[] };
    };
    const moved = notices.result.notices.map((notice) => notice.file).sort();
    expect(moved).toEqual(['config.json', 'history.json', 'state.json']);
    expect(shell.stderr()).toMatch(/config\.json could not be used/);
    const aside = readdirSync(folder).filter((name) => name.includes('.corrupt-'));
    expect(aside).toHaveLength(3);
    expect(child!.exitCode).toBeNull();
  });
});
