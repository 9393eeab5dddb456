/** One step of quitting: a name for the log, and what to do. */
export type QuitStep = readonly [name: string, step: () => unknown];

/**
 * Runs the quit steps strictly in order, each awaited, logging a failure and going on, so one
 * step that throws cannot keep the core from saving its state or the process from exiting.
 * Returns the messages of the steps that failed.
 */
export async function runQuitSteps(
  steps: readonly QuitStep[],
  log: (message: string) => void,
): Promise<string[]> {
  const failures: string[] = [];
  for (const [name, step] of steps) {
    try {
      await step();
    } catch (error) {
      const message = `${name}: ${error instanceof Error ? error.message : String(error)}`;
      failures.push(message);
      log(`while quitting: ${message}`);
    }
  }
  return failures;
}
