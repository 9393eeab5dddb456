import type { AccountTier } from '../shared/records/desired-records.js';
import { startEngineWorld } from '../test/support/engine/engine-world.js';
import { row, type BenchRow, type Measurement } from './bench-row.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const HOURS = 24;
const FLAP_MINUTES = 2;
const ADDRESSES = ['203.0.113.10', '203.0.113.20'] as const;

/**
 * freedns.io requests under a flapping address: the public address swaps between two values
 * every 2 minutes for 24 hours. The same core as the shells runs in-process against the
 * emulators over real HTTP, on virtual time (default settings: poll 60 s, watch 5 s, 2 of 3
 * sources agree, budget 50 requests/hour), so a day takes seconds.
 */
export const flapping: Measurement = {
  id: 'sync.flapping',
  title: 'Requests under a flapping address (virtual day)',
  async run(): Promise<BenchRow[]> {
    const rows: BenchRow[] = [];
    for (const tier of ['free', 'premium'] as const) rows.push(...(await simulate(tier)));
    return rows;
  },
};

async function simulate(tier: AccountTier): Promise<BenchRow[]> {
  const h = await startEngineWorld({ tier, clock: 'jumping' });
  try {
    h.echo.setAddress('ipv4', ADDRESSES[0]);
    await h.start();
    await h.advance(5 * MINUTE);
    const start = h.clock.now();
    const perHour: number[] = [];
    let flips = 0;
    for (let hour = 0; hour < HOURS; hour++) {
      for (let minute = 0; minute < 60; minute += FLAP_MINUTES) {
        h.echo.setAddress('ipv4', ADDRESSES[++flips % 2]!);
        await h.advance(FLAP_MINUTES * MINUTE);
      }
      perHour.push(
        requestsBetween(
          h.freedns.state().requestLog,
          start + hour * HOUR,
          start + (hour + 1) * HOUR,
        ),
      );
    }
    const total = perHour.reduce((a, b) => a + b, 0);
    const detail = `${tier} account, one A record, ${flips} swaps in ${HOURS} virtual hours (every ${FLAP_MINUTES} min)`;
    return [
      row(
        `sync.flapping.${tier}.per-hour.max`,
        `Requests in the busiest hour, flapping, ${tier}`,
        Math.max(...perHour),
        'requests',
        detail,
      ),
      row(
        `sync.flapping.${tier}.per-hour.mean`,
        `Requests per hour, flapping, ${tier} (mean)`,
        total / HOURS,
        'requests',
        detail,
      ),
      row(
        `sync.flapping.${tier}.per-change`,
        `Requests per address change, flapping, ${tier}`,
        total / flips,
        'requests',
        detail,
      ),
    ];
  } finally {
    await h.close();
  }
}

function requestsBetween(log: readonly { at: string }[], from: number, to: number): number {
  return log.filter((entry) => {
    const at = Date.parse(entry.at);
    return at >= from && at < to;
  }).length;
}
