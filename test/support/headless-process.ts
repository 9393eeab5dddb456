import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');

export interface LaunchedHeadless {
  child: ChildProcess;
  /** The whole line's URL, token included. */
  url: string;
  origin: string;
  token: string;
  stderr(): string;
  /** Calls a contract channel as the web UI does, with the token as a bearer. */
  invoke(
    channel: string,
    request?: unknown,
  ): Promise<{ ok: boolean; result?: unknown; error?: { message: string } }>;
  /** SIGTERM, then the exit code once it has exited. */
  stop(): Promise<number | null>;
}

export interface LaunchOptions {
  configDir: string;
  env?: NodeJS.ProcessEnv;
  /** Where dist-electron/headless.js is: this checkout, or the bench's snapshot of it. */
  root?: string;
  args?: readonly string[];
}

/**
 * The one way the suites and the bench start the built headless shell (bin/dnstray-headless.mjs,
 * the installed command, running dist-electron/headless.js) on port 0: it resolves with the URL the shell prints, or fails with
 * its stderr when it exits or prints none within 20 s.
 */
export async function launchHeadless(options: LaunchOptions): Promise<LaunchedHeadless> {
  const root = options.root ?? repoRoot;
  // The installed command itself (its #! line carries the Node flags a user's run gets).
  const command = path.join(root, 'bin', 'dnstray-headless.mjs');
  const child = spawn(
    command,
    ['--config-dir', options.configDir, '--port', '0', ...(options.args ?? [])],
    { cwd: root, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const line = await firstUrlLine(child, () => stderr);
  const match = /(http:\/\/127\.0\.0\.1:\d+)\/\S*?token=([\w-]+)/.exec(line);
  if (!match) throw new Error(`unexpected headless output: ${line}`);
  const [url, origin, token] = match as unknown as [string, string, string];
  return {
    child,
    url,
    origin,
    token,
    stderr: () => stderr,
    async invoke(channel, request) {
      const response = await fetch(`${origin}/api/invoke/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ request }),
      });
      return (await response.json()) as Awaited<ReturnType<LaunchedHeadless['invoke']>>;
    },
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      const exited = new Promise<number | null>((resolve) =>
        child.once('exit', (code) => resolve(code)),
      );
      child.kill('SIGTERM');
      return exited;
    },
  };
}

function firstUrlLine(child: ChildProcess, stderr: () => string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`headless shell printed no URL in 20 s; stderr: ${stderr()}`)),
      20_000,
    );
    createInterface({ input: child.stdout! }).on('line', (text) => {
      if (!/http:\/\/127\.0\.0\.1:\d+/.test(text)) return;
      clearTimeout(timer);
      resolve(text);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`headless shell exited with ${code}; stderr: ${stderr()}`));
    });
  });
}

export interface RunningHeadless extends LaunchedHeadless {
  configDir: string;
}

/**
 * The headless shell on a throwaway config folder, removed again by `stop()`. `prepare` may
 * seed the folder (e.g. a config.json) before the shell starts.
 */
export async function startHeadless(
  extraArgs: string[] = [],
  env: NodeJS.ProcessEnv = {},
  prepare?: (configDir: string) => void,
): Promise<RunningHeadless> {
  const configDir = mkdtempSync(path.join(os.tmpdir(), 'dnstray-test-'));
  prepare?.(configDir);
  const shell = await launchHeadless({ configDir, env, args: extraArgs });
  return {
    ...shell,
    configDir,
    async stop() {
      const code = await shell.stop();
      rmSync(configDir, { recursive: true, force: true });
      return code;
    },
  };
}
