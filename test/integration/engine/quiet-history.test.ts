import { afterEach, describe, expect, it } from 'vitest';
import type { Host } from '../../../shared/records/desired-records.js';
import { startEngineWorld, type EngineWorld } from '../../support/engine/engine-world.js';

let harness: EngineWorld | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

const mail: Host = {
  id: 'h1',
  accountId: 'acc',
  label: 'home',
  records: [
    { type: 'A', mode: 'follow' },
    { type: 'TXT', value: 'v=spf1 mx -all' },
    {
      type: 'MX',
      entries: [
        { target: 'mx1.example.net', preference: 10 },
        { target: 'mx2.example.net', preference: 20 },
        { target: 'mx3.example.net', preference: 30 },
      ],
    },
  ],
  enabled: true,
};

describe('quiet checks', () => {
  it('add nothing to the history, with three MX entries, a TXT and an A record in sync', async () => {
    harness = await startEngineWorld({ tier: 'premium', hosts: [mail], clock: 'jumping' });
    await harness.start();
    // The first check writes everything; the next one finds it all up to date.
    await harness.advance(2 * 60_000, 5_000);
    const settled = harness.stores.history.events.map((e) => `${e.record} ${e.outcome.kind}`);
    expect(settled.filter((line) => line.endsWith('updated'))).toEqual([
      'A updated',
      'TXT updated',
      'MX updated',
      'MX updated',
      'MX updated',
    ]);
    expect(harness.freedns.state().hosts[0]!.records.MX).toHaveLength(3);

    const outcomes = harness.events.filter((e) => e.name === 'sync:outcome').length;
    const asked = harness.echo.requestCount('alpha');
    await harness.advance(10 * 60_000, 5_000);
    // Ten more checks ran (a source was asked each minute), and none of them was news.
    expect(harness.echo.requestCount('alpha') - asked).toBeGreaterThanOrEqual(10);
    expect(harness.stores.history.events.length).toBe(settled.length);
    expect(harness.events.filter((e) => e.name === 'sync:outcome')).toHaveLength(outcomes);
  });
});
