import type { CoreStatus } from '../../../shared/engine/core-status.js';

/** One finished check of the public address, as heartbeats, metrics and health see it. */
export interface CheckResult {
  at: number;
  ok: boolean;
  /** One line for a heartbeat message: the status summary, or what went wrong. */
  message: string;
}

/**
 * Spots the end of each check in the stream of statuses: a status that is not "working" and
 * carries a newer family `checkedAt` than the last one seen. Works while paused too, since
 * the engine still looks at the address then.
 */
export class CheckWatcher {
  #lastCheckedAt: string | null = null;

  observe(status: CoreStatus): CheckResult | null {
    if (status.overall === 'working') return null;
    const checkedAt = latestCheckedAt(status);
    if (checkedAt === null || checkedAt === this.#lastCheckedAt) return null;
    this.#lastCheckedAt = checkedAt;
    const unknown = status.families.find((family) => family.state === 'unknown');
    const ok = status.overall !== 'error' && !unknown;
    const message =
      status.overall === 'error' || !unknown
        ? status.summary
        : `${unknown.family} address unknown: ${unknown.detail}`;
    return { at: Date.parse(checkedAt), ok, message };
  }
}

function latestCheckedAt(status: CoreStatus): string | null {
  let latest: string | null = null;
  for (const family of status.families)
    if (family.checkedAt !== null && (latest === null || family.checkedAt > latest))
      latest = family.checkedAt;
  return latest;
}
