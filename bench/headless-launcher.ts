import {
  launchHeadless as launch,
  type LaunchedHeadless,
} from '../test/support/headless-process.js';
import { snapshotRoot } from './paths.js';

export type { LaunchedHeadless };

/** The bench's snapshot of the headless shell on `configDir`, through the suites' launcher. */
export function launchHeadless(
  configDir: string,
  env: NodeJS.ProcessEnv = {},
): Promise<LaunchedHeadless> {
  return launch({ configDir, env, root: snapshotRoot });
}
