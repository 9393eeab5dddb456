import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Monitoring } from '../core/monitoring/create-monitoring.js';

const HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
};

export interface MonitoringRoutesOptions {
  monitoring: Monitoring;
  /** The per-start session token (what the printed URL carries). */
  sessionToken: string;
  /** The separate metrics token, read from its file; null when none is set up. */
  metricsToken(): string | null;
}

/**
 * GET /metrics (Prometheus text, Bearer token: the session's or the metrics token) and
 * GET /healthz (200 or 503, no details, no token). They sit before the browser guard since a
 * scraper sends no cookie and may come through a reverse proxy with another Host.
 */
export function createMonitoringRoutes(
  options: MonitoringRoutesOptions,
): (request: IncomingMessage, response: ServerResponse) => Promise<boolean> {
  return async (request, response) => {
    // Only the exact paths; anything else (an unparsable target included) is the guard's to refuse.
    const pathname = (request.url ?? '/').split('?')[0];
    if (pathname !== '/metrics' && pathname !== '/healthz') return false;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, 'method not allowed', { Allow: 'GET, HEAD' });
      return true;
    }
    if (pathname === '/healthz') {
      const healthy = options.monitoring.healthy();
      send(response, healthy ? 200 : 503, healthy ? 'ok' : 'unhealthy', {}, request.method);
      return true;
    }
    const bearer = /^Bearer ([^\s]+)$/.exec(request.headers.authorization ?? '')?.[1];
    const accepted = [options.sessionToken, options.metricsToken()];
    if (!bearer || !accepted.some((token) => token !== null && sameToken(bearer, token))) {
      send(response, 401, 'unauthorized', { 'WWW-Authenticate': 'Bearer realm="dnstray"' });
      return true;
    }
    const body = await options.monitoring.metrics.render();
    response.writeHead(200, {
      ...HEADERS,
      'Content-Type': options.monitoring.metrics.contentType,
    });
    response.end(request.method === 'HEAD' ? undefined : body);
    return true;
  };
}

/** Constant time, also in the length: both sides are hashed to 32 bytes first. */
export function sameToken(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected)) && given === expected;
}

function send(
  response: ServerResponse,
  status: number,
  text: string,
  extra: Record<string, string> = {},
  method = 'GET',
): void {
  response.writeHead(status, { ...HEADERS, ...extra, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(method === 'HEAD' ? undefined : text + '\n');
}
