import { z } from '../validators/z.js';
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
export const MonitoringUrlSchema = z.string('Enter the address.').check(
  z.trim(),
  z.maxLength(2000, 'At most 2000 characters.'),
  z.superRefine((value, ctx) => {
    const problem = checkSourceUrl(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
);

export const HeartbeatSchema = z.object({
  url: MonitoringUrlSchema,
  /** healthchecks: URL on success, URL/fail on failure; uptime-kuma: ?status=up|down&msg=. */
  style: z._default(z.enum(['healthchecks', 'uptime-kuma']), 'healthchecks'),
});
export type HeartbeatSettings = z.infer<typeof HeartbeatSchema>;

export const WebhookSchema = z.object({
  id: z
    .string('Give the webhook an id.')
    .check(z.regex(/^[a-z0-9][a-z0-9_-]{0,39}$/i, 'Use 1-40 letters, digits, "-" or "_".')),
  url: MonitoringUrlSchema,
  /** json: a signed JSON POST (README, "Webhooks"); ntfy: a plain-text POST to a topic URL. */
  format: z._default(z.enum(['json', 'ntfy']), 'json'),
  events: z._default(
    z
      .array(z.enum(WEBHOOK_EVENTS, 'Choose events from the list.'))
      .check(z.minLength(1, 'Choose at least one event.')),
    () => [...WEBHOOK_EVENTS],
  ),
});
export type WebhookSettings = z.infer<typeof WebhookSchema>;

export const MetricsSettingsSchema = z.object({
  /** Absolute path of a file (mode 0600) holding the token a Prometheus scraper sends. */
  tokenFile: z._default(
    z.nullable(
      z
        .string()
        .check(
          z.trim(),
          z.regex(/^(\/|[a-z]:\\)/i, 'Enter an absolute path, such as /etc/dnstray/metrics-token.'),
          z.maxLength(4096),
        ),
    ),
    null,
  ),
});

export const MonitoringSettingsSchema = z.object({
  heartbeat: z._default(z.nullable(HeartbeatSchema), null),
  webhooks: z._default(
    z.array(WebhookSchema).check(
      z.maxLength(20, 'At most 20 webhooks.'),
      z.superRefine((hooks, ctx) => uniqueIds(hooks, ctx, 'webhook')),
    ),
    [],
  ),
  metrics: z.prefault(MetricsSettingsSchema, {}),
});
export type MonitoringSettings = z.infer<typeof MonitoringSettingsSchema>;
