import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchRow } from './bench-row.js';
import type { MachineInfo } from './machine.js';
import { repoRoot } from './paths.js';

export interface BenchResults {
  machine: MachineInfo;
  command: string;
  durationSeconds: number;
  rows: BenchRow[];
}

export const RESULTS_FILE = path.join(repoRoot, 'bench', 'results.json');

export function writeResults(results: BenchResults): void {
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
}

/** A plain-text table: metric, value with unit, and how it was measured. */
export function formatTable(rows: readonly BenchRow[]): string {
  const cells = rows.map((r) => [
    r.metric,
    r.notAvailable ? 'n/a' : `${r.value} ${r.unit}`.trim(),
    r.notAvailable ? `not available: ${r.notAvailable}` : r.detail,
  ]);
  const widths = [0, 1].map((i) => Math.max(...cells.map((c) => c[i]!.length), i === 0 ? 6 : 5));
  const line = (c: string[]) =>
    `${c[0]!.padEnd(widths[0]!)}  ${c[1]!.padStart(widths[1]!)}  ${c[2]}`;
  return [
    line(['Metric', 'Value', 'How']),
    line(['-'.repeat(widths[0]!), '-'.repeat(widths[1]!), '---']),
    ...cells.map(line),
  ].join('\n');
}

export function formatMachine(machine: MachineInfo): string {
  return `${machine.date} · ${machine.cpus} CPU (${machine.cpuModel}) · ${machine.memoryGiB} GiB · Node ${machine.node} · ${machine.platform} · load average ${machine.loadAverage} at start, ${machine.loadAverageEnd ?? '?'} at end`;
}
