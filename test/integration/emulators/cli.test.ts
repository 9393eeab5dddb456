import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { askNameserver } from '../../../electron/core/verify/dns-transport.js';
import { readReply } from '../../../electron/core/verify/read-reply.js';
import { repoRoot } from '../../support/headless-process.js';

const children: ChildProcess[] = [];
const folders: string[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function startCli(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/emulators/cli.ts', ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const firstLine = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      lines.push(line);
      resolve(line);
    });
    void exited.then((code) => reject(new Error(`emulators exited with ${code}: ${stderr}`)));
  });
  // Tests that expect the process to fail never wait for a line.
  firstLine.catch(() => undefined);
  return { child, lines, exited, firstLine, stderr: () => stderr };
}

describe('npm run emulators', () => {
  it('prints one JSON line with the freedns.io URL, serves it, and exits 0 on SIGTERM', async () => {
    const cli = startCli(['--freedns', '0']);
    const urls = JSON.parse(await cli.firstLine) as Record<string, string>;
    expect(Object.keys(urls)).toEqual(['freedns']);
    expect(urls.freedns).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/request$/);
    const response = await fetch(urls.freedns!, {
      method: 'POST',
      body: new URLSearchParams({ username: 'demo', password: 'demo', host: 'home', record: 'A' }),
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('Updated the A record of home.');
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
    expect(cli.lines).toHaveLength(1);
  });

  it('with --freedns-dns also serves the zone over DNS and names the nameserver', async () => {
    const cli = startCli(['--freedns', '0', '--freedns-dns', '0']);
    const urls = JSON.parse(await cli.firstLine) as Record<string, string>;
    expect(Object.keys(urls)).toEqual(['freedns', 'freednsDns']);
    const [address = '', port = ''] = urls.freednsDns!.split(':');
    const response = await fetch(urls.freedns!, {
      method: 'POST',
      body: new URLSearchParams({
        username: 'demo',
        password: 'demo',
        host: 'home',
        record: 'A',
        value: '203.0.113.44',
      }),
    });
    expect(response.status).toBe(200);
    const reply = await askNameserver(
      { address, port: Number(port) },
      'home.freedns.io',
      'A',
      2_000,
    );
    expect(readReply('ns', reply, 'home.freedns.io', 'A')).toMatchObject({
      outcome: 'answer',
      values: ['203.0.113.44'],
    });
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  });

  it('loads the freedns part of a --seed file', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'dnstray-seed-'));
    folders.push(folder);
    const seedFile = path.join(folder, 'seed.json');
    const account = {
      username: 'alice',
      password: 'pw',
      tier: 'premium',
      hosts: [{ label: 'lab' }],
    };
    writeFileSync(seedFile, JSON.stringify({ freedns: { accounts: [account] } }));
    const cli = startCli(['--freedns', '0', '--seed', seedFile]);
    const { freedns } = JSON.parse(await cli.firstLine) as { freedns: string };
    const response = await fetch(freedns, {
      method: 'POST',
      body: new URLSearchParams({
        username: 'alice',
        password: 'pw',
        host: 'lab',
        record: 'TXT',
        value: 'hi',
      }),
    });
    expect(response.status).toBe(200);
    cli.child.kill('SIGINT');
    expect(await cli.exited).toBe(0);
  });

  it('refuses a bad seed with a message naming the field, exit 2', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'dnstray-seed-'));
    folders.push(folder);
    const seedFile = path.join(folder, 'seed.json');
    writeFileSync(seedFile, JSON.stringify({ freedns: { accounts: [{ username: 'x' }] } }));
    const cli = startCli(['--freedns', '0', '--seed', seedFile]);
    expect(await cli.exited).toBe(2);
    expect(cli.stderr()).toMatch(/freedns seed: .*password/s);
  });
});
