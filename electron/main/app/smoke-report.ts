/** `--smoke-test`: how installers are checked on clean machines (see smoke-test.ts). */
export const SMOKE_TEST_ARG = '--smoke-test';
const TIMEOUT_PREFIX = '--smoke-timeout=';
export const DEFAULT_SMOKE_TIMEOUT_MS = 30_000;

export interface SmokeTestArgs {
  enabled: boolean;
  timeoutMs: number;
}

/** `--smoke-test [--smoke-timeout=MS]`; a bad timeout falls back to the default. */
export function parseSmokeTestArgs(argv: readonly string[]): SmokeTestArgs {
  const enabled = argv.includes(SMOKE_TEST_ARG);
  const raw = argv.find((arg) => arg.startsWith(TIMEOUT_PREFIX))?.slice(TIMEOUT_PREFIX.length);
  const parsed = raw === undefined ? NaN : Number(raw);
  const timeoutMs =
    Number.isInteger(parsed) && parsed > 0 && parsed <= 600_000 ? parsed : DEFAULT_SMOKE_TIMEOUT_MS;
  return { enabled, timeoutMs };
}

/** What the smoke test saw; a step not reached stays false / null. */
export interface SmokeObservations {
  version: string;
  platform: string;
  tray: boolean;
  hostsWindow: boolean;
  /** `status:get` answered over IPC from the Hosts window: its `overall`, or null. */
  statusOverall: string | null;
  /** Why the run stopped early (a timeout, an exception). */
  error: string | null;
  elapsedMs: number;
}

/** The first step that did not happen, as the reason for a non-zero exit; null when all did. */
export function smokeFailure(seen: SmokeObservations): string | null {
  if (seen.error) return seen.error;
  if (!seen.tray) return 'the tray was not created';
  if (!seen.hostsWindow) return 'the Hosts window did not open';
  if (seen.statusOverall === null) return 'status:get got no answer over IPC';
  return null;
}

export function smokeExitCode(seen: SmokeObservations): number {
  return smokeFailure(seen) === null ? 0 : 1;
}

/** One JSON line with everything seen, and the outcome. */
export function smokeReportLine(seen: SmokeObservations): string {
  const failure = smokeFailure(seen);
  return JSON.stringify({
    smokeTest: failure === null ? 'passed' : 'failed',
    ...(failure === null ? {} : { reason: failure }),
    version: seen.version,
    platform: seen.platform,
    tray: seen.tray,
    hostsWindow: seen.hostsWindow,
    statusOverall: seen.statusOverall,
    elapsedMs: seen.elapsedMs,
  });
}
