import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { snapshotRoot } from './paths.js';

export interface LaunchedHeadless {
  child: ChildProcess;
  origin: string;
  url: string;
  token: string;
  stop(): Promise<void>;
}

/**
 * Starts the bench's snapshot of the headless shell (dist-electron/headless.js) on 127.0.0.1 with the given
 * config folder and environment, and resolves once it prints its URL.
 */
export async function launchHeadless(
  configDir: string,
  env: NodeJS.ProcessEnv = {},
): Promise<LaunchedHeadless> {
  const child = spawn(
    process.execPath,
    [
      path.join(snapshotRoot, 'dist-electron', 'headless.js'),
      '--config-dir',
      configDir,
      '--port',
      '0',
    ],
    { cwd: snapshotRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const line = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no URL within 20 s; stderr: ${stderr.slice(-400)}`)),
      20_000,
    );
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (text) => {
      if (!/https?:\/\/127\.0\.0\.1:\d+/.test(text)) return;
      clearTimeout(timer);
      resolve(text);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`headless shell exited with ${code}: ${stderr.slice(-400)}`));
    });
  });
  const match = /(http:\/\/127\.0\.0\.1:\d+)\/\S*token=([\w-]+)/.exec(line);
  if (!match) throw new Error(`unexpected headless output: ${line}`);
  return {
    child,
    origin: match[1]!,
    url: match[0],
    token: match[2]!,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
