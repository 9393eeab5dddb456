import { z } from '../validators/z.js';
import { EngineSettingsSchema } from '../engine/engine-settings.js';
import { HostSchema } from '../records/desired-records.js';
import { MonitoringSettingsSchema } from './monitoring-settings.js';
import { checkAddressFrom } from '../records/check-address-from.js';
import { uniqueIds } from '../validators/zod.js';

/**
 * The settings file's current shape (version 2): one module owns its type, schema and defaults.
 * Every field has a default, so an empty object parses into a complete, working configuration.
 * Secrets are not here: they live in the SecretStore and never touch this file.
 */
export const SETTINGS_VERSION = 2;

const ID = /^[a-z0-9][a-z0-9_-]{0,39}$/i;
export const AccountIdSchema = z
  .string()
  .check(z.regex(ID, 'Use 1-40 letters, digits, "-" or "_", starting with a letter or digit.'));

const httpUrl = (fallback: string) =>
  z._default(
    z
      .string()
      .check(
        z.regex(/^https?:\/\/[^\s/?#@]+(\/\S*)?$/i, 'Enter a full http:// or https:// address.'),
      ),
    fallback,
  );

export const FreednsAccountSchema = z.object({
  id: AccountIdSchema,
  username: z
    .string()
    .check(z.trim(), z.minLength(1, 'Enter the freedns.io user name.'), z.maxLength(100)),
  tier: z._default(z.enum(['free', 'premium']), 'free'),
  endpoint: httpUrl('https://freedns.io/request'),
});
export type FreednsAccount = z.infer<typeof FreednsAccountSchema>;

export const FreenomAccountSchema = z.object({
  id: AccountIdSchema,
  email: z.email('Enter the e-mail address of the Freenom account.'),
  baseUrl: httpUrl('https://api.freenom.com/v2'),
  testMode: z._default(z.boolean(), false),
});
export type FreenomAccount = z.infer<typeof FreenomAccountSchema>;

export const NOTIFICATION_EVENTS = [
  'addressChanged',
  'updateSucceeded',
  'updateDeferred',
  'updateRejected',
  'updateFailed',
  'domainExpiring',
  'domainRenewed',
  'domainActionFailed',
  'recordDrifted',
] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];
const DEFAULT_NOTIFY: Record<NotificationEvent, boolean> = {
  addressChanged: true,
  updateSucceeded: false,
  updateDeferred: false,
  updateRejected: true,
  updateFailed: true,
  domainExpiring: true,
  domainRenewed: true,
  domainActionFailed: true,
  recordDrifted: true,
};
export const NotificationsSchema = z.object({
  events: z._default(
    z.object(
      Object.fromEntries(
        NOTIFICATION_EVENTS.map((name) => [name, z._default(z.boolean(), DEFAULT_NOTIFY[name])]),
      ) as {
        [K in NotificationEvent]: z.ZodMiniDefault<z.ZodMiniBoolean>;
      },
    ),
    () => ({ ...DEFAULT_NOTIFY }),
  ),
});

export const WindowBoundsSchema = z.object({
  x: z.number().check(z.int()),
  y: z.number().check(z.int()),
  width: z
    .number()
    .check(z.int(), z.gte(200, 'A window is at least 200 pixels wide.'), z.lte(20_000)),
  height: z
    .number()
    .check(z.int(), z.gte(150, 'A window is at least 150 pixels high.'), z.lte(20_000)),
});
export type WindowBounds = z.infer<typeof WindowBoundsSchema>;
export const WINDOW_KINDS = ['hosts', 'domains', 'settings', 'activity'] as const;

export const UiSchema = z.object({
  theme: z._default(z.enum(['system', 'light', 'dark']), 'system'),
  windowBounds: z._default(z.partialRecord(z.enum(WINDOW_KINDS), WindowBoundsSchema), {}),
});

export const SettingsSchema = z
  .object({
    version: z._default(z.literal(SETTINGS_VERSION), SETTINGS_VERSION),
    accounts: z.prefault(
      z.object({
        freedns: z._default(
          z
            .array(FreednsAccountSchema)
            .check(z.superRefine((a, ctx) => uniqueIds(a, ctx, 'account'))),
          [],
        ),
        freenom: z._default(
          z
            .array(FreenomAccountSchema)
            .check(z.superRefine((a, ctx) => uniqueIds(a, ctx, 'account'))),
          [],
        ),
      }),
      {},
    ),
    hosts: z._default(
      z.array(HostSchema).check(z.superRefine((h, ctx) => uniqueIds(h, ctx, 'host'))),
      [],
    ),
    /** IP detection and schedule: owned by the follow-the-IP engine (shared/engine/). */
    engine: z.prefault(EngineSettingsSchema, {}),
    notifications: z.prefault(NotificationsSchema, {}),
    startup: z.prefault(
      z.object({
        openAtLogin: z._default(z.boolean(), false),
        startHidden: z._default(z.boolean(), false),
      }),
      {},
    ),
    ui: z.prefault(UiSchema, {}),
    /** Heartbeat, webhooks and the metrics token file (shared/settings/monitoring-settings.ts). */
    monitoring: z.prefault(MonitoringSettingsSchema, {}),
  })
  .check(
    z.superRefine((settings, ctx) => {
      const accounts = new Set(settings.accounts.freedns.map((account) => account.id));
      settings.hosts.forEach((host, index) => {
        if (!accounts.has(host.accountId))
          ctx.addIssue({
            code: 'custom',
            path: ['hosts', index, 'accountId'],
            message: `No freedns.io account has the id "${host.accountId}".`,
          });
      });
      checkAddressFrom(settings, ctx);
    }),
  );
export type Settings = z.output<typeof SettingsSchema>;
export type SettingsInput = z.input<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** A field-level problem, ready to show beside the field it names ("schedule.pollSeconds"). */
export interface FieldError {
  field: string;
  message: string;
}

export function toFieldErrors(error: z.core.$ZodError, prefix = ''): FieldError[] {
  return error.issues.map((issue) => {
    const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    return { field, message: field ? `${field}: ${issue.message}` : issue.message };
  });
}
