import { launchHeadless, type LaunchedHeadless } from '../../support/headless-process.js';

export type ShellProcess = LaunchedHeadless;

/** The shipped headless shell on `configDir` (built by `npm test` before this suite). */
export function startShell(configDir: string, env: NodeJS.ProcessEnv = {}): Promise<ShellProcess> {
  return launchHeadless({ configDir, env });
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
