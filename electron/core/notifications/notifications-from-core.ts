import { z } from '../../../shared/validators/z.js';
import { familyLabel } from '../../../shared/engine/family-label.js';
import { topics, type NotifiableEvent } from './notification-events.js';
import { formatTime } from '../../../shared/time/format-time.js';

/** What one core event means for notifications: news to tell, and subjects that recovered. */
export interface NotificationStep {
  events: NotifiableEvent[];
  forget: string[];
}

const NOTHING: NotificationStep = { events: [], forget: [] };

// The few fields read from each core event, parsed here so a change in the core's payloads
// degrades to "no notification" instead of a crash in the shell.
const IpChanged = z.object({
  family: z.enum(['ipv4', 'ipv6']),
  address: z.string(),
  previous: z.nullable(z.string()),
});
const SyncOutcome = z.object({
  hostLabel: z.string(),
  outcome: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('updated') }),
    z.object({ kind: z.literal('unchanged') }),
    z.object({ kind: z.literal('deferred') }),
    z.object({ kind: z.literal('rejected'), serverMessage: z.string() }),
    z.object({ kind: z.literal('failed'), reason: z.string() }),
  ]),
});
const Drift = z.object({ hostname: z.string(), record: z.string(), message: z.string() });
const Status = z.object({
  hosts: z.array(
    z.object({
      label: z.string(),
      updatesLeftToday: z.number(),
      records: z.array(
        z.object({
          outcome: z.nullable(z.object({ kind: z.string(), until: z.nullish(z.string()) })),
        }),
      ),
    }),
  ),
});
const Reminder = z.object({
  domain: z.string(),
  kind: z.enum(['expiring', 'renewed', 'renewFailed']),
  message: z.string(),
});

function fromIpChanged(payload: unknown): NotificationStep {
  const parsed = IpChanged.safeParse(payload);
  // The first address after start (no previous one) is not a change worth a notification.
  if (!parsed.success || parsed.data.previous === null) return NOTHING;
  const family = familyLabel(parsed.data.family);
  return {
    events: [{ kind: 'address-changed', family, address: parsed.data.address }],
    forget: [],
  };
}

function fromOutcome(payload: unknown): NotificationStep {
  const parsed = SyncOutcome.safeParse(payload);
  if (!parsed.success) return NOTHING;
  const { hostLabel: host, outcome } = parsed.data;
  switch (outcome.kind) {
    case 'rejected':
      return {
        events: [{ kind: 'update-rejected', host, message: outcome.serverMessage }],
        forget: [],
      };
    case 'failed':
      return { events: [{ kind: 'update-failed', host, message: outcome.reason }], forget: [] };
    case 'updated':
    case 'unchanged':
      return { events: [], forget: [topics.update(host)] };
    case 'deferred':
      return NOTHING;
  }
}

/** Quota is read from the status: a host with no update left today is "used up" until reset. */
function fromStatus(payload: unknown): NotificationStep {
  const parsed = Status.safeParse(payload);
  if (!parsed.success) return NOTHING;
  const step: NotificationStep = { events: [], forget: [] };
  for (const host of parsed.data.hosts) {
    if (host.updatesLeftToday > 0) {
      step.forget.push(topics.quota(host.label));
      continue;
    }
    const until = host.records.find((r) => r.outcome?.kind === 'deferred' && r.outcome.until)
      ?.outcome?.until;
    const nextUpdateAt = until ? formatTime(until) : '00:00 UTC';
    step.events.push({ kind: 'quota-used-up', host: host.label, nextUpdateAt });
  }
  return step;
}

function fromReminder(payload: unknown): NotificationStep {
  const parsed = Reminder.safeParse(payload);
  if (!parsed.success) return NOTHING;
  const { domain, message } = parsed.data;
  switch (parsed.data.kind) {
    case 'expiring':
      return { events: [{ kind: 'domain-expiring', domain, message }], forget: [] };
    case 'renewed':
      return {
        events: [{ kind: 'domain-renewed', domain, message }],
        forget: [topics.expiring(domain)],
      };
    case 'renewFailed':
      return { events: [{ kind: 'domain-renew-failed', domain, message }], forget: [] };
  }
}

/** Maps a core event (by name; unknown names mean nothing) to notification news. */
export function notificationsFromCore(event: { name: string; payload: unknown }): NotificationStep {
  switch (event.name) {
    case 'ip:changed':
      return fromIpChanged(event.payload);
    case 'sync:outcome':
      return fromOutcome(event.payload);
    case 'status:changed':
      return fromStatus(event.payload);
    case 'domains:reminder':
      return fromReminder(event.payload);
    case 'dns:drift': {
      const drift = Drift.safeParse(event.payload);
      if (!drift.success) return NOTHING;
      const { hostname: host, record, message } = drift.data;
      return { events: [{ kind: 'record-drifted', host, record, message }], forget: [] };
    }
    default:
      return NOTHING;
  }
}
