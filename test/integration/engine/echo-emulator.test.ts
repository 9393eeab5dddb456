import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEchoEmulator, type EchoEmulator } from '../../emulators/ip-echo/index.js';

let echo: EchoEmulator;
beforeAll(async () => {
  echo = await startEchoEmulator({ port: 0 });
});
afterAll(() => echo.close());

const control = (route: string, body: unknown) =>
  fetch(`${echo.url}/_emulator/${route}`, { method: 'POST', body: JSON.stringify(body) });
const text = async (key: string) => (await fetch(echo.sourceUrls[key]!)).text();

describe('the echo emulator, driven over HTTP as `npm run emulators -- --echo P` users do', () => {
  it('answers each source in its format and moves the address per family', async () => {
    expect(await text('alpha-ipv4')).toBe('203.0.113.10\n');
    expect(await text('bravo-ipv6')).toBe('{"ip":"2001:db8::10"}');
    expect(await text('charlie-ipv4')).toContain('\nip=203.0.113.10\n');
    expect((await control('address', { ipv4: '198.51.100.9' })).status).toBe(200);
    expect(await text('alpha-ipv4')).toBe('198.51.100.9\n');
    expect(await text('alpha-ipv6')).toBe('2001:db8::10\n');
  });

  it('makes one source lie or fail while the others stay honest', async () => {
    await control('source', { name: 'bravo', behaviour: 'lie', address: '192.0.2.66' });
    await control('source', { name: 'charlie', behaviour: 'fail' });
    expect(await text('bravo-ipv4')).toBe('{"ip":"192.0.2.66"}');
    expect((await fetch(echo.sourceUrls['charlie-ipv4']!)).status).toBe(500);
    expect(await text('alpha-ipv4')).toBe('198.51.100.9\n');
    const state = (await (await fetch(`${echo.url}/_emulator/state`)).json()) as {
      sources: Record<string, { behaviour: string }>;
    };
    expect(state.sources.bravo).toEqual({ behaviour: 'lie', address: '192.0.2.66' });
  });

  it.each([
    ['an unknown source', 'source', { name: 'zulu', behaviour: 'fail' }, 404],
    ['an unknown behaviour', 'source', { name: 'alpha', behaviour: 'sing' }, 400],
    ['an address that is not text', 'address', { ipv4: 7 }, 400],
  ])('refuses %s with a message', async (_, route, body, status) => {
    const response = await control(route, body);
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: string }).error.length).toBeGreaterThan(0);
  });

  it('plays a UPnP router at the igd-control URL', async () => {
    await control('router', { address: '203.0.113.99' });
    const response = await fetch(echo.sourceUrls['igd-control']!, {
      method: 'POST',
      headers: {
        soapaction: '"urn:schemas-upnp-org:service:WANIPConnection:1#GetExternalIPAddress"',
      },
      body: '<s:Envelope><s:Body><u:GetExternalIPAddress/></s:Body></s:Envelope>',
    });
    expect(await response.text()).toContain(
      '<NewExternalIPAddress>203.0.113.99</NewExternalIPAddress>',
    );
  });
});
