// `node --import tsx bench/readme-figures.ts`: prints bench/results.json as the Markdown the
// README's "Performance and reliability" section shows (machine line, then one table).
import { readFileSync } from 'node:fs';
import { RESULTS_FILE, type BenchResults } from './report.js';

const results = JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as BenchResults;
const m = results.machine;
const escape = (text: string) => text.replace(/\|/g, '\\|');
const lines = [
  `Measured ${m.date.slice(0, 10)} on ${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGiB} GiB memory, Node ${m.node}, ${m.platform}, load average ${m.loadAverage ?? '?'} at the start and ${m.loadAverageEnd ?? '?'} at the end (other work on the machine slows the timings); \`${results.command}\` took ${Math.round(results.durationSeconds / 60)} min.`,
  '',
  '| Measure | Result | How |',
  '| --- | --- | --- |',
  ...results.rows.map((r) =>
    r.notAvailable
      ? `| ${escape(r.metric)} | not available | ${escape(r.notAvailable)} |`
      : `| ${escape(r.metric)} | ${r.value} ${r.unit} | ${escape(r.detail)} |`,
  ),
];
console.log(lines.join('\n'));
