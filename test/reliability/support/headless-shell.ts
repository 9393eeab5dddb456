import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

const root = path.resolve(import.meta.dirname, '..', '..', '..');

export interface ShellProcess {
  child: ChildProcess;
  origin: string;
  token: string;
  stderr(): string;
  /** Calls a contract channel as the web UI does, with the token as a bearer. */
  invoke(
    channel: string,
    request?: unknown,
  ): Promise<{ ok: boolean; result?: unknown; error?: { message: string } }>;
  stop(): Promise<void>;
}

/**
 * Starts the shipped headless shell (dist-electron/headless.js, built by `npm test` before the
 * reliability suite) on `configDir` and resolves once it prints its URL.
 */
export async function startShell(
  configDir: string,
  env: NodeJS.ProcessEnv = {},
): Promise<ShellProcess> {
  const child = spawn(
    process.execPath,
    [path.join(root, 'dist-electron', 'headless.js'), '--config-dir', configDir, '--port', '0'],
    {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) =>
      reject(new Error(`headless shell exited with ${code}: ${stderr}`)),
    );
  });
  const match = /(http:\/\/127\.0\.0\.1:\d+)\/\?token=([\w-]+)/.exec(line);
  if (!match) throw new Error(`unexpected first line: ${line}`);
  const [, origin, token] = match as unknown as [string, string, string];
  return {
    child,
    origin,
    token,
    stderr: () => stderr,
    async invoke(channel, request) {
      const response = await fetch(`${origin}/api/invoke/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ request }),
      });
      return (await response.json()) as {
        ok: boolean;
        result?: unknown;
        error?: { message: string };
      };
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Waits for a condition on a real process (no virtual time here), failing after `ms`. */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  ms: number,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(
        `condition not met within ${ms} ms; last: ${JSON.stringify(value).slice(0, 400)}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
