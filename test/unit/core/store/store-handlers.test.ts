import { describe, expect, it } from 'vitest';
import { createCore } from '../../../../electron/core/create-core.js';
import { dispatch } from '../../../../electron/core/dispatch.js';
import type { WireEvent } from '../../../../shared/contract/index.js';
import { FakeClock } from '../../../support/fake-clock.js';

function setup() {
  const clock = new FakeClock(Date.UTC(2026, 10, 23));
  const core = createCore({
    app: { name: 'dnstray', productName: 'DNS Tray', version: '1.0.0', shell: 'headless' },
    clock,
  });
  const heard: WireEvent[] = [];
  core.events.subscribe((event) => heard.push(event));
  const call = (channel: string, request?: unknown) => dispatch(core.handlers, channel, request);
  return { core, heard, call };
}

describe('store channels', () => {
  it('answers the defaults and announces an accepted change to every window', async () => {
    const { heard, call } = setup();
    expect(await call('settings:get')).toMatchObject({
      ok: true,
      result: { version: 2, ui: { theme: 'system' } },
    });
    expect(await call('settings:update', { patch: { ui: { theme: 'dark' } } })).toMatchObject({
      ok: true,
      result: { ok: true, settings: { ui: { theme: 'dark' } } },
    });
    expect(heard.filter((event) => event.name === 'settings:changed')).toHaveLength(1);
  });

  it('answers a refused change with every wrong field and announces nothing', async () => {
    const { heard, call } = setup();
    const answer = await call('settings:update', {
      patch: { engine: { agreement: 0, pollSeconds: 1 } },
    });
    // A refusal is an error answer (HTTP 422 in headless), never `ok: true` around `ok: false`.
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const fields = (answer as { error: { errors: { field: string }[] } }).error.errors.map(
      (error) => error.field,
    );
    expect(fields.sort()).toEqual(['engine.agreement', 'engine.pollSeconds']);
    expect(heard.some((event) => event.name === 'settings:changed')).toBe(false);
  });

  it('refuses a request that is not a change at all, naming the field', async () => {
    const { call } = setup();
    expect(await call('settings:update', { patch: 'dark' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', field: 'request.patch' },
    });
    expect(await call('history:list', { limit: 5_000 })).toMatchObject({
      ok: false,
      error: { field: 'request.limit' },
    });
  });

  it('exports and imports through the channels, with field-level errors for a bad file', async () => {
    const { call } = setup();
    await call('settings:update', { patch: { ui: { theme: 'light' } } });
    const exported = (await call('settings:export')) as {
      result: { fileName: string; json: string };
    };
    expect(exported.result.fileName).toBe('dnstray-settings-2026-11-23.json');
    await call('settings:update', { patch: { ui: { theme: 'dark' } } });
    expect(await call('settings:import', { json: exported.result.json })).toMatchObject({
      result: { ok: true, fromVersion: 2, settings: { ui: { theme: 'light' } } },
    });
    expect(await call('settings:import', { json: '{"version":2,"ui":{"theme":1}}' })).toMatchObject(
      {
        ok: false,
        error: { code: 'invalid-input', field: 'ui.theme', errors: [{ field: 'ui.theme' }] },
      },
    );
    expect(await call('settings:get')).toMatchObject({ result: { ui: { theme: 'light' } } });
  });

  it('lists secrets per account as set or not, and asks before keeping one unencrypted', async () => {
    const { call } = setup();
    await call('settings:update', {
      patch: { accounts: { freedns: [{ id: 'home', username: 'alice' }] } },
    });
    expect(await call('secrets:status')).toEqual({
      ok: true,
      result: {
        encryption: 'not-applicable',
        accounts: [{ service: 'freedns', accountId: 'home', set: false, storage: 'none' }],
      },
    });
    expect(
      await call('secrets:set', { service: 'freedns', accountId: 'home', secret: 'pw' }),
    ).toMatchObject({ result: { outcome: 'choice-needed' } });
    expect(
      await call('secrets:set', {
        service: 'freedns',
        accountId: 'home',
        secret: 'pw',
        whenUnencrypted: 'keep-for-this-run',
      }),
    ).toMatchObject({ result: { outcome: 'kept-for-this-run' } });
    expect(await call('secrets:status')).toMatchObject({
      result: { accounts: [{ set: true, storage: 'this-run' }] },
    });
    expect(await call('secrets:clear', { service: 'freedns', accountId: 'home' })).toMatchObject({
      result: { storage: 'none' },
    });
  });

  it('clears the password of an account that is removed, so a new account with its id starts without one', async () => {
    const { call } = setup();
    const keep = { service: 'freedns', accountId: 'keep' } as const;
    const gone = { service: 'freedns', accountId: 'gone' } as const;
    await call('settings:update', {
      patch: {
        accounts: {
          freedns: [
            { id: 'keep', username: 'a' },
            { id: 'gone', username: 'b' },
          ],
        },
      },
    });
    for (const ref of [keep, gone])
      await call('secrets:set', { ...ref, secret: 'pw', whenUnencrypted: 'keep-for-this-run' });
    await call('settings:update', {
      patch: { accounts: { freedns: [{ id: 'keep', username: 'a' }] } },
    });
    await call('settings:update', {
      patch: {
        accounts: {
          freedns: [
            { id: 'keep', username: 'a' },
            { id: 'gone', username: 'someone-else' },
          ],
        },
      },
    });
    expect(await call('secrets:status')).toMatchObject({
      result: {
        accounts: [
          { accountId: 'keep', set: true },
          { accountId: 'gone', set: false },
        ],
      },
    });
  });

  it('pages the history newest first and lists startup notices', async () => {
    const { call } = setup();
    expect(await call('history:list')).toEqual({ ok: true, result: { events: [], total: 0 } });
    expect(await call('app:notices')).toEqual({ ok: true, result: { notices: [] } });
  });
});
