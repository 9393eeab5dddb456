import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WireEvent } from '../../../../shared/contract/index.js';
import { CoreEvents } from '../../../../electron/core/core-events.js';
import {
  createDomainsApi,
  type DomainsApi,
} from '../../../../electron/core/domains/domains-api.js';
import { systemClock } from '../../../../electron/core/ports.js';
import { HeadlessSecretStore } from '../../../../electron/core/store/headless-secret-store.js';
import { openMemoryStores, type Stores } from '../../../../electron/core/store/open-stores.js';
import type { RunningEmulator } from '../../../emulators/common/emulator-server.js';
import { startFreenomEmulator } from '../../../emulators/freenom/index.js';

let emulator: RunningEmulator;
let stores: Stores;
let api: DomainsApi;
let seen: WireEvent[];
const notified: string[] = [];

beforeEach(async () => {
  emulator = await startFreenomEmulator({ port: 0 });
  stores = openMemoryStores(systemClock, () => new HeadlessSecretStore({}));
  const events = new CoreEvents();
  seen = [];
  notified.length = 0;
  events.subscribe((event) => seen.push(event));
  api = createDomainsApi({
    clock: systemClock,
    events,
    stores,
    notifier: { notify: (_title, body) => notified.push(body) },
  });
  await api.handlers['freenom:connect']({
    email: 'demo@example.com',
    password: 'demo',
    baseUrl: `${emulator.url}/v2`,
    testMode: false,
    whenUnencrypted: 'keep-for-this-run',
  });
});
afterEach(async () => {
  api.stop();
  await emulator.close();
});

const reminders = () => seen.flatMap((e) => (e.name === 'domains:reminder' ? [e.payload] : []));

describe('background care of the domains', () => {
  it('reminds once per window of a free domain to renew and a paid one about to expire', async () => {
    await api.runCare();
    expect(reminders()).toEqual([
      {
        domain: 'renewsoon.tk',
        kind: 'expiring',
        message: expect.stringMatching(
          /^renewsoon\.tk expires in 9 days \(\d{4}-\d{2}-\d{2}\)\. Renew it now, or turn on auto-renew\.$/,
        ),
      },
      {
        domain: 'shop.tk',
        kind: 'expiring',
        message: expect.stringContaining('shop.tk expires in 25 days'),
      },
    ]);
    expect(notified).toHaveLength(2);
    await api.runCare();
    expect(reminders()).toHaveLength(2);
  });

  it('stays quiet when the user turned expiry notifications off', async () => {
    await stores.settings.update({ notifications: { events: { domainExpiring: false } } });
    await api.runCare();
    expect(reminders()).toEqual([]);
    expect(notified).toEqual([]);
  });

  it('renews a free domain whose switch is on, once per window, and records it', async () => {
    const before = await api.handlers['domains:list']({ page: 1, pageSize: 10, refresh: false });
    const expiry = before.domains.find((d) => d.domain === 'renewsoon.tk')!.expirationDate!;
    await api.handlers['domains:setAutoRenew']({ domain: 'renewsoon.tk', enabled: true });
    await api.runCare();
    await api.runCare();
    const after = await api.handlers['domains:list']({ page: 1, pageSize: 10, refresh: false });
    const renewed = after.domains.find((d) => d.domain === 'renewsoon.tk')!;
    expect(renewed.autoRenew).toBe(true);
    expect(Date.parse(renewed.expirationDate!) - Date.parse(expiry)).toBeGreaterThan(
      360 * 86_400_000,
    );
    expect(reminders()).toContainEqual({
      domain: 'renewsoon.tk',
      kind: 'renewed',
      message: 'renewsoon.tk was renewed automatically.',
    });
    const history = stores.history.list({ offset: 0, limit: 10, kinds: ['domain-action'] });
    expect(
      history.events.filter((e) => e.kind === 'domain-action' && e.action === 'auto-renew'),
    ).toEqual([expect.objectContaining({ domain: 'renewsoon.tk', outcome: 'succeeded' })]);
    // The other free domains were left alone: their switch is off.
    const state = (await (await fetch(`${emulator.url}/_emulator/state`)).json()) as {
      requests: { path: string }[];
    };
    expect(state.requests.filter((r) => r.path === 'domain/renew')).toHaveLength(1);
  });

  it('records each change in the activity history, with Freenom’s words when it refused', async () => {
    (await expect(api.handlers['contacts:delete']({ id: 'C1001' }))).rejects.toThrow(
      'Contact is linked to a domain and cannot be deleted',
    );
    await api.handlers['glue:register']({
      domain: 'lab.ga',
      hostname: 'ns3.lab.ga',
      ipAddress: '192.0.2.30',
    });
    const events = stores.history.list({ offset: 0, limit: 10, kinds: ['domain-action'] }).events;
    expect(events).toEqual([
      expect.objectContaining({
        action: 'glue',
        domain: 'lab.ga',
        outcome: 'succeeded',
        message: 'glue lab.ga: REGISTERED',
      }),
      expect.objectContaining({
        action: 'contacts',
        outcome: 'failed',
        message:
          'contacts contact C1001: Freenom said: Contact is linked to a domain and cannot be deleted',
      }),
    ]);
  });

  it('records a renewal Freenom would not do as failed, and changes nothing', async () => {
    const order = await api.handlers['domains:renew']({
      domain: 'myhome.ml',
      type: 'FREE',
      period: '3M',
    });
    expect(order.status).toBe('NOT AVAILABLE');
    const [event] = stores.history.list({ offset: 0, limit: 1, kinds: ['domain-action'] }).events;
    expect(event).toMatchObject({
      action: 'renew',
      domain: 'myhome.ml',
      outcome: 'failed',
      message: 'renew myhome.ml: NOT AVAILABLE',
    });
    expect(
      seen.filter((e) => e.name === 'domains:changed' && e.payload.reason === 'renewed'),
    ).toEqual([]);
  });
});
