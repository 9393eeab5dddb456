import { Agent } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createFreednsClient,
  type FreednsClient,
  type FreednsRejectReason,
} from '../../../electron/core/freedns-io/index.js';
import { startFreednsEmulator, type FreednsEmulator } from '../../emulators/freedns-io/index.js';

let emulator: FreednsEmulator;
let agent: Agent;

beforeAll(async () => {
  emulator = await startFreednsEmulator({ port: 0 });
  agent = new Agent();
});
afterAll(async () => {
  await agent.close();
  await emulator.close();
});
beforeEach(async () => {
  await fetch(`${emulator.url}/_emulator/reset`, { method: 'POST' });
});

function client(username: string, password: string): FreednsClient {
  return createFreednsClient({
    endpoint: `${emulator.url}/request`,
    username,
    password,
    dispatcher: agent,
    timeoutMs: 5_000,
  });
}

const pro = () => client('pro', 'pro');
const fillMx = async () => {
  for (const n of [1, 2, 3, 4]) await pro().addMx('mail', `mx${n}.example.net`);
};

const cases: {
  name: string;
  prepare?: () => Promise<void>;
  call: () => Promise<unknown>;
  reason: FreednsRejectReason;
  message: string;
}[] = [
  {
    name: 'a wrong password',
    call: () => client('pro', 'wrong-secret').setAddress('home', 'A', '203.0.113.1'),
    reason: 'bad-credentials',
    message: 'Invalid username or password.',
  },
  {
    name: 'an unknown user',
    call: () => client('nobody', 'x').setAddress('home', 'A', '203.0.113.1'),
    reason: 'bad-credentials',
    message: 'Invalid username or password.',
  },
  {
    name: 'a host of another account',
    call: () => client('demo', 'demo').setAddress('mail', 'A', '203.0.113.1'),
    reason: 'unknown-host',
    message: 'Host mail not found in your account.',
  },
  {
    name: 'a host named like a quota word',
    call: () => pro().setAddress('today', 'A', '203.0.113.1'),
    reason: 'unknown-host',
    message: 'Host today not found in your account.',
  },
  {
    name: 'a TXT record on a free account',
    call: () => client('demo', 'demo').setTxt('home', 'hello'),
    reason: 'premium-required',
    message: 'TXT records are only available for Premium accounts.',
  },
  {
    name: 'a CNAME on a free account',
    call: () => client('demo', 'demo').setCname('home', 'a.example.net'),
    reason: 'premium-required',
    message: 'CNAME records are only available for Premium accounts.',
  },
  {
    name: 'an MX on a free account',
    call: () => client('demo', 'demo').addMx('home', 'mx.example.net'),
    reason: 'premium-required',
    message: 'MX records are only available for Premium accounts.',
  },
  {
    name: 'an AAAA from an IPv4 caller',
    call: () => pro().setAddress('home', 'AAAA'),
    reason: 'invalid-request',
    message: 'Invalid value for the AAAA record: 127.0.0.1.',
  },
  {
    name: 'a fifth MX entry',
    prepare: fillMx,
    call: () => pro().addMx('mail', 'mx5.example.net'),
    reason: 'mx-limit',
    message: 'MX limit reached: a host can have at most 4 MX records.',
  },
  {
    name: 'replacing an MX entry that does not exist',
    call: () => pro().replaceMx('mail', 'old.example.net', 'new.example.net'),
    reason: 'mx-not-found',
    message: 'MX record old.example.net not found on mail.',
  },
  {
    name: 'deleting an MX entry that does not exist',
    call: () => pro().deleteMx('mail', 'gone.example.net'),
    reason: 'mx-not-found',
    message: 'MX record gone.example.net not found on mail.',
  },
];

describe('freedns.io rejections', () => {
  it.each(cases)('reads $name as $reason and keeps the message', async (row) => {
    await row.prepare?.();
    const result = await row.call();
    expect(result).toEqual({
      kind: 'rejected',
      reason: row.reason,
      serverMessage: row.message,
      status: 401,
    });
    expect(JSON.stringify(result)).not.toContain('wrong-secret');
  });

  it('keeps a message it does not recognise, as unrecognised', async () => {
    const custom = await startFreednsEmulator({
      port: 0,
      seed: {
        accounts: [{ username: 'u', password: 'p', tier: 'free', hosts: [{ label: 'home' }] }],
        messages: { badCredentials: 'ERR 17' },
      },
    });
    try {
      const result = await createFreednsClient({
        endpoint: `${custom.url}/request`,
        username: 'u',
        password: 'nope',
        dispatcher: agent,
      }).setAddress('home', 'A', '203.0.113.1');
      expect(result).toEqual({
        kind: 'rejected',
        reason: 'unrecognised',
        serverMessage: 'ERR 17',
        status: 401,
      });
    } finally {
      await custom.close();
    }
  });

  it.each([
    ['user name', () => client(' ', 'pro').setAddress('home', 'A'), 'username'],
    ['password', () => client('pro', '').setAddress('home', 'A'), 'password'],
    ['host', () => pro().setAddress('home.example.com', 'A', '203.0.113.1'), 'host'],
    ['IPv4', () => pro().setAddress('home', 'A', '2001:db8::1'), 'value'],
    ['IPv6', () => pro().setAddress('home', 'AAAA', '203.0.113.1'), 'value'],
    ['CNAME target', () => pro().setCname('home', 'not a host'), 'target'],
    ['quoted TXT', () => pro().setTxt('home', '"quoted"'), 'value'],
    ['MX preference', () => pro().addMx('mail', 'mx.example.net', 70_000), 'preference'],
    ['old MX target', () => pro().replaceMx('mail', '', 'mx.example.net'), 'replace'],
  ])('refuses a bad %s before sending anything', async (_name, call, field) => {
    const before = emulator.state().requestLog.length;
    const result = await call();
    expect(result).toMatchObject({ kind: 'invalid', field });
    expect(emulator.state().requestLog.length).toBe(before);
  });
});
