import { z } from 'zod';
import { checkSourceUrl } from '../engine/engine-settings.js';
import { uniqueIds } from '../validators/zod.js';

/**
 * Watching DNS Tray from elsewhere: a heartbeat after each check, webhooks for the
 * events desktop notifications tell, and the file holding the /metrics token. No secret lives
 * here: a webhook's signing secret comes from the environment or the secrets file.
 */

/** The events a webhook can carry: the same list desktop notifications choose from. */
export const WEBHOOK_EVENTS = [
  'address-changed',
  'update-rejected',
  'update-failed',
  'quota-used-up',
  'domain-expiring',
  'domain-renewed',
  'domain-renew-failed',
  'record-drifted',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** https anywhere, plain http only to this machine (a local receiver, a test). */
export const MonitoringUrlSchema = z
  .string('Enter the address.')
  .trim()
  .max(2000, 'At most 2000 characters.')
  .superRefine((value, ctx) => {
    const problem = checkSourceUrl(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const HeartbeatSchema = z.object({
  url: MonitoringUrlSchema,
  /** healthchecks: URL on success, URL/fail on failure; uptime-kuma: ?status=up|down&msg=. */
  style: z.enum(['healthchecks', 'uptime-kuma']).default('healthchecks'),
});
export type HeartbeatSettings = z.infer<typeof HeartbeatSchema>;

export const WebhookSchema = z.object({
  id: z
    .string('Give the webhook an id.')
    .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/i, 'Use 1-40 letters, digits, "-" or "_".'),
  url: MonitoringUrlSchema,
  /** json: a signed JSON POST (README, "Webhooks"); ntfy: a plain-text POST to a topic URL. */
  format: z.enum(['json', 'ntfy']).default('json'),
  events: z
    .array(z.enum(WEBHOOK_EVENTS, 'Choose events from the list.'))
    .min(1, 'Choose at least one event.')
    .default(() => [...WEBHOOK_EVENTS]),
});
export type WebhookSettings = z.infer<typeof WebhookSchema>;

export const MetricsSettingsSchema = z.object({
  /** Absolute path of a file (mode 0600) holding the token a Prometheus scraper sends. */
  tokenFile: z
    .string()
    .trim()
    .regex(/^(\/|[a-z]:\\)/i, 'Enter an absolute path, such as /etc/dnstray/metrics-token.')
    .max(4096)
    .nullable()
    .default(null),
});

export const MonitoringSettingsSchema = z.object({
  heartbeat: HeartbeatSchema.nullable().default(null),
  webhooks: z
    .array(WebhookSchema)
    .max(20, 'At most 20 webhooks.')
    .superRefine((hooks, ctx) => uniqueIds(hooks, ctx, 'webhook'))
    .default([]),
  metrics: MetricsSettingsSchema.prefault({}),
});
export type MonitoringSettings = z.infer<typeof MonitoringSettingsSchema>;
