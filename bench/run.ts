// `npm run bench [-- --idle-seconds N --changes N --poll-seconds N --no-build --only ID,...]`
// Measures DNS Tray against the emulators on 127.0.0.1, prints a table and writes
// bench/results.json. It never passes or fails: a figure that cannot be measured is reported
// as "not available" with the reason, and the exit code is 0 unless the harness itself breaks.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { notAvailable, type BenchOptions, type BenchRow } from './bench-row.js';
import { describeMachine, loadAverage } from './machine.js';
import { MEASUREMENTS, type MeasurementEntry } from './measurements.js';
import { repoRoot, snapshotRoot } from './paths.js';
import { formatMachine, formatTable, RESULTS_FILE, writeResults } from './report.js';

function readOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      'idle-seconds': { type: 'string', default: '60' },
      changes: { type: 'string', default: '20' },
      'poll-seconds': { type: 'string', default: '15' },
      'no-build': { type: 'boolean', default: false },
      only: { type: 'string', default: '' },
    },
  });
  const count = (name: string, text: string, min: number): number => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min)
      throw new Error(`--${name}: expected a whole number of at least ${min}, got "${text}"`);
    return n;
  };
  return {
    idleSeconds: count('idle-seconds', values['idle-seconds'], 1),
    changes: count('changes', values.changes, 1),
    pollSeconds: count('poll-seconds', values['poll-seconds'], 15),
    build: !values['no-build'],
    only: values.only
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  };
}

async function runOne(entry: MeasurementEntry, options: BenchOptions): Promise<BenchRow[]> {
  const started = performance.now();
  process.stderr.write(`bench: ${entry.title}...`);
  let measurement;
  try {
    measurement = await entry.load();
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    process.stderr.write(` not available: ${why}\n`);
    return [
      notAvailable(entry.id, entry.title, `its code could not be loaded (${why.split('\n')[0]})`),
    ];
  }
  try {
    const rows = await measurement.run(options);
    process.stderr.write(` ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    return rows;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    process.stderr.write(` failed: ${why}\n`);
    return [
      notAvailable(
        measurement.id,
        measurement.title,
        `the measurement failed: ${why.split('\n')[0]}`,
      ),
    ];
  }
}

/** Builds (unless --no-build) and copies the build aside, both under the shared build lock. */
function takeBuildSnapshot(build: boolean): void {
  const copy = `rm -rf "${snapshotRoot}" && mkdir -p "${snapshotRoot}" && cp -r bin dist dist-electron package.json "${snapshotRoot}/"`;
  const script = build ? `npm run -s build && ${copy}` : copy;
  process.stderr.write(
    `bench: ${build ? 'building and ' : ''}copying the build (under /tmp/build.lock)...\n`,
  );
  const result = spawnSync('flock', ['/tmp/build.lock', 'sh', '-c', script], {
    cwd: repoRoot,
    stdio: ['ignore', 2, 2],
  });
  if (result.status !== 0)
    process.stderr.write('bench: the build or its copy failed; rows that need it will say so\n');
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const started = performance.now();
  const machine = describeMachine();
  takeBuildSnapshot(options.build);
  const chosen = MEASUREMENTS.filter(
    (m) => options.only.length === 0 || options.only.some((id) => m.id.startsWith(id)),
  );
  const rows: BenchRow[] = [];
  for (const measurement of chosen) rows.push(...(await runOne(measurement, options)));
  machine.loadAverageEnd = loadAverage();
  const command = [
    'npm run bench',
    ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : []),
  ].join(' ');
  writeResults({
    machine,
    command,
    durationSeconds: Math.round((performance.now() - started) / 1000),
    rows,
  });
  console.log(formatMachine(machine));
  console.log(formatTable(rows));
  console.log(`\nwritten to ${RESULTS_FILE}`);
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});
