import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Who may talk to the headless server: only a browser on this machine that holds the
 * per-start token. Host and Origin must name the exact loopback address served, which
 * defeats DNS rebinding; the token arrives once in the first URL and then lives in an
 * HttpOnly SameSite=Strict cookie (or an Authorization header for scripts).
 */
export type AccessDecision =
  | { kind: 'allow'; url: URL }
  | { kind: 'exchange-token'; redirectTo: string }
  | { kind: 'deny'; status: 400 | 401 | 403; message: string };

export interface AccessGuard {
  readonly cookieName: string;
  check(request: IncomingMessage): AccessDecision;
  cookieHeader(): string;
}

const UNAUTHORIZED = 'unauthorized: open the URL printed at start';

/**
 * `nameSuffix` is random per start: cookies ignore ports, so every service on 127.0.0.1 sees
 * ours, and a page on another loopback port could plant a same-named cookie to shadow it.
 * A name nobody can predict cannot be planted, and two cookies of that name are refused.
 */
export function createAccessGuard(
  token: string,
  port: number,
  nameSuffix = randomBytes(9).toString('base64url'),
): AccessGuard {
  const origin = `127.0.0.1:${port}`;
  const cookieName = `dnstray_${port}_${nameSuffix}`;
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
      const cookies = readCookies(request.headers.cookie, cookieName);
      if (cookies.length > 1)
        return {
          kind: 'deny',
          status: 400,
          message: 'bad request: the session cookie is ambiguous',
        };
      const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
      const authenticated = matches(bearer) || matches(cookies[0]);
      const url = parseRequestTarget(request.url, origin);
      if (!url)
        return authenticated
          ? { kind: 'deny', status: 400, message: 'bad request: unreadable request target' }
          : { kind: 'deny', status: 401, message: UNAUTHORIZED };
      const queryToken = url.searchParams.get('token');
      if (queryToken !== null && request.method === 'GET') {
        if (!matches(queryToken)) return { kind: 'deny', status: 401, message: 'unauthorized' };
        url.searchParams.delete('token');
        return { kind: 'exchange-token', redirectTo: pathOnThisOrigin(url) };
      }
      if (authenticated) return { kind: 'allow', url };
      return { kind: 'deny', status: 401, message: UNAUTHORIZED };
    },
  };
}

/**
 * Reads an origin-form target (`/path?query`) as a path on this server. The raw target is
 * appended to our own origin rather than resolved against it, so `//host/` stays a path.
 */
export function parseRequestTarget(target: string | undefined, origin: string): URL | null {
  if (!target?.startsWith('/')) return null;
  try {
    return new URL(`http://${origin}${target}`);
  } catch {
    return null;
  }
}

/**
 * A Location a browser can only read as a path here: a run of leading slashes or backslashes
 * (`//evil.example/`, `/\evil.example`) would make it another host, so it becomes one slash.
 */
export function pathOnThisOrigin(url: URL): string {
  return `/${url.pathname.replace(/^[/\\]+/, '')}${url.search}`;
}

function readCookies(header: string | undefined, name: string): string[] {
  const found: string[] = [];
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) found.push(rest.join('='));
  }
  return found;
}
