import { Agent } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createFreednsClient,
  type FreednsClient,
} from '../../../electron/core/freedns-io/index.js';
import {
  DEFAULT_FREEDNS_SEED,
  startFreednsEmulator,
  type FreednsEmulator,
} from '../../emulators/freedns-io/index.js';

let emulator: FreednsEmulator;
let agent: Agent;
let pro: FreednsClient;

const records = (username: string, label: string) =>
  emulator.state().hosts.find((host) => host.username === username && host.label === label)!
    .records;

beforeAll(async () => {
  emulator = await startFreednsEmulator({ port: 0 });
  agent = new Agent();
  pro = client('pro', 'pro');
});
afterAll(async () => {
  await agent.close();
  await emulator.close();
});
beforeEach(resetEmulator);

async function resetEmulator(): Promise<void> {
  const response = await fetch(`${emulator.url}/_emulator/reset`, { method: 'POST' });
  expect(response.status).toBe(200);
}

function client(username: string, password: string, extra: { routerForm?: boolean } = {}) {
  return createFreednsClient({
    endpoint: `${emulator.url}/request`,
    username,
    password,
    dispatcher: agent,
    timeoutMs: 5_000,
    ...extra,
  });
}

describe('freedns.io client against the emulator', () => {
  it('sets an A record to a given address and says so', async () => {
    const result = await pro.setAddress('home', 'A', '203.0.113.7');
    expect(result).toEqual({
      kind: 'accepted',
      message: 'Updated the A record of home.',
      noChange: false,
    });
    expect(records('pro', 'home').A).toBe('203.0.113.7');
  });

  it('sets an A record to the address the request comes from when no value is given', async () => {
    const result = await client('demo', 'demo').setAddress('home.freedns.io', 'A');
    expect(result.kind).toBe('accepted');
    expect(records('demo', 'home').A).toBe('127.0.0.1');
    expect(emulator.state().requestLog.at(-1)!.params).toEqual({
      username: 'demo',
      password: '***',
      host: 'home',
      record: 'A',
    });
  });

  it('sets an AAAA record, stored in canonical form', async () => {
    const result = await pro.setAddress('mail', 'AAAA', '2001:DB8:0:0::1');
    expect(result.kind).toBe('accepted');
    expect(records('pro', 'mail').AAAA).toBe('2001:db8::1');
  });

  it('refuses an AAAA from the caller address when the request came over IPv4', async () => {
    const result = await pro.setAddress('mail', 'AAAA');
    expect(result).toMatchObject({ kind: 'rejected', reason: 'invalid-request' });
    expect(result.kind === 'rejected' && result.serverMessage).toBe(
      'Invalid value for the AAAA record: 127.0.0.1.',
    );
  });

  it('sets an AAAA to the caller address when the caller comes over IPv6', async () => {
    const ipv6Caller = await startFreednsEmulator({
      port: 0,
      seed: { ...DEFAULT_FREEDNS_SEED, clientAddressHeader: 'x-forwarded-for' },
    });
    // How tests play a caller from elsewhere: an interceptor adds the header to each request.
    const forwarded = agent.compose(
      (dispatch) => (opts, handler) =>
        dispatch(
          { ...opts, headers: { ...opts.headers, 'x-forwarded-for': '2001:db8::77' } },
          handler,
        ),
    );
    try {
      const result = await createFreednsClient({
        endpoint: `${ipv6Caller.url}/request`,
        username: 'pro',
        password: 'pro',
        dispatcher: forwarded,
      }).setAddress('mail', 'AAAA');
      expect(result.kind).toBe('accepted');
      expect(ipv6Caller.state().hosts[2]!.records.AAAA).toBe('2001:db8::77');
    } finally {
      await ipv6Caller.close();
    }
  });

  it('sends address updates in the router form (GET with myip) when asked', async () => {
    const result = await client('pro', 'pro', { routerForm: true }).setAddress(
      'mail',
      'AAAA',
      '2001:db8::5',
    );
    expect(result.kind).toBe('accepted');
    expect(records('pro', 'mail').AAAA).toBe('2001:db8::5');
    const entry = emulator.state().requestLog.at(-1)!;
    expect(entry.method).toBe('GET');
    expect(entry.params).toMatchObject({ myip: '2001:db8::5', password: '***' });
  });

  it('sets a CNAME', async () => {
    expect((await pro.setCname('mail', 'mail.example.net')).kind).toBe('accepted');
    expect(records('pro', 'mail').CNAME).toBe('mail.example.net');
  });

  it('sends TXT text without quotes and the service shows it quoted', async () => {
    const result = await pro.setTxt('home', 'v=spf1 include:example.net ~all');
    expect(result.kind).toBe('accepted');
    expect(emulator.state().requestLog.at(-1)!.params.value).toBe(
      'v=spf1 include:example.net ~all',
    );
    expect(records('pro', 'home').TXT).toBe('"v=spf1 include:example.net ~all"');
  });

  it('adds, replaces (by old target) and deletes MX entries', async () => {
    expect((await pro.addMx('mail', 'mx1.example.net')).kind).toBe('accepted');
    expect((await pro.addMx('mail', 'mx2.example.net', 20)).kind).toBe('accepted');
    expect(records('pro', 'mail').MX).toEqual([
      { target: 'mx1.example.net', preference: 10 },
      { target: 'mx2.example.net', preference: 20 },
    ]);
    expect((await pro.replaceMx('mail', 'mx1.example.net', 'mx3.example.net', 5)).kind).toBe(
      'accepted',
    );
    expect((await pro.deleteMx('mail', 'mx2.example.net')).kind).toBe('accepted');
    expect(records('pro', 'mail').MX).toEqual([{ target: 'mx3.example.net', preference: 5 }]);
  });

  it('keeps the old preference when replacing an MX without one', async () => {
    await pro.addMx('mail', 'mx1.example.net', 30);
    await pro.replaceMx('mail', 'mx1.example.net', 'mx9.example.net');
    expect(records('pro', 'mail').MX).toEqual([{ target: 'mx9.example.net', preference: 30 }]);
  });

  it.each(['A', 'AAAA', 'CNAME', 'TXT'] as const)('deletes the %s record', async (type) => {
    const set = {
      A: () => pro.setAddress('home', 'A', '198.51.100.1'),
      AAAA: () => pro.setAddress('home', 'AAAA', '2001:db8::9'),
      CNAME: () => pro.setCname('home', 'target.example.net'),
      TXT: () => pro.setTxt('home', 'hello'),
    }[type];
    await set();
    expect(records('pro', 'home')[type]).toBeDefined();
    const result = await pro.deleteRecord('home', type);
    expect(result).toEqual({
      kind: 'accepted',
      message: `Deleted the ${type} record of home.`,
      noChange: false,
    });
    expect(records('pro', 'home')[type]).toBeUndefined();
  });

  it('reports an update that changes nothing as accepted with no change', async () => {
    await pro.setAddress('home', 'A', '203.0.113.7');
    const again = await pro.setAddress('home', 'A', '203.0.113.7');
    expect(again).toEqual({
      kind: 'accepted',
      message: 'No change: the A record of home already holds that value.',
      noChange: true,
    });
  });

  it('asks the secret store for the password on each request', async () => {
    let asked = 0;
    const lazy = createFreednsClient({
      endpoint: `${emulator.url}/request`,
      username: 'pro',
      password: async () => {
        asked += 1;
        return 'pro';
      },
      dispatcher: agent,
    });
    await lazy.setAddress('home', 'A', '203.0.113.8');
    await lazy.setAddress('home', 'A', '203.0.113.9');
    expect(asked).toBe(2);
  });
});
