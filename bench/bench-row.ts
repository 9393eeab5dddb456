/**
 * One line of the benchmark table. A figure that could not be measured says why instead of
 * carrying a number: the bench never invents or defaults a value.
 */
export interface BenchRow {
  /** Stable key, e.g. "agreement.cost.median". */
  id: string;
  /** What was measured, as a person reads it. */
  metric: string;
  value: number | null;
  unit: string;
  /** How it was measured: sample size, settings (poll interval, latency model...). */
  detail: string;
  /** Set instead of `value` when the measured part does not exist or could not run. */
  notAvailable?: string;
}

export function row(
  id: string,
  metric: string,
  value: number,
  unit: string,
  detail: string,
): BenchRow {
  return { id, metric, value: round(value), unit, detail };
}

export function notAvailable(id: string, metric: string, why: string): BenchRow {
  return { id, metric, value: null, unit: '', detail: '', notAvailable: why };
}

/** Integers from 100 up, two decimals from 1, two significant digits below (0.0042). */
function round(value: number): number {
  if (Math.abs(value) >= 100) return Math.round(value);
  if (Math.abs(value) >= 1 || value === 0) return Math.round(value * 100) / 100;
  return Number(value.toPrecision(2));
}

/** Options every measurement receives from the command line. */
export interface BenchOptions {
  /** Seconds the idle measurement watches the headless shell (default 60). */
  idleSeconds: number;
  /** Address changes per latency series (at least 20 for the published figures). */
  changes: number;
  /** Poll interval used by the poll-detection series, in seconds. */
  pollSeconds: number;
  /** Skip `npm run build` when dist/ and dist-electron/ are already fresh. */
  build: boolean;
  /** Only run measurements whose id starts with one of these. */
  only: string[];
}

/** A group of rows measured together (one component). */
export interface Measurement {
  id: string;
  title: string;
  run(options: BenchOptions): Promise<BenchRow[]>;
}
