import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRouterSource } from '../../../../electron/core/public-ip/router-source.js';
import { createRouterWanReader } from '../../../../electron/core/public-ip/router-wan-reader.js';
import { FakeClock } from '../../../support/fake-clock.js';
import { startEchoEmulator, type EchoEmulator } from '../../../emulators/ip-echo/index.js';

let echo: EchoEmulator;
beforeAll(async () => {
  echo = await startEchoEmulator({ port: 0 });
});
afterAll(() => echo.close());

const reader = () =>
  createRouterWanReader({
    controlUrl: echo.sourceUrls['igd-control'],
    natPmp: false,
    timeoutMs: 1_000,
    clock: new FakeClock(),
  });
const docs = { allowed: new Set(['documentation'] as const) };
const ask = (policy: { allowed: ReadonlySet<never> | Set<'documentation'> }) =>
  createRouterSource(reader(), policy).ask(new AbortController().signal);

describe('the router source (UPnP IGD at a configured control URL)', () => {
  it('reads the WAN address over SOAP', async () => {
    echo.setRouterAddress('203.0.113.44');
    expect(await reader().read()).toEqual({ address: '203.0.113.44', via: 'upnp' });
    expect(await ask(docs)).toMatchObject({
      outcome: 'address',
      address: '203.0.113.44',
      kind: 'router',
    });
  });

  it.each(['100.64.3.4', '192.168.0.2', '10.20.30.40'])(
    'says plainly that a %s WAN address means double NAT and does not publish it',
    async (address) => {
      echo.setRouterAddress(address);
      const answer = await ask(docs);
      expect(answer).toMatchObject({ outcome: 'none', doubleNat: true });
      expect(answer.outcome === 'none' && answer.detail).toContain(
        'the router sits behind another NAT, so DDNS cannot reach this computer',
      );
    },
  );

  it('reports a router that cannot answer as having nothing, with the UPnP error', async () => {
    echo.setRouterAddress(null);
    const answer = await ask(docs);
    expect(answer).toMatchObject({ outcome: 'none' });
    expect(answer.outcome === 'none' && answer.detail).toContain('the router answered HTTP 500');
  });
});
