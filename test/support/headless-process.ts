import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');

export interface RunningHeadless {
  url: string;
  origin: string;
  token: string;
  configDir: string;
  child: ChildProcess;
  stderr: () => string;
  stop(): Promise<number | null>;
}

/**
 * Starts the built headless shell (dist-electron/headless.js) on port 0 with a throwaway
 * config folder and resolves with the URL it prints. `prepare` may seed the folder (e.g. a
 * config.json) before the shell starts.
 */
export async function startHeadless(
  extraArgs: string[] = [],
  env: NodeJS.ProcessEnv = {},
  prepare?: (configDir: string) => void,
): Promise<RunningHeadless> {
  const configDir = mkdtempSync(path.join(os.tmpdir(), 'dnstray-test-'));
  prepare?.(configDir);
  const child = spawn(
    process.execPath,
    [
      path.join(repoRoot, 'dist-electron', 'headless.js'),
      '--config-dir',
      configDir,
      '--port',
      '0',
      ...extraArgs,
    ],
    { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const line = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`headless shell printed no URL in 15 s; stderr: ${stderr}`)),
      15_000,
    );
    createInterface({ input: child.stdout! }).once('line', (text) => {
      clearTimeout(timer);
      resolve(text);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`headless shell exited with ${code}; stderr: ${stderr}`));
    });
  });
  const match = /(http:\/\/127\.0\.0\.1:\d+)\/\?token=([\w-]+)/.exec(line);
  if (!match) throw new Error(`unexpected first line: ${line}`);
  return {
    url: match[0],
    origin: match[1]!,
    token: match[2]!,
    configDir,
    child,
    stderr: () => stderr,
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      const exited = new Promise<number | null>((resolve) =>
        child.once('exit', (code) => resolve(code)),
      );
      child.kill('SIGTERM');
      const code = await exited;
      rmSync(configDir, { recursive: true, force: true });
      return code;
    },
  };
}
