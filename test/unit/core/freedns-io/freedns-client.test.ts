import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createFreednsClient,
  DEFAULT_FREEDNS_ENDPOINT,
  interpret,
  type FreednsResult,
} from '../../../../electron/core/freedns-io/index.js';
import { FakeClock, flushMicrotasks } from '../../../support/fake-clock.js';

const ORIGIN = 'https://freedns.io';
const SECRET = 'hunter2 &=+';
let agent: MockAgent;

beforeEach(() => {
  agent = new MockAgent();
  agent.disableNetConnect();
});
afterEach(() => agent.close());

const client = (extra: { clock?: FakeClock; password?: () => string } = {}) =>
  createFreednsClient({
    username: 'pro',
    password: extra.password ?? SECRET,
    dispatcher: agent,
    timeoutMs: 3_000,
    ...(extra.clock ? { clock: extra.clock } : {}),
  });

describe('freedns.io client requests', () => {
  it('posts a form to https://freedns.io/request by default', async () => {
    expect(DEFAULT_FREEDNS_ENDPOINT).toBe('https://freedns.io/request');
    let sent = '';
    agent
      .get(ORIGIN)
      .intercept({
        path: '/request',
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: (body) => ((sent = body), true),
      })
      .reply(200, 'ok');
    const result = await client().setTxt('home.freedns.io', 'a b');
    expect(result).toEqual({ kind: 'accepted', message: 'ok', noChange: false });
    expect(Object.fromEntries(new URLSearchParams(sent))).toEqual({
      username: 'pro',
      password: SECRET,
      host: 'home',
      record: 'TXT',
      value: 'a b',
    });
  });

  it('does not ask for the password when the input is refused', async () => {
    let asked = false;
    const result = await client({
      password: () => {
        asked = true;
        return SECRET;
      },
    }).setCname('home', 'bad target');
    expect(result.kind).toBe('invalid');
    expect(asked).toBe(false);
  });

  it('says when the secret store cannot give the password, without repeating its error', async () => {
    const result = await client({
      password: () => {
        throw new Error(`keyring locked, last value ${SECRET}`);
      },
    }).setAddress('home', 'A');
    expect(result).toEqual({
      kind: 'invalid',
      field: 'password',
      message: 'The freedns.io password could not be read from the secret store.',
    });
  });

  it('keeps the password out of a server message that echoes it', async () => {
    agent
      .get(ORIGIN)
      .intercept({ path: '/request', method: 'POST' })
      .reply(401, `Bad password ${SECRET}`, { headers: { 'content-type': 'text/plain' } });
    const result = await client().setAddress('home', 'A');
    expect(result).toEqual({
      kind: 'rejected',
      reason: 'bad-credentials',
      serverMessage: 'Bad password ***',
      status: 401,
    });
  });

  it('ends in a timeout when the clock passes the deadline', async () => {
    const clock = new FakeClock();
    agent
      .get(ORIGIN)
      .intercept({ path: '/request', method: 'POST' })
      .reply(200, 'late')
      .delay(5_000);
    const pending = client({ clock }).setAddress('home', 'A', '203.0.113.1');
    await flushMicrotasks();
    await clock.advance(3_000);
    expect(await pending).toMatchObject({ kind: 'transient', reason: 'timeout' });
  });

  it('keeps the password out of a network failure that happens to quote it', async () => {
    agent
      .get(ORIGIN)
      .intercept({ path: '/request', method: 'POST' })
      .replyWithError(new Error(`cannot send password=${encodeURIComponent(SECRET)} or ${SECRET}`));
    const result = await client().setAddress('home', 'A', '203.0.113.1');
    expect(result.kind).toBe('transient');
    const text = JSON.stringify(result);
    expect(text).not.toContain('hunter2');
    expect(text).toContain('***');
  });
});

describe('interpret', () => {
  const answer = (
    status: number,
    body: string,
    contentType: string | null = 'text/plain',
    statusText = '',
  ) => interpret({ kind: 'response', status, statusText, contentType, body });

  it.each<[string, FreednsResult, FreednsResult]>([
    [
      '200 with text',
      answer(200, ' Updated. \n'),
      { kind: 'accepted', message: 'Updated.', noChange: false },
    ],
    [
      '200 without a content type',
      answer(200, 'Record already up to date', null),
      { kind: 'accepted', message: 'Record already up to date', noChange: true },
    ],
    [
      '401 with the message only in the reason phrase',
      answer(401, '', 'text/html', 'Invalid password'),
      {
        kind: 'rejected',
        reason: 'bad-credentials',
        serverMessage: 'Invalid password',
        status: 401,
      },
    ],
    [
      '503',
      answer(503, 'busy'),
      { kind: 'transient', reason: 'http-5xx', status: 503, detail: 'freedns.io answered 503.' },
    ],
    [
      '404 (wrong endpoint)',
      answer(404, 'Not Found'),
      {
        kind: 'transient',
        reason: 'unexpected-status',
        status: 404,
        detail: 'freedns.io answered with the unexpected status 404.',
      },
    ],
    [
      '302 (moved)',
      answer(302, ''),
      {
        kind: 'transient',
        reason: 'unexpected-status',
        status: 302,
        detail: 'freedns.io answered with the unexpected status 302.',
      },
    ],
    [
      '200 as binary',
      answer(200, 'x', 'application/octet-stream'),
      {
        kind: 'transient',
        reason: 'unexpected-content-type',
        status: 200,
        detail: 'freedns.io answered with application/octet-stream instead of a text message.',
      },
    ],
  ])('reads %s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });
});
