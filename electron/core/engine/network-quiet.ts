import type { OutcomeEvent } from '../../../shared/engine/record-outcome.js';
import type { Clock } from '../ports.js';

/** After a resume the network often needs a while (Wi-Fi, DHCP, VPN): failures then are noise. */
export const RESUME_GRACE_MS = 2 * 60_000;

/** Whether this machine has a route to the internet now (any family), from the route picture. */
export type DefaultRouteProbe = () => Promise<boolean>;

export type NetworkEvent = 'resume' | 'unlock' | 'online' | 'offline';

/**
 * Knows when a failed check means nothing: the OS says offline, there is no default route, or
 * the machine has just resumed. Such failures are neither counted (no back-off) nor reported,
 * and a failure is reported as failed only once failures have lasted `noticeMs` online.
 */
export class NetworkQuiet {
  #offline = false;
  #resumedAt = -Infinity;
  /** Per host: when its transient failures began, counted only while the network is up. */
  readonly #failingSince = new Map<string, number>();

  constructor(
    private readonly clock: Clock,
    private readonly defaultRoute?: DefaultRouteProbe,
  ) {}

  observe(event: NetworkEvent): void {
    if (event === 'offline') this.#offline = true;
    if (event === 'online') this.#offline = false;
    if (event === 'resume') this.#resumedAt = this.clock.now();
    if (event === 'offline' || event === 'resume') this.#failingSince.clear();
  }

  /** Why checking now is pointless (no check at all), or null. */
  async offlineReason(): Promise<string | null> {
    if (this.#offline) return 'the system says it is offline';
    const route = this.defaultRoute ? await this.defaultRoute().catch(() => true) : true;
    return route ? null : 'there is no default route';
  }

  /** Why a failure now is not news (the check still runs), or null. */
  graceReason(): string | null {
    return this.clock.now() - this.#resumedAt < RESUME_GRACE_MS
      ? 'the computer has just resumed'
      : null;
  }

  /**
   * Transient failures become "deferred" while quiet or until they have lasted `noticeMs`
   * online, so no notification fires for them; other outcomes pass unchanged and end a spell.
   */
  holdFailures(
    outcomes: readonly OutcomeEvent[],
    transient: ReadonlySet<OutcomeEvent>,
    noticeMs: number,
  ): OutcomeEvent[] {
    const now = this.clock.now();
    const quiet = this.graceReason();
    return outcomes.map((event) => {
      if (event.outcome.kind === 'updated' || event.outcome.kind === 'unchanged')
        this.#failingSince.delete(event.hostId);
      if (!transient.has(event) || event.outcome.kind !== 'failed') return event;
      const reason = event.outcome.reason;
      if (quiet) {
        // A spell of failures starts over once the network is really back.
        this.#failingSince.delete(event.hostId);
        return deferred(event, `${reason}; ${quiet}, so this is not counted as a failure`);
      }
      const since = this.#failingSince.get(event.hostId) ?? now;
      this.#failingSince.set(event.hostId, since);
      if (now - since >= noticeMs) return event;
      const minutes = Math.round(noticeMs / 60_000);
      return deferred(
        event,
        `${reason}; trying again (reported as failed after ${minutes} minutes of failures)`,
      );
    });
  }
}

function deferred(event: OutcomeEvent, reason: string): OutcomeEvent {
  return { ...event, outcome: { kind: 'deferred', until: null, reason } };
}
