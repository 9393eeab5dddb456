import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sendHttpRequest } from '../../../../electron/core/http/send-http-request.js';
import { FakeClock, flushMicrotasks } from '../../../support/fake-clock.js';

const ORIGIN = 'https://service.test';
let agent: MockAgent;
let clock: FakeClock;

beforeEach(() => {
  agent = new MockAgent();
  agent.disableNetConnect();
  clock = new FakeClock();
});
afterEach(() => agent.close());

const send = (extra: { maxBodyBytes?: number; timeoutMs?: number } = {}) =>
  sendHttpRequest({
    url: `${ORIGIN}/x`,
    method: 'GET',
    dispatcher: agent,
    clock,
    timeoutMs: extra.timeoutMs ?? 1_000,
    ...(extra.maxBodyBytes ? { maxBodyBytes: extra.maxBodyBytes } : {}),
  });

function codedError(code: string): Error {
  return Object.assign(new Error(`socket trouble ${code}`), { code });
}

describe('sendHttpRequest', () => {
  it('returns status, reason phrase, content type and text, and clears its deadline', async () => {
    agent
      .get(ORIGIN)
      .intercept({ path: '/x' })
      .reply(401, 'nope', {
        headers: { 'content-type': 'text/plain' },
      });
    expect(await send()).toEqual({
      kind: 'response',
      status: 401,
      statusText: 'Unauthorized',
      contentType: 'text/plain',
      body: 'nope',
    });
    expect(clock.pendingTimers).toBe(0);
  });

  it.each([
    [
      'an answer over the size cap',
      () => 'x'.repeat(100),
      'body-too-large',
      /longer than 10 bytes/,
    ],
    [
      'bytes that are not UTF-8',
      () => Buffer.from([0xff, 0xfe, 0x41]),
      'unreadable-body',
      /not UTF-8/,
    ],
  ])('fails on %s', async (_name, body, reason, detail) => {
    agent.get(ORIGIN).intercept({ path: '/x' }).reply(200, body());
    const outcome = await send({ maxBodyBytes: 10 });
    expect(outcome).toMatchObject({ kind: 'failure', reason });
    expect(outcome.kind === 'failure' && outcome.detail).toMatch(detail);
  });

  it.each([
    ['ECONNRESET', 'reset'],
    ['UND_ERR_SOCKET', 'reset'],
    ['ECONNREFUSED', 'network'],
    ['ENOTFOUND', 'network'],
    ['UND_ERR_CONNECT_TIMEOUT', 'timeout'],
  ])('reads a %s error as %s', async (code, reason) => {
    agent.get(ORIGIN).intercept({ path: '/x' }).replyWithError(codedError(code));
    expect(await send()).toMatchObject({ kind: 'failure', reason });
  });

  it('gives up when the injected clock passes the deadline', async () => {
    agent.get(ORIGIN).intercept({ path: '/x' }).reply(200, 'late').delay(5_000);
    const pending = send({ timeoutMs: 2_000 });
    await flushMicrotasks();
    await clock.advance(2_000);
    expect(await pending).toEqual({
      kind: 'failure',
      reason: 'timeout',
      detail: 'no answer within 2000 ms',
    });
  });
});
