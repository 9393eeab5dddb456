import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { interpret, type FreednsRejectReason } from '../../../electron/core/freedns-io/index.js';
import { FakeClock } from '../../support/fake-clock.js';
import { startFreednsEmulator, type FreednsEmulator } from '../../emulators/freedns-io/index.js';

let emulator: FreednsEmulator;
const clock = new FakeClock(new Date('2026-05-01T09:30:00Z'));

beforeAll(async () => {
  emulator = await startFreednsEmulator({ port: 0, clock });
});
afterAll(() => emulator.close());
beforeEach(async () => {
  await fetch(`${emulator.url}/_emulator/reset`, { method: 'POST' });
});

async function post(fields: Record<string, string>, target = emulator) {
  const response = await fetch(`${target.url}/request`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    text: await response.text(),
  };
}

const pro = { username: 'pro', password: 'pro' };
const rows: {
  name: string;
  fields: Record<string, string>;
  message: string;
  reason: FreednsRejectReason;
}[] = [
  {
    name: 'no username',
    fields: { password: 'pro', host: 'home', record: 'A' },
    message: 'Missing parameter: username.',
    reason: 'invalid-request',
  },
  {
    name: 'no password',
    fields: { username: 'pro', host: 'home', record: 'A' },
    message: 'Missing parameter: password.',
    reason: 'invalid-request',
  },
  {
    name: 'no host',
    fields: { ...pro, record: 'A' },
    message: 'Missing parameter: host.',
    reason: 'invalid-request',
  },
  {
    name: 'no record in a POST',
    fields: { ...pro, host: 'home' },
    message: 'Missing parameter: record.',
    reason: 'invalid-request',
  },
  {
    name: 'the full host name',
    fields: { ...pro, host: 'home.freedns.io', record: 'A' },
    message: 'Host home.freedns.io not found in your account.',
    reason: 'unknown-host',
  },
  {
    name: 'an unknown record type',
    fields: { ...pro, host: 'home', record: 'SRV', value: 'x' },
    message: 'Invalid record type: SRV. Use A, AAAA, CNAME, TXT or MX.',
    reason: 'invalid-request',
  },
  {
    name: 'a CNAME without value',
    fields: { ...pro, host: 'home', record: 'CNAME' },
    message: 'A value is required for CNAME records.',
    reason: 'invalid-request',
  },
  {
    name: 'a TXT without value',
    fields: { ...pro, host: 'home', record: 'TXT', value: '' },
    message: 'A value is required for TXT records.',
    reason: 'invalid-request',
  },
  {
    name: 'an MX without value',
    fields: { ...pro, host: 'home', record: 'MX' },
    message: 'A value is required for MX records.',
    reason: 'invalid-request',
  },
  {
    name: 'a delete without the value parameter',
    fields: { ...pro, host: 'home', record: 'A', delete: '1' },
    message: 'A value is required for A records.',
    reason: 'invalid-request',
  },
  {
    name: 'a malformed IPv4',
    fields: { ...pro, host: 'home', record: 'A', value: '300.1.1.1' },
    message: 'Invalid value for the A record: 300.1.1.1.',
    reason: 'invalid-request',
  },
  {
    name: 'a malformed CNAME target',
    fields: { ...pro, host: 'home', record: 'CNAME', value: 'no spaces.example' },
    message: 'Invalid value for the CNAME record: no spaces.example.',
    reason: 'invalid-request',
  },
  {
    name: 'a malformed preference',
    fields: { ...pro, host: 'home', record: 'MX', value: 'mx.example.net', preference: 'high' },
    message: 'Invalid value for the MX record: high.',
    reason: 'invalid-request',
  },
];

describe('freedns.io emulator protocol', () => {
  it.each(rows)('answers $name with 401 and a plain-text message the client reads', async (row) => {
    const answer = await post(row.fields);
    expect(answer).toEqual({ status: 401, type: 'text/plain; charset=utf-8', text: row.message });
    const read = interpret({
      kind: 'response',
      status: 401,
      statusText: 'Unauthorized',
      contentType: answer.type,
      body: answer.text,
    });
    expect(read).toMatchObject({
      kind: 'rejected',
      reason: row.reason,
      serverMessage: row.message,
    });
  });

  it('takes the router GET form: A from myip, AAAA for an IPv6 myip, caller address without it', async () => {
    const get = (query: string) =>
      fetch(`${emulator.url}/request?username=pro&password=pro&${query}`);
    expect((await get('host=home&myip=198.51.100.7')).status).toBe(200);
    expect((await get('host=mail&myip=2001:db8::7')).status).toBe(200);
    expect((await get('host=mail')).status).toBe(200);
    const hosts = emulator.state().hosts;
    expect(hosts.find((h) => h.username === 'pro' && h.label === 'home')!.records.A).toBe(
      '198.51.100.7',
    );
    expect(hosts.find((h) => h.username === 'pro' && h.label === 'mail')!.records).toMatchObject({
      A: '127.0.0.1',
      AAAA: '2001:db8::7',
    });
  });

  it('accepts myip as the value in a POST as well', async () => {
    expect((await post({ ...pro, host: 'home', record: 'A', myip: '198.51.100.9' })).status).toBe(
      200,
    );
    expect(emulator.state().hosts[1]!.records.A).toBe('198.51.100.9');
  });

  it('updates the preference of an MX target that exists, and counts only real changes', async () => {
    const mx = (preference: string) =>
      post({ ...pro, host: 'mail', record: 'MX', value: 'mx.example.net', preference });
    await mx('10');
    expect((await mx('10')).text).toMatch(/^No change/);
    expect((await mx('20')).text).toBe('Updated the MX record of mail.');
    expect(emulator.state().hosts[2]!.records.MX).toEqual([
      { target: 'mx.example.net', preference: 20 },
    ]);
    expect(emulator.updatesToday('pro', 'mail')).toBe(2);
  });

  it('keeps passwords out of the state and the request log, and stamps the log with its clock', async () => {
    await post({ ...pro, password: 'not-the-password', host: 'home', record: 'A' });
    const state = await (await fetch(`${emulator.url}/_emulator/state`)).text();
    expect(state).not.toContain('not-the-password');
    expect(state).not.toMatch(/"password": "pro"/);
    const parsed = JSON.parse(state) as {
      requestLog: { at: string; status: number; params: Record<string, string> }[];
    };
    expect(parsed.requestLog).toEqual([
      expect.objectContaining({
        at: '2026-05-01T09:30:00.000Z',
        status: 401,
        params: expect.objectContaining({ password: '***' }),
      }),
    ]);
  });

  it('answers 404 off /request and 405 for other methods', async () => {
    expect((await fetch(`${emulator.url}/update`)).status).toBe(404);
    expect((await fetch(`${emulator.url}/request`, { method: 'PUT' })).status).toBe(405);
  });

  it('goes back to the seed on reset', async () => {
    await post({ ...pro, host: 'home', record: 'A', value: '198.51.100.1' });
    await fetch(`${emulator.url}/_emulator/reset`, { method: 'POST' });
    expect(emulator.state().hosts[1]!.records).toEqual({ MX: [] });
    expect(emulator.state().requestLog).toEqual([]);
  });
});

describe('freedns.io emulator settings for inferred behaviour', () => {
  const account = { username: 'u', password: 'p', tier: 'premium', hosts: [{ label: 'h' }] };
  const fields = { username: 'u', password: 'p', host: 'h', record: 'TXT', value: '"quoted"' };

  it('stores a quoted TXT literally by default, shown with doubled quotes', async () => {
    const custom = await startFreednsEmulator({ port: 0, seed: { accounts: [account] } });
    try {
      expect((await post(fields, custom)).status).toBe(200);
      expect(custom.state().hosts[0]!.records.TXT).toBe('""quoted""');
    } finally {
      await custom.close();
    }
  });

  it('refuses a quoted TXT when set to reject, and can carry the message in the reason phrase', async () => {
    const custom = await startFreednsEmulator({
      port: 0,
      seed: { accounts: [account], quotedTxt: 'reject', messageInReasonPhrase: true },
    });
    try {
      const response = await fetch(`${custom.url}/request`, {
        method: 'POST',
        body: new URLSearchParams(fields),
      });
      expect(response.status).toBe(401);
      expect(response.statusText).toBe('Invalid value for the TXT record: "quoted".');
    } finally {
      await custom.close();
    }
  });

  it('applies its own limits and messages from the seed', async () => {
    const custom = await startFreednsEmulator({
      port: 0,
      seed: {
        accounts: [{ ...account, tier: 'free' }],
        limits: { dailyUpdates: { free: 1 } },
        messages: { quotaUsed: 'Quota {limit}!' },
      },
    });
    try {
      const a = (value: string) =>
        post({ username: 'u', password: 'p', host: 'h', record: 'A', value }, custom);
      expect((await a('198.51.100.1')).status).toBe(200);
      expect(await a('198.51.100.2')).toMatchObject({ status: 401, text: 'Quota 1!' });
    } finally {
      await custom.close();
    }
  });

  it.each([
    [{ accounts: [{ username: 'u', password: 'p', tier: 'gold' }] }, /accounts\[0\]\.tier|tier/],
    [
      { accounts: [{ username: 'u', password: 'p', tier: 'free', hosts: [{ label: 'a.b' }] }] },
      /host label/,
    ],
    [{ accounts: [], quotedTxt: 'maybe' }, /quotedTxt/],
  ])('refuses a bad seed and names the field (%#)', async (seed, message) => {
    await expect(startFreednsEmulator({ port: 0, seed })).rejects.toThrow(message);
  });
});

describe('freedns.io emulator caller address from a header', () => {
  it('plays callers from other addresses, each with its own hourly window', async () => {
    const custom = await startFreednsEmulator({
      port: 0,
      seed: {
        accounts: [{ username: 'u', password: 'p', tier: 'free', hosts: [{ label: 'h' }] }],
        clientAddressHeader: 'X-Forwarded-For',
        limits: { requestsPerHour: 1 },
      },
    });
    try {
      const from = (address: string, record: string) =>
        fetch(`${custom.url}/request`, {
          method: 'POST',
          headers: { 'x-forwarded-for': `${address}, 10.0.0.1` },
          body: new URLSearchParams({ username: 'u', password: 'p', host: 'h', record }),
        });
      expect((await from('2001:db8::42', 'AAAA')).status).toBe(200);
      expect((await from('198.51.100.42', 'A')).status).toBe(200);
      expect((await from('198.51.100.42', 'A')).status).toBe(401);
      expect(custom.state().hosts[0]!.records).toMatchObject({
        A: '198.51.100.42',
        AAAA: '2001:db8::42',
      });
      expect(custom.state().counters.requestsLastHour).toEqual({
        '2001:db8::42': 1,
        '198.51.100.42': 1,
      });
    } finally {
      await custom.close();
    }
  });
});
