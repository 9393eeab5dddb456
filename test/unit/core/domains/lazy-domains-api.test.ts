import { describe, expect, it } from 'vitest';
import { CoreEvents } from '../../../../electron/core/core-events.js';
import type { DomainsApi } from '../../../../electron/core/domains/domains-api.js';
import { createLazyDomainsApi } from '../../../../electron/core/domains/lazy-domains-api.js';
import { systemClock } from '../../../../electron/core/ports.js';
import { HeadlessSecretStore } from '../../../../electron/core/store/headless-secret-store.js';
import { openMemoryStores } from '../../../../electron/core/store/open-stores.js';

const FREENOM_ACCOUNT = { id: 'freenom', email: 'demo@example.com' };

function setUp(withAccount: boolean) {
  const stores = openMemoryStores(systemClock, () => new HeadlessSecretStore({}));
  if (withAccount) stores.settings.update({ accounts: { freenom: [FREENOM_ACCOUNT] } });
  const calls: string[] = [];
  let loads = 0;
  const load = async () => {
    loads++;
    return (): DomainsApi => ({
      handlers: {
        'freenom:status': async () => (calls.push('freenom:status'), { connected: false }),
      } as unknown as DomainsApi['handlers'],
      start: () => void calls.push('start'),
      stop: () => void calls.push('stop'),
      runCare: async () => void calls.push('runCare'),
    });
  };
  const deps = { clock: systemClock, events: new CoreEvents((event) => event), stores };
  return { stores, calls, loads: () => loads, api: createLazyDomainsApi(deps, load) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the Domains code, loaded only when a profile uses it', () => {
  it('is never loaded by a profile without a Freenom account, through start, settings changes and stop', async () => {
    const { api, stores, loads } = setUp(false);
    api.start();
    stores.settings.update({ engine: { pollSeconds: 600 } });
    await settle();
    api.stop();
    await settle();
    expect(loads()).toBe(0);
  });

  it('is loaded and started at start when the settings hold a Freenom account', async () => {
    const { api, calls, loads } = setUp(true);
    api.start();
    await settle();
    expect(loads()).toBe(1);
    expect(calls).toEqual(['start']);
    api.stop();
    await settle();
    expect(calls).toEqual(['start', 'stop']);
  });

  it('is loaded and started once a Freenom account is added while running', async () => {
    const { api, stores, calls, loads } = setUp(false);
    api.start();
    stores.settings.update({ accounts: { freenom: [FREENOM_ACCOUNT] } });
    stores.settings.update({ engine: { pollSeconds: 600 } });
    await settle();
    expect(loads()).toBe(1);
    expect(calls).toEqual(['start']);
  });

  it('is loaded by the first domain channel called, once, and answers it', async () => {
    const { api, calls, loads } = setUp(false);
    api.start();
    await expect(api.handlers['freenom:status'](undefined as never)).resolves.toEqual({
      connected: false,
    });
    await api.handlers['freenom:status'](undefined as never);
    expect(loads()).toBe(1);
    // Started because the core was running when it loaded: background care goes on as before.
    expect(calls).toEqual(['start', 'freenom:status', 'freenom:status']);
  });

  it('does not start background care when it loads after the core stopped', async () => {
    const { api, calls } = setUp(false);
    api.start();
    api.stop();
    await api.runCare();
    expect(calls).toEqual(['runCare']);
  });

  it('loads the real Domains code by default: a core without an account says it is not connected', async () => {
    const stores = openMemoryStores(systemClock, () => new HeadlessSecretStore({}));
    const api = createLazyDomainsApi({
      clock: systemClock,
      events: new CoreEvents((event) => event),
      stores,
    });
    await expect(api.handlers['freenom:status'](undefined as never)).resolves.toMatchObject({
      connected: false,
    });
  });
});
