import { z } from 'zod';
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
  .regex(ID, 'Use 1-40 letters, digits, "-" or "_", starting with a letter or digit.');

const httpUrl = (fallback: string) =>
  z
    .string()
    .regex(/^https?:\/\/[^\s/?#@]+(\/\S*)?$/i, 'Enter a full http:// or https:// address.')
    .default(fallback);

export const FreednsAccountSchema = z.object({
  id: AccountIdSchema,
  username: z.string().trim().min(1, 'Enter the freedns.io user name.').max(100),
  tier: z.enum(['free', 'premium']).default('free'),
  endpoint: httpUrl('https://freedns.io/request'),
});
export type FreednsAccount = z.infer<typeof FreednsAccountSchema>;

export const FreenomAccountSchema = z.object({
  id: AccountIdSchema,
  email: z.email('Enter the e-mail address of the Freenom account.'),
  baseUrl: httpUrl('https://api.freenom.com/v2'),
  testMode: z.boolean().default(false),
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
  events: z
    .object(
      Object.fromEntries(
        NOTIFICATION_EVENTS.map((name) => [name, z.boolean().default(DEFAULT_NOTIFY[name])]),
      ) as {
        [K in NotificationEvent]: z.ZodDefault<z.ZodBoolean>;
      },
    )
    .default(() => ({ ...DEFAULT_NOTIFY })),
});

export const WindowBoundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200, 'A window is at least 200 pixels wide.').max(20_000),
  height: z.number().int().min(150, 'A window is at least 150 pixels high.').max(20_000),
});
export type WindowBounds = z.infer<typeof WindowBoundsSchema>;
export const WINDOW_KINDS = ['hosts', 'domains', 'settings', 'activity'] as const;

export const UiSchema = z.object({
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  windowBounds: z.partialRecord(z.enum(WINDOW_KINDS), WindowBoundsSchema).default({}),
});

export const SettingsSchema = z
  .object({
    version: z.literal(SETTINGS_VERSION).default(SETTINGS_VERSION),
    accounts: z
      .object({
        freedns: z
          .array(FreednsAccountSchema)
          .superRefine((a, ctx) => uniqueIds(a, ctx, 'account'))
          .default([]),
        freenom: z
          .array(FreenomAccountSchema)
          .superRefine((a, ctx) => uniqueIds(a, ctx, 'account'))
          .default([]),
      })
      .prefault({}),
    hosts: z
      .array(HostSchema)
      .superRefine((h, ctx) => uniqueIds(h, ctx, 'host'))
      .default([]),
    /** IP detection and schedule: owned by the follow-the-IP engine (shared/engine/). */
    engine: EngineSettingsSchema.prefault({}),
    notifications: NotificationsSchema.prefault({}),
    startup: z
      .object({ openAtLogin: z.boolean().default(false), startHidden: z.boolean().default(false) })
      .prefault({}),
    ui: UiSchema.prefault({}),
    /** Heartbeat, webhooks and the metrics token file (shared/settings/monitoring-settings.ts). */
    monitoring: MonitoringSettingsSchema.prefault({}),
  })
  .superRefine((settings, ctx) => {
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
  });
export type Settings = z.output<typeof SettingsSchema>;
export type SettingsInput = z.input<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** A field-level problem, ready to show beside the field it names ("schedule.pollSeconds"). */
export interface FieldError {
  field: string;
  message: string;
}

export function toFieldErrors(error: z.ZodError, prefix = ''): FieldError[] {
  return error.issues.map((issue) => {
    const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    return { field, message: field ? `${field}: ${issue.message}` : issue.message };
  });
}
