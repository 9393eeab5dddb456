import type { ChannelRequest, ChannelResponse } from '../../../shared/contract/index.js';
import type { MONITORING_CHANNEL_NAMES } from '../../../shared/contract/monitoring-names.js';
import type { CoreStatus, SourceCheck } from '../../../shared/engine/core-status.js';
import type { CoreEvents } from '../core-events.js';
import { sendHttpRequest, type HttpOutcome, type HttpRequest } from '../http/send-http-request.js';
import type { AppInfo, Clock } from '../ports.js';
import type { Stores } from '../store/open-stores.js';
import { CheckWatcher, type CheckResult } from './check-watcher.js';
import { createCoreMetrics, type CoreMetrics, type DomainExpiry } from './core-metrics.js';
import { DeliveryRecorder } from './delivery-log.js';
import { exportDiagnostics } from './diagnostics-export.js';
import { HeartbeatPinger } from './heartbeat-pinger.js';
import { WebhookSender } from './webhook-sender.js';

type MonitoringChannel = (typeof MONITORING_CHANNEL_NAMES)[number];
export type MonitoringHandlers = {
  [K in MonitoringChannel]: (request: ChannelRequest<K>) => Promise<ChannelResponse<K>>;
};

/** How long the last check may keep failing before /healthz answers 503. */
export const DEFAULT_HEALTH_GRACE_MS = 15 * 60_000;
const DOMAINS_REFRESH_MS = 60 * 60_000;

export interface MonitoringDeps {
  app: AppInfo;
  clock: Clock;
  events: CoreEvents;
  stores: Stores;
  status(): CoreStatus;
  doctor(): Promise<SourceCheck>;
  /** Freenom domains with days left; may ask Freenom, so it is called in the background. */
  listDomains(): Promise<DomainExpiry[]>;
  /** The one redaction boundary: every text leaving through a ping, a hook or a file. */
  redact(text: string): string;
  /** A webhook's signing secret (environment or secrets file); never from settings. */
  webhookSecret?(webhookId: string): string | undefined;
  send?(request: HttpRequest): Promise<HttpOutcome>;
  healthGraceMs?: number;
}

export interface Monitoring {
  handlers: MonitoringHandlers;
  metrics: CoreMetrics;
  /** Core running, and the checks not failing for longer than the grace period. */
  healthy(): boolean;
  start(): void;
  stop(): void;
  /** Resolves when pings and webhook deliveries under way have ended. */
  idle(): Promise<void>;
}

/** Heartbeats, webhooks, metrics, health and diagnostics, fed by the core's events. */
export function createMonitoring(deps: MonitoringDeps): Monitoring {
  const { clock } = deps;
  const deliveries = new DeliveryRecorder(deps.stores.history);
  const { pinger, webhooks } = createSenders(deps, deliveries);
  const watcher = new CheckWatcher();
  const metrics = createCoreMetrics({
    status: deps.status,
    now: () => clock.now(),
    domains: cachedDomains(deps),
  });
  let running = false;
  let failingSince: number | null = null;
  let unsubscribe = (): void => undefined;

  const onCheck = (result: CheckResult): void => {
    failingSince = result.ok ? null : (failingSince ?? result.at);
    metrics.observeCheck(result);
    pinger.checked(result);
  };

  return {
    handlers: monitoringHandlers(deps, deliveries),
    metrics,
    healthy: () =>
      running &&
      (failingSince === null ||
        clock.now() - failingSince < (deps.healthGraceMs ?? DEFAULT_HEALTH_GRACE_MS)),
    start() {
      running = true;
      unsubscribe = deps.events.subscribe((event) => {
        if (event.name === 'status:changed') {
          const result = watcher.observe(event.payload);
          if (result) onCheck(result);
        }
        if (event.name === 'sync:outcome') metrics.observeOutcome(event.payload);
        if (event.name === 'ip:changed')
          metrics.observeAddressChange(event.payload.family, Date.parse(event.payload.at));
        webhooks.observe(event);
      });
    },
    stop() {
      running = false;
      unsubscribe();
      pinger.stop();
    },
    idle: async () => {
      await pinger.idle();
      await webhooks.idle();
    },
  };
}

/** The heartbeat pinger and the webhook sender, both logging into the one delivery record. */
function createSenders(deps: MonitoringDeps, deliveries: DeliveryRecorder) {
  const { clock, redact } = deps;
  const send = deps.send ?? sendHttpRequest;
  const monitoring = () => deps.stores.settings.get().monitoring;
  const pinger = new HeartbeatPinger({
    clock,
    settings: () => monitoring().heartbeat,
    redact,
    send,
    log: deliveries,
  });
  const webhooks = new WebhookSender({
    clock,
    webhooks: () => monitoring().webhooks,
    secretFor: (id) => deps.webhookSecret?.(id),
    redact,
    send,
    log: deliveries,
  });
  return { pinger, webhooks };
}

/**
 * The domains as last listed, for a scrape: answers at once and, at most hourly, asks again in
 * the background (a failed listing keeps the last list).
 */
function cachedDomains(deps: MonitoringDeps): () => DomainExpiry[] {
  const { clock } = deps;
  const domains = { list: [] as DomainExpiry[], fetchedAt: -Infinity, busy: false };
  const refreshDomains = (): void => {
    if (domains.busy || clock.now() - domains.fetchedAt < DOMAINS_REFRESH_MS) return;
    domains.busy = true;
    deps
      .listDomains()
      .then((list) => (domains.list = list))
      .catch(() => undefined)
      .finally(() => {
        domains.busy = false;
        domains.fetchedAt = clock.now();
      });
  };
  return () => (refreshDomains(), domains.list);
}

function monitoringHandlers(
  deps: MonitoringDeps,
  deliveries: DeliveryRecorder,
): MonitoringHandlers {
  const { stores } = deps;
  return {
    'diagnostics:export': () =>
      exportDiagnostics({
        app: deps.app,
        clock: deps.clock,
        settings: () => stores.settings.get(),
        status: async () => deps.status(),
        doctor: deps.doctor,
        history: (limit) => stores.history.list({ offset: 0, limit }).events,
        notices: () => stores.notices.list(),
        deliveries: () => deliveries.list(),
        redact: deps.redact,
      }),
    'monitoring:status': async () => ({ deliveries: deliveries.list() }),
  };
}
