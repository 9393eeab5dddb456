import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../emulators/common/emulator-server.js';
import { startFreenomEmulator } from '../../../emulators/freenom/index.js';
import { createCore, type Core } from '../../../../electron/core/create-core.js';
import { dispatch } from '../../../../electron/core/dispatch.js';

let emulator: RunningEmulator;
let core: Core;

const call = (channel: string, request?: unknown) => dispatch(core.handlers, channel, request);
const ok = async (channel: string, request?: unknown) => {
  const result = await call(channel, request);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.result as Record<string, unknown>;
};

beforeAll(async () => {
  emulator = await startFreenomEmulator({ port: 0 });
  core = createCore({
    app: { name: 'dnstray', productName: 'DNS Tray', version: '0.0.0', shell: 'headless' },
  });
  await ok('freenom:connect', {
    email: 'demo@example.com',
    password: 'demo',
    baseUrl: `${emulator.url}/v2`,
    testMode: false,
    whenUnencrypted: 'keep-for-this-run',
  });
});
afterAll(async () => {
  await emulator.close();
});

describe('the Domains channels against the Freenom emulator', () => {
  it('reports the account as connected without ever returning the password', async () => {
    const status = await ok('freenom:status');
    expect(status).toEqual({
      connected: true,
      email: 'demo@example.com',
      baseUrl: `${emulator.url}/v2`,
      testMode: false,
      passwordSet: true,
      passwordStorage: 'this-run',
    });
    expect(JSON.stringify(status)).not.toContain('"demo"');
    // The settings hold the account; the password lives only in the SecretStore.
    const settings = await ok('settings:get');
    expect(JSON.stringify(settings)).toContain('demo@example.com');
    expect(JSON.stringify(settings)).not.toContain('"demo"');
  });

  it('asks how to keep a password that cannot be stored encrypted, and keeps none until told', async () => {
    const asked = await ok('freenom:connect', {
      email: 'other@example.com',
      password: 'secret-one',
      baseUrl: `${emulator.url}/v2`,
      testMode: true,
    });
    expect(asked.secret).toMatchObject({ outcome: 'choice-needed' });
    expect(asked.secret).toHaveProperty(
      'message',
      expect.stringContaining('DNSTRAY_FREENOM_PASSWORD'),
    );
    expect(JSON.stringify(asked)).not.toContain('secret-one');
    await ok('freenom:connect', {
      email: 'demo@example.com',
      password: 'demo',
      baseUrl: `${emulator.url}/v2`,
      testMode: false,
      whenUnencrypted: 'keep-for-this-run',
    });
  });

  it('says plainly when an account cannot use the API', async () => {
    await ok('freenom:connect', {
      email: 'free@example.com',
      password: 'free',
      baseUrl: `${emulator.url}/v2`,
      testMode: false,
      whenUnencrypted: 'keep-for-this-run',
    });
    const probe = await ok('freenom:probe');
    expect(probe.canUseApi).toBe(false);
    expect(probe.message).toContain('This account cannot use the API');
    expect(probe.message).toContain('Login credentials do not match any account');
    await ok('freenom:connect', {
      email: 'demo@example.com',
      password: 'demo',
      baseUrl: `${emulator.url}/v2`,
      testMode: false,
      whenUnencrypted: 'keep-for-this-run',
    });
    expect((await ok('freenom:probe')).canUseApi).toBe(true);
  });

  it('lists the account page by page with days left and renewal windows', async () => {
    const page = await ok('domains:list', { page: 1, pageSize: 2 });
    expect(page.total).toBe(5);
    const [first] = page.domains as {
      domain: string;
      daysLeft: number;
      renewal: { state: string };
    }[];
    expect(first).toMatchObject({
      domain: 'renewsoon.tk',
      daysLeft: 9,
      renewal: { state: 'open' },
    });
  });

  it('refuses bad input at the boundary, naming the field', async () => {
    const cases: [string, unknown, string][] = [
      [
        'domains:register',
        {
          domain: 'x.tk',
          type: 'FREE',
          period: '2Y',
          idShield: true,
          nameservers: ['ns1.a.net', 'ns2.a.net'],
        },
        'request.period',
      ],
      [
        'domains:register',
        {
          domain: 'x.tk',
          type: 'PAID',
          period: '1Y',
          idShield: true,
          nameservers: ['ns1.a.net'],
          forwardUrl: 'https://a.org/',
        },
        'request.forwardUrl',
      ],
      [
        'domains:register',
        {
          domain: 'x.tk',
          type: 'PAID',
          period: '1Y',
          idShield: false,
          nameservers: ['ns1.a.net', 'ns2.a.net'],
        },
        'request.ownerId',
      ],
      [
        'glue:register',
        { domain: 'lab.ga', hostname: 'ns1.other.net', ipAddress: '192.0.2.1' },
        'request.hostname',
      ],
      [
        'glue:register',
        { domain: 'lab.ga', hostname: 'ns3.lab.ga', ipAddress: '300.1.1.1' },
        'request.ipAddress',
      ],
      [
        'contacts:register',
        {
          firstName: 'A',
          lastName: 'B',
          address: 'x',
          city: 'y',
          zipCode: '1',
          stateCode: 'US-CA',
          countryCode: 'XX',
          phone: '+1-310-123456',
          email: 'a@b.org',
        },
        'request.countryCode',
      ],
    ];
    for (const [channel, request, field] of cases) {
      const result = await call(channel, request);
      expect(result, channel).toMatchObject({ ok: false, error: { field } });
    }
  });

  it('shows Freenom’s own text when it refuses a change', async () => {
    const result = await call('contacts:delete', { id: 'C1001' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        message: expect.stringContaining('Contact is linked to a domain and cannot be deleted'),
      },
    });
  });

  it('switches auto-renew for a free domain only', async () => {
    const on = await ok('domains:setAutoRenew', { domain: 'renewsoon.tk', enabled: true });
    expect(on.autoRenew).toBe(true);
    const paid = await call('domains:setAutoRenew', { domain: 'business.com', enabled: true });
    expect(paid.ok).toBe(false);
  });

  it('in test mode Freenom checks a registration and keeps nothing', async () => {
    await ok('freenom:connect', {
      email: 'demo@example.com',
      baseUrl: `${emulator.url}/v2`,
      testMode: true,
    });
    const order = await ok('domains:register', {
      domain: 'trial.com',
      type: 'PAID',
      period: '1Y',
      idShield: true,
      nameservers: ['ns1.example.net', 'ns2.example.net'],
    });
    expect(order.status).toBe('REGISTERED');
    const state = (await (await fetch(`${emulator.url}/_emulator/state`)).json()) as {
      accounts: { domains: { domainname: string }[]; email: string }[];
      requests: { path: string; testMode: boolean }[];
    };
    const demo = state.accounts.find((a) => a.email === 'demo@example.com')!;
    expect(demo.domains.map((d) => d.domainname)).not.toContain('trial.com');
    expect(state.requests.filter((r) => r.path === 'domain/register')).toEqual([
      expect.objectContaining({ testMode: true }),
    ]);
    const page = await ok('domains:list', { page: 1, pageSize: 50 });
    expect(page.total).toBe(5);
    await ok('freenom:connect', {
      email: 'demo@example.com',
      baseUrl: `${emulator.url}/v2`,
      testMode: false,
    });
  });

  it('follows an account changed in the Settings window, and lists that account’s domains', async () => {
    const other = await startFreenomEmulator({
      port: 0,
      seed: {
        accounts: [
          {
            email: 'demo@example.com',
            password: 'demo',
            domains: [
              { domainname: 'elsewhere.tk', domaintype: 'FREE', expires: { daysFromNow: 50 } },
            ],
          },
        ],
      },
    });
    try {
      expect((await ok('domains:list', { page: 1, pageSize: 50 })).total).toBe(5);
      await ok('settings:update', {
        patch: {
          accounts: {
            freenom: [
              {
                id: 'freenom',
                email: 'demo@example.com',
                baseUrl: `${other.url}/v2`,
                testMode: false,
              },
            ],
          },
        },
      });
      const page = await ok('domains:list', { page: 1, pageSize: 50 });
      expect(page.total).toBe(1);
      expect((page.domains as { domain: string }[])[0]!.domain).toBe('elsewhere.tk');
    } finally {
      await ok('settings:update', {
        patch: {
          accounts: {
            freenom: [
              {
                id: 'freenom',
                email: 'demo@example.com',
                baseUrl: `${emulator.url}/v2`,
                testMode: false,
              },
            ],
          },
        },
      });
      await other.close();
    }
  });

  it('says at once, without backing off, when Freenom cannot be reached', async () => {
    const closed = await startFreenomEmulator({ port: 0 });
    await closed.close();
    await ok('freenom:connect', {
      email: 'demo@example.com',
      baseUrl: `${closed.url}/v2`,
      testMode: false,
    });
    const started = Date.now();
    const probe = await ok('freenom:probe');
    // Reads elsewhere retry for about 5 s; a person waiting on "Connect and check" should not.
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(probe).toMatchObject({ reachable: false, canUseApi: false });
    expect(probe.message).toContain('The Freenom API cannot be reached');
    await ok('freenom:connect', {
      email: 'demo@example.com',
      baseUrl: `${emulator.url}/v2`,
      testMode: false,
    });
  });
});
