import { describe, expect, it } from 'vitest';
import { engineDepsFromStores } from '../../../../electron/core/engine/engine-from-stores.js';
import { redactOutcome } from '../../../../electron/core/engine/outcome-memory.js';
import { HeadlessSecretStore } from '../../../../electron/core/store/headless-secret-store.js';
import { openMemoryStores } from '../../../../electron/core/store/open-stores.js';
import { FakeClock } from '../../../support/fake-clock.js';

async function stores() {
  const opened = openMemoryStores(
    new FakeClock(),
    () => new HeadlessSecretStore({ DNSTRAY_FREEDNS_PASSWORD_HOME: 'secret-pw' }),
  );
  const result = await opened.settings.update({
    accounts: { freedns: [{ id: 'home', username: 'alice', tier: 'premium' }] },
    hosts: [
      { id: 'h1', accountId: 'home', label: 'myhost', records: [{ type: 'A', mode: 'follow' }] },
    ],
    engine: { pollSeconds: 120 },
  });
  expect(result.ok).toBe(true);
  return opened;
}

describe('the engine on top of the stores', () => {
  it('reads hosts, accounts and its own settings from the settings store', async () => {
    const deps = engineDepsFromStores(await stores(), new FakeClock());
    const config = await deps.config.load();
    expect(config.accounts).toEqual([
      { id: 'home', username: 'alice', tier: 'premium', endpoint: 'https://freedns.io/request' },
    ]);
    expect(config.hosts.map((host) => host.label)).toEqual(['myhost']);
    expect(config.engine.pollSeconds).toBe(120);
  });

  it('takes the password from the secret store, and says when there is none', async () => {
    const deps = engineDepsFromStores(await stores(), new FakeClock());
    expect(await deps.passwords.password('home')).toBe('secret-pw');
    expect(await deps.passwords.password('other')).toBeNull();
  });

  it('writes outcomes and address changes to the history in its own event shapes', async () => {
    const opened = await stores();
    const deps = engineDepsFromStores(opened, new FakeClock());
    await deps.history.record({
      at: '2026-01-01T00:00:00.000Z',
      hostId: 'h1',
      hostLabel: 'myhost',
      record: 'A',
      outcome: { kind: 'deferred', until: null, reason: 'quota: 2 updates per day used' },
    });
    await deps.history.recordAddressChange?.({
      family: 'ipv4',
      from: null,
      to: '198.51.100.4',
      sources: ['a', 'b'],
      disagreed: [{ source: 'c', address: '93.184.216.34' }],
    });
    const page = opened.history.list({ offset: 0, limit: 10 });
    expect(page.events).toEqual([
      expect.objectContaining({
        kind: 'address-changed',
        to: '198.51.100.4',
        sources: ['a', 'b'],
        disagreed: [{ source: 'c', address: '93.184.216.34' }],
      }),
      expect.objectContaining({
        kind: 'update-outcome',
        accountId: 'home',
        hostname: 'myhost.freedns.io',
        outcome: 'deferred',
        value: null,
        message: 'quota: 2 updates per day used',
      }),
    ]);
    // What a restart compares the next agreed address with.
    expect(await deps.history.lastAddress?.('ipv4')).toBe('198.51.100.4');
    expect(await deps.history.lastAddress?.('ipv6')).toBeNull();
  });
});

describe('server messages', () => {
  it('have known passwords removed before any status, event or history sees them', async () => {
    const deps = engineDepsFromStores(await stores(), new FakeClock());
    const event = redactOutcome(
      {
        at: '2026-01-01T00:00:00.000Z',
        hostId: 'h1',
        hostLabel: 'myhost',
        record: 'A',
        outcome: {
          kind: 'rejected',
          reason: 'bad-credentials',
          serverMessage: 'wrong password secret-pw',
        },
      },
      deps.redact!,
    );
    expect(JSON.stringify(event)).not.toContain('secret-pw');
  });
});
