import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import {
  describeEngine,
  summarizeAddresses,
  toHostStatusViews,
} from '../../../renderer/src/app/status-mappers.js';
import { HostsPage } from '../../../renderer/src/hosts/hosts-page.js';
import { startEngineWorld, type EngineWorld } from '../../support/engine/engine-world.js';

let harness: EngineWorld | null = null;
const savedTz = process.env.TZ;
afterEach(async () => {
  await harness?.close();
  harness = null;
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

/** The Hosts window as HostsView renders it from the running engine's status. */
async function renderHostsWindow(h: EngineWorld): Promise<string> {
  const status = await h.core.handlers['status:get'](undefined);
  const hosts = h.config.hosts;
  return renderToStaticMarkup(
    createElement(HostsPage, {
      hosts,
      accounts: [{ id: 'acc', username: 'alice', tier: 'free' }],
      statuses: toHostStatusViews(hosts, [], status),
      addressSummary: summarizeAddresses(status),
      engineSummary: describeEngine(status),
      working: false,
      familiesOn: { ipv4: true, ipv6: false },
      actions: { saveHost: async () => {}, deleteHost: async () => {}, updateNow: async () => {} },
    }),
  );
}

describe('the Hosts window', () => {
  it('shows every time in local time, never as an ISO string', async () => {
    process.env.TZ = 'America/New_York';
    harness = await startEngineWorld({ tier: 'free' });
    await harness.start();
    await harness.advance(20_000);
    // Two changes use the free account's two updates; the third waits for 00:00 UTC.
    for (const address of ['203.0.113.77', '203.0.113.99']) {
      harness.echo.setAddress('ipv4', address);
      await harness.advance(61_000);
      await harness.advance(16_000);
    }
    await harness.core.handlers['sync:pause']({ minutes: 600 });

    const page = await renderHostsWindow(harness);
    expect(page).toContain('Updates paused until');
    expect(page.match(/\d{4}-\d\d-\d\dT[^"<]*/g) ?? []).toEqual([]);
    expect(page).toContain('deferred until');
    // New York: the quota's reset reads 19:00, with the UTC midnight named beside it.
    expect(page).toMatch(/deferred until [^<]*19:00 \(00:00 UTC\)/);
    expect(page).toContain('Last update:');
  });
});
