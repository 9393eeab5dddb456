import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { systemClock } from '../electron/core/ports.js';
import { diskAppendLog } from '../electron/core/store/append-log.js';
import { HistoryStore } from '../electron/core/store/history-store.js';
import { StartupNotices } from '../electron/core/store/startup-notices.js';
import type { NewHistoryEvent } from '../shared/settings/history-event.js';
import { row, type BenchRow, type Measurement } from './bench-row.js';
import { median } from './stats.js';

const SMALL = 50;
const LARGE = 5_000;
const SAMPLES = 40;

const event = (index: number): NewHistoryEvent => ({
  kind: 'update-outcome',
  accountId: 'main',
  hostId: 'home',
  hostname: 'home.freedns.io',
  recordType: 'A',
  outcome: 'unchanged',
  value: '203.0.113.7',
  message: `Check ${index}: the record already holds 203.0.113.7.`,
});

/** A history folder whose history.jsonl already holds `count` events. */
function seeded(count: number): { folder: string; store: HistoryStore } {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'dnstray-bench-history-'));
  const at = new Date().toISOString();
  const lines = Array.from(
    { length: count },
    (_, id) => `${JSON.stringify({ ...event(id), id, at })}\n`,
  );
  writeFileSync(path.join(folder, 'history.jsonl'), lines.join(''));
  const store = new HistoryStore(
    diskAppendLog(folder, 'history.jsonl'),
    systemClock,
    new StartupNotices(systemClock),
  );
  return { folder, store };
}

/**
 * One history append (what every update outcome costs) with 50 and with 5,000 events already
 * in the file, on this machine's temporary folder, fsync included. Samples alternate between
 * the two files so a busy moment of the machine hits both alike.
 */
export const historyAppend: Measurement = {
  id: 'history.append',
  title: 'History append at 50 and 5,000 events',
  async run(): Promise<BenchRow[]> {
    const small = seeded(SMALL);
    const large = seeded(LARGE);
    try {
      const times = { small: [] as number[], large: [] as number[] };
      for (let sample = 0; sample < SAMPLES; sample++) {
        for (const [name, { store }] of [
          ['small', small],
          ['large', large],
        ] as const) {
          const started = performance.now();
          // With the lock free (no other process here) the append is done before this returns.
          void store.append(event(sample));
          times[name].push(performance.now() - started);
        }
      }
      const detail = `median of ${SAMPLES} appends each, alternating, to history.jsonl in ${os.tmpdir()} (fsync included)`;
      const [atSmall, atLarge] = [median(times.small), median(times.large)];
      return [
        row(
          'history.append.50',
          'One history append, 50 events in the file',
          atSmall,
          'ms',
          detail,
        ),
        row(
          'history.append.5000',
          'One history append, 5,000 events in the file',
          atLarge,
          'ms',
          detail,
        ),
        row(
          'history.append.ratio',
          'History append at 5,000 events ÷ at 50 (target ≤ 2)',
          atLarge / atSmall,
          '×',
          detail,
        ),
      ];
    } finally {
      for (const { folder } of [small, large]) rmSync(folder, { recursive: true, force: true });
    }
  },
};
