import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Who may talk to the headless server: only a browser on this machine that holds the
 * per-start token. Host and Origin must name the exact loopback address served, which
 * defeats DNS rebinding; the token arrives once in the first URL and then lives in an
 * HttpOnly SameSite=Strict cookie (or an Authorization header for scripts).
 */
export type AccessDecision =
  | { kind: 'allow' }
  | { kind: 'exchange-token'; redirectTo: string }
  | { kind: 'deny'; status: 401 | 403; message: string };

export interface AccessGuard {
  readonly cookieName: string;
  check(request: IncomingMessage): AccessDecision;
  cookieHeader(): string;
}

export function createAccessGuard(token: string, port: number): AccessGuard {
  const origin = `127.0.0.1:${port}`;
  const cookieName = `dnstray_token_${port}`;
  const expected = Buffer.from(token);
  const matches = (candidate: string | undefined): boolean => {
    if (!candidate) return false;
    const given = Buffer.from(candidate);
    return given.length === expected.length && timingSafeEqual(given, expected);
  };

  return {
    cookieName,
    cookieHeader: () => `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/`,
    check(request) {
      if (request.headers.host !== origin) {
        return { kind: 'deny', status: 403, message: 'forbidden: unexpected Host header' };
      }
      const originHeader = request.headers.origin;
      if (originHeader !== undefined && originHeader !== `http://${origin}`) {
        return { kind: 'deny', status: 403, message: 'forbidden: unexpected Origin header' };
      }
      const url = new URL(request.url ?? '/', `http://${origin}`);
      const queryToken = url.searchParams.get('token');
      if (queryToken !== null && request.method === 'GET') {
        if (!matches(queryToken)) return { kind: 'deny', status: 401, message: 'unauthorized' };
        url.searchParams.delete('token');
        return { kind: 'exchange-token', redirectTo: url.pathname + url.search };
      }
      const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
      const cookie = readCookie(request.headers.cookie, cookieName);
      if (matches(bearer) || matches(cookie)) return { kind: 'allow' };
      return { kind: 'deny', status: 401, message: 'unauthorized: open the URL printed at start' };
    },
  };
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}
