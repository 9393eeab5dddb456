import type {
  WebhookEvent,
  WebhookSettings,
} from '../../../shared/settings/monitoring-settings.js';
import type { HttpOutcome, HttpRequest } from '../http/send-http-request.js';
import type { NotifiableKind } from '../notifications/notification-events.js';
import { NotificationFilter } from '../notifications/notification-filter.js';
import { notificationsFromCore } from '../notifications/notifications-from-core.js';
import type { Clock } from '../ports.js';
import { describeHttpProblem, type DeliveryLog } from './delivery-status.js';
import { webhookRequest } from './webhook-payload.js';

/** The settings' event list and the notifiable kinds are one list (checked by the compiler). */
const SAME_EVENTS: [WebhookEvent, NotifiableKind] extends [NotifiableKind, WebhookEvent]
  ? true
  : never = true;
void SAME_EVENTS;

export const WEBHOOK_RATE_LIMIT = { perWindow: 6, windowMs: 60_000 };
const TIMEOUT_MS = 10_000;

export interface WebhookDeps {
  clock: Clock;
  webhooks(): readonly WebhookSettings[];
  /** The signing secret of a webhook (environment or secrets file), never from settings. */
  secretFor(webhookId: string): string | undefined;
  redact(text: string): string;
  send(request: HttpRequest): Promise<HttpOutcome>;
  log: DeliveryLog;
}

interface HookState {
  filter: NotificationFilter;
  sentAt: number[];
  dropped: number;
}

/**
 * Sends the core's events to each webhook that chose them, with the desktop notifications'
 * filter (same events, never the same one twice in a row) and a per-hook rate limit.
 */
export class WebhookSender {
  readonly #hooks = new Map<string, HookState>();
  readonly #inFlight = new Set<Promise<void>>();

  constructor(private readonly deps: WebhookDeps) {}

  observe(event: { name: string; payload: unknown }): void {
    const step = notificationsFromCore(event);
    if (step.events.length === 0 && step.forget.length === 0) return;
    for (const hook of this.deps.webhooks()) {
      const state = this.#state(hook);
      state.filter.setChoices(Object.fromEntries(hook.events.map((kind) => [kind, true])));
      for (const topic of step.forget) state.filter.forget(topic);
      for (const news of step.events) {
        if (state.filter.admit(news) === null) continue;
        if (!this.#withinLimit(state)) {
          state.dropped += 1;
          continue;
        }
        this.#deliver(hook, state, news);
      }
    }
  }

  /** Resolves when every delivery under way has ended (tests, and a clean stop). */
  async idle(): Promise<void> {
    while (this.#inFlight.size > 0) await Promise.all(this.#inFlight);
  }

  #state(hook: WebhookSettings): HookState {
    let state = this.#hooks.get(hook.id);
    if (!state) {
      state = { filter: new NotificationFilter({}), sentAt: [], dropped: 0 };
      this.#hooks.set(hook.id, state);
    }
    return state;
  }

  #withinLimit(state: HookState): boolean {
    const now = this.deps.clock.now();
    state.sentAt = state.sentAt.filter((at) => at > now - WEBHOOK_RATE_LIMIT.windowMs);
    if (state.sentAt.length >= WEBHOOK_RATE_LIMIT.perWindow) return false;
    state.sentAt.push(now);
    return true;
  }

  #deliver(
    hook: WebhookSettings,
    state: HookState,
    event: Parameters<NotificationFilter['admit']>[0],
  ): void {
    const at = new Date(this.deps.clock.now()).toISOString();
    const dropped = state.dropped;
    state.dropped = 0;
    const run = async (): Promise<void> => {
      const request = webhookRequest(
        hook,
        event,
        at,
        this.deps.secretFor(hook.id),
        this.deps.redact,
      );
      const outcome = await this.deps.send({
        ...request,
        timeoutMs: TIMEOUT_MS,
        clock: this.deps.clock,
      });
      const problem = describeHttpProblem(outcome);
      const skipped = dropped > 0 ? ` (${dropped} earlier events skipped by the rate limit)` : '';
      this.deps.log.report({
        target: `webhook:${hook.id}`,
        state: problem === null ? 'ok' : 'failed',
        at: new Date(this.deps.clock.now()).toISOString(),
        detail:
          problem === null
            ? skipped.trim()
            : this.deps.redact(`webhook ${hook.id} failed: ${problem}${skipped}`),
      });
    };
    const delivery = run()
      .catch(() => undefined)
      .finally(() => this.#inFlight.delete(delivery));
    this.#inFlight.add(delivery);
  }
}
