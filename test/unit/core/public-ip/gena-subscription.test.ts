import { afterEach, describe, expect, it, vi } from 'vitest';
import { request } from 'undici';
import { XMLParser } from 'fast-xml-parser';
import {
  externalAddressOf,
  GenaSubscription,
} from '../../../../electron/core/public-ip/gena-subscription.js';
import { findEventSubUrl } from '../../../../electron/core/public-ip/router-events.js';
import { startEchoEmulator, type EchoEmulator } from '../../../emulators/ip-echo/index.js';
import { FakeClock } from '../../../support/fake-clock.js';

let echo: EchoEmulator | null = null;
let subscription: GenaSubscription | null = null;
afterEach(async () => {
  await subscription?.stop();
  await echo?.close();
  subscription = null;
  echo = null;
});

async function subscribe(clock = new FakeClock(), requestSeconds?: number) {
  echo = await startEchoEmulator({ port: 0, clock, seed: { router: '203.0.113.10' } });
  const heard: string[] = [];
  subscription = new GenaSubscription({
    eventUrl: echo.sourceUrls['igd-event']!,
    clock,
    timeoutMs: 2_000,
    ...(requestSeconds ? { requestSeconds } : {}),
    onAddress: (address) => heard.push(address),
  });
  const subscribed = await subscription.start();
  return { clock, heard, subscribed, echo };
}

function callbackOf(emulator: EchoEmulator): URL {
  return [...emulator.igdEvents.subscribers.values()][0]!.callback;
}

describe('GENA subscription to the router WAN address', () => {
  it('hears the initial event, then each change the router sends, at once', async () => {
    const { heard, subscribed, echo } = await subscribe();
    expect(subscribed).toBe(true);
    await vi.waitFor(() => expect(heard).toEqual(['203.0.113.10']));
    echo.setRouterAddress('203.0.113.99');
    await vi.waitFor(() => expect(heard).toEqual(['203.0.113.10', '203.0.113.99']));
    expect(subscription!.address).toBe('203.0.113.99');
  });

  it('listens on loopback for a router on this machine, on a port the OS chose', async () => {
    const { echo } = await subscribe();
    const callback = callbackOf(echo);
    expect(callback.hostname).toBe('127.0.0.1');
    expect(Number(callback.port)).toBeGreaterThan(0);
  });

  it('refuses a NOTIFY with another subscription id (412) and believes nothing in it', async () => {
    const { heard, echo } = await subscribe();
    await vi.waitFor(() => expect(heard).toHaveLength(1));
    const forged = await request(callbackOf(echo), {
      method: 'NOTIFY',
      headers: { nt: 'upnp:event', nts: 'upnp:propchange', sid: 'uuid:someone-else', seq: '1' },
      body: '<propertyset><property><ExternalIPAddress>198.51.100.66</ExternalIPAddress></property></propertyset>',
    });
    await forged.body.dump();
    expect(forged.statusCode).toBe(412);
    expect(heard).toEqual(['203.0.113.10']);
    expect(subscription!.address).toBe('203.0.113.10');
  });

  it('renews before the granted time runs out, so events keep coming', async () => {
    const { clock, heard, echo } = await subscribe(new FakeClock(), 60);
    await vi.waitFor(() => expect(heard).toHaveLength(1));
    for (let i = 0; i < 6; i += 1) {
      await clock.advance(30_000);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // Three minutes on a 60 s grant: only renewals keep the subscription alive.
    echo.setRouterAddress('203.0.113.50');
    await vi.waitFor(() => expect(heard.at(-1)).toBe('203.0.113.50'));
  });

  it('unsubscribes on stop', async () => {
    const { echo } = await subscribe();
    expect(echo.igdEvents.subscribers.size).toBe(1);
    await subscription!.stop();
    expect(echo.igdEvents.subscribers.size).toBe(0);
  });

  it('reports no subscription (address null) when the router has no eventing: polling stays', async () => {
    const clock = new FakeClock();
    echo = await startEchoEmulator({ port: 0, clock, seed: { router: '203.0.113.10' } });
    echo.igdEvents.eventing = false;
    subscription = new GenaSubscription({
      eventUrl: echo.sourceUrls['igd-event']!,
      clock,
      timeoutMs: 2_000,
      onAddress: () => undefined,
    });
    expect(await subscription.start()).toBe(false);
    expect(subscription.address).toBeNull();
    // It tries again a minute later, and holds once the router accepts.
    echo.igdEvents.eventing = true;
    await clock.advance(60_000);
    await vi.waitFor(() => expect(subscription!.address).toBe('203.0.113.10'));
  });

  it('reads ExternalIPAddress from a propertyset, and nothing from anything else', () => {
    const set = (inner: string) =>
      `<?xml version="1.0"?><e:propertyset xmlns:e="urn:schemas-upnp-org:event-1-0"><e:property>${inner}</e:property></e:propertyset>`;
    expect(externalAddressOf(set('<ExternalIPAddress>203.0.113.7</ExternalIPAddress>'))).toBe(
      '203.0.113.7',
    );
    expect(externalAddressOf(set('<ExternalIPAddress>not-an-ip</ExternalIPAddress>'))).toBeNull();
    expect(externalAddressOf(set('<ConnectionStatus>Connected</ConnectionStatus>'))).toBeNull();
    expect(externalAddressOf('<html>')).toBeNull();
  });

  it('finds the eventSubURL of WANIPConnection in a device description', async () => {
    echo = await startEchoEmulator({ port: 0 });
    const response = await request(echo.sourceUrls['igd-description']!);
    const description = new XMLParser().parse(await response.body.text());
    expect(findEventSubUrl(description, echo.sourceUrls['igd-description']!)).toBe(
      echo.sourceUrls['igd-event'],
    );
    expect(findEventSubUrl({ root: { device: {} } }, echo.url)).toBeNull();
  });
});
