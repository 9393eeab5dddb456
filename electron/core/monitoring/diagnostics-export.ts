import os from 'node:os';
import type { CoreStatus, SourceCheck } from '../../../shared/engine/core-status.js';
import type { HistoryEvent } from '../../../shared/settings/history-event.js';
import type { Settings } from '../../../shared/settings/settings-schema.js';
import type { StartupNotice } from '../../../shared/settings/store-contract.js';
import type { AppInfo, Clock } from '../ports.js';
import type { DeliveryStatus } from './delivery-status.js';

export const DIAGNOSTICS_HISTORY_EVENTS = 500;
const DOCTOR_DEADLINE_MS = 20_000;

export interface DiagnosticsDeps {
  app: AppInfo;
  clock: Clock;
  settings(): Settings;
  status(): Promise<CoreStatus>;
  doctor(): Promise<SourceCheck>;
  history(limit: number): HistoryEvent[];
  notices(): StartupNotice[];
  deliveries(): DeliveryStatus[];
  redact(text: string): string;
}

/**
 * One JSON file to attach to a bug report: version, OS, settings, status, the last 500
 * history events, the source doctor's answer and recent errors. Every string in it passes
 * through `redact`, and monitoring URLs (which carry check ids and topics) keep only their origin.
 */
export async function exportDiagnostics(
  deps: DiagnosticsDeps,
): Promise<{ fileName: string; text: string }> {
  const now = new Date(deps.clock.now()).toISOString();
  const history = deps.history(DIAGNOSTICS_HISTORY_EVENTS);
  const [status, doctor] = await Promise.all([
    settle(deps.status()),
    settle(withDeadline(deps.doctor(), deps.clock, DOCTOR_DEADLINE_MS)),
  ]);
  const report = {
    format: 'dnstray-diagnostics/1',
    createdAt: now,
    app: deps.app,
    os: {
      platform: process.platform,
      release: os.release(),
      arch: process.arch,
      node: process.versions.node,
      electron: process.versions.electron ?? null,
    },
    settings: maskMonitoringUrls(deps.settings()),
    status,
    sourceDoctor: doctor,
    history: { count: history.length, events: history },
    recentErrors: {
      notices: deps.notices(),
      deliveries: deps.deliveries().filter((delivery) => delivery.state === 'failed'),
      history: history.filter(isError).slice(0, 50),
    },
  };
  const stamp = now.slice(0, 19).replace(/[:T]/g, '-');
  return {
    fileName: `dnstray-diagnostics-${stamp}.json`,
    text: JSON.stringify(redactDeep(report, deps.redact), null, 2) + '\n',
  };
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: string };

async function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

function withDeadline<T>(promise: Promise<T>, clock: Clock, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = clock.setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(resolve, reject).finally(() => clock.clearTimeout(timer));
  });
}

function isError(event: HistoryEvent): boolean {
  switch (event.kind) {
    case 'update-outcome':
      return event.outcome === 'failed' || event.outcome === 'rejected';
    case 'domain-action':
      return event.outcome === 'failed';
    case 'notice':
      return event.level !== 'info';
    case 'address-changed':
      return false;
  }
}

/** A heartbeat or webhook URL is a credential (a check id, a topic): keep only where it goes. */
export function maskUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.pathname === '/' && parsed.search === '' ? parsed.origin : `${parsed.origin}/…`;
  } catch {
    return '…';
  }
}

function maskMonitoringUrls(settings: Settings): Settings {
  const { monitoring } = settings;
  return {
    ...settings,
    monitoring: {
      ...monitoring,
      heartbeat: monitoring.heartbeat && {
        ...monitoring.heartbeat,
        url: maskUrl(monitoring.heartbeat.url),
      },
      webhooks: monitoring.webhooks.map((hook) => ({ ...hook, url: maskUrl(hook.url) })),
    },
  };
}

/** Redacts every string of a JSON value (before serialising, so escaping cannot hide one). */
export function redactDeep(value: unknown, redact: (text: string) => string): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redact));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, redactDeep(item, redact)]),
    );
  return value;
}
