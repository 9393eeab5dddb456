import type { HeartbeatSettings } from '../../../shared/settings/monitoring-settings.js';
import type { HttpOutcome, HttpRequest } from '../http/send-http-request.js';
import type { Clock } from '../ports.js';
import type { CheckResult } from './check-watcher.js';
import { describeHttpProblem, type DeliveryLog } from './delivery-status.js';

export const HEARTBEAT_MIN_INTERVAL_MS = 60_000;
const TIMEOUT_MS = 10_000;

export interface HeartbeatDeps {
  clock: Clock;
  /** Read at each ping, so a change in Settings applies to the next one. */
  settings(): HeartbeatSettings | null;
  redact(text: string): string;
  send(request: HttpRequest): Promise<HttpOutcome>;
  log: DeliveryLog;
}

/**
 * Pings the heartbeat URL after each check, at most once a minute: a check that ends sooner
 * is held and the latest one is sent when the minute is over, so a failure is never lost.
 */
export class HeartbeatPinger {
  #lastPingAt: number | null = null;
  #held: CheckResult | null = null;
  #timer: unknown = null;
  #inFlight: Promise<void> = Promise.resolve();

  constructor(private readonly deps: HeartbeatDeps) {}

  checked(result: CheckResult): void {
    if (!this.deps.settings()) return;
    const now = this.deps.clock.now();
    const wait = this.#lastPingAt === null ? 0 : this.#lastPingAt + HEARTBEAT_MIN_INTERVAL_MS - now;
    if (wait <= 0 && this.#timer === null) return void this.#ping(result);
    this.#held = result;
    if (this.#timer === null)
      this.#timer = this.deps.clock.setTimeout(() => {
        this.#timer = null;
        const held = this.#held;
        this.#held = null;
        if (held) void this.#ping(held);
      }, wait);
  }

  /** Resolves when the ping under way (if any) has ended; tests wait on it. */
  idle(): Promise<void> {
    return this.#inFlight;
  }

  stop(): void {
    if (this.#timer !== null) this.deps.clock.clearTimeout(this.#timer);
    this.#timer = null;
    this.#held = null;
  }

  #ping(result: CheckResult): Promise<void> {
    const settings = this.deps.settings();
    if (!settings) return Promise.resolve();
    this.#lastPingAt = this.deps.clock.now();
    const run = async (): Promise<void> => {
      const message = this.deps.redact(result.message).slice(0, 200);
      const outcome = await this.deps.send({
        ...heartbeatRequest(settings, result.ok, message),
        timeoutMs: TIMEOUT_MS,
        clock: this.deps.clock,
      });
      const problem = describeHttpProblem(outcome);
      this.deps.log.report({
        target: 'heartbeat',
        state: problem === null ? 'ok' : 'failed',
        at: new Date(this.deps.clock.now()).toISOString(),
        detail: problem === null ? '' : this.deps.redact(`heartbeat ping failed: ${problem}`),
      });
    };
    // A ping must never break a check: every error ends in the delivery log.
    this.#inFlight = run().catch(() => undefined);
    return this.#inFlight;
  }
}

/** The two conventions: healthchecks.io (URL or URL/fail) and Uptime Kuma push (?status&msg). */
export function heartbeatRequest(
  settings: HeartbeatSettings,
  ok: boolean,
  message: string,
): Pick<HttpRequest, 'url' | 'method' | 'headers' | 'body'> {
  const url = new URL(settings.url);
  if (settings.style === 'uptime-kuma') {
    url.searchParams.set('status', ok ? 'up' : 'down');
    url.searchParams.set('msg', message);
    return { url, method: 'GET' };
  }
  if (!ok) url.pathname = `${url.pathname.replace(/\/+$/, '')}/fail`;
  // healthchecks.io keeps a POST body (up to 100 kB) as the ping's log line.
  return {
    url,
    method: 'POST',
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    body: message,
  };
}
