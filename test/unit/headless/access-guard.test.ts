import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createAccessGuard } from '../../../electron/headless/access-guard.js';

const token = 'a'.repeat(43);
const guard = createAccessGuard(token, 4321);
const request = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
  ({ url, method, headers: { host: '127.0.0.1:4321', ...headers } }) as unknown as IncomingMessage;

describe('headless access guard', () => {
  it('refuses a request without the token with 401', () => {
    expect(guard.check(request('/'))).toMatchObject({ kind: 'deny', status: 401 });
  });

  it('refuses a wrong token with 401', () => {
    expect(
      guard.check(request('/', { cookie: `${guard.cookieName}=${'b'.repeat(43)}` })),
    ).toMatchObject({ status: 401 });
    expect(guard.check(request('/?token=nope'))).toMatchObject({ status: 401 });
  });

  it('refuses a forged Host (DNS rebinding) with 403 even with the token', () => {
    const forged = request('/', {
      host: 'evil.example:4321',
      cookie: `${guard.cookieName}=${token}`,
    });
    expect(guard.check(forged)).toMatchObject({ kind: 'deny', status: 403 });
    expect(guard.check(request('/', { host: 'localhost:4321' }))).toMatchObject({ status: 403 });
    expect(guard.check(request('/', { host: '127.0.0.1:9999' }))).toMatchObject({ status: 403 });
  });

  it('refuses a cross-site Origin with 403', () => {
    const cross = request(
      '/api/invoke/app:getVersion',
      { origin: 'http://evil.example', cookie: `${guard.cookieName}=${token}` },
      'POST',
    );
    expect(guard.check(cross)).toMatchObject({ kind: 'deny', status: 403 });
  });

  it('exchanges the token in the first URL for a cookie and drops it from the URL', () => {
    expect(guard.check(request(`/?token=${token}&x=1`))).toEqual({
      kind: 'exchange-token',
      redirectTo: '/?x=1',
    });
    expect(guard.cookieHeader()).toBe(
      `${guard.cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/`,
    );
  });

  it('allows the cookie or a bearer header', () => {
    expect(
      guard.check(request('/', { cookie: `other=1; ${guard.cookieName}=${token}` })),
    ).toMatchObject({ kind: 'allow' });
    expect(guard.check(request('/', { authorization: `Bearer ${token}` }))).toMatchObject({
      kind: 'allow',
    });
  });
});
