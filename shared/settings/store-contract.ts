import { z } from '../validators/z.js';
import { HistoryEventSchema } from './history-event.js';
import { SettingsSchema } from './settings-schema.js';

/**
 * Request and response schemas of the settings, secrets, history and notices channels.
 * channels.ts lists them; they live here beside the settings they describe.
 */
export const FieldErrorSchema = z.object({ field: z.string(), message: z.string() });

/** A validated change answers with the new settings or with every field that is wrong. */
export const SettingsChangeResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), settings: SettingsSchema }),
  z.object({ ok: z.literal(false), errors: z.array(FieldErrorSchema).check(z.minLength(1)) }),
]);
export type SettingsChangeResult = z.output<typeof SettingsChangeResultSchema>;

/** A deep partial: objects merge, arrays and values replace. Validated after merging. */
export const SettingsUpdateRequestSchema = z.object({
  patch: z.record(z.string(), z.unknown()),
});

export const SettingsExportSchema = z.object({ fileName: z.string(), json: z.string() });

export const SettingsImportRequestSchema = z.object({
  json: z.string().check(z.maxLength(2_000_000, 'The file is too large to be a settings export.')),
});
export const SettingsImportResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    settings: SettingsSchema,
    /** The settings version the file was written in (migrated when older). */
    fromVersion: z.number().check(z.int()),
  }),
  z.object({ ok: z.literal(false), errors: z.array(FieldErrorSchema).check(z.minLength(1)) }),
]);

export const SecretServiceSchema = z.enum(['freedns', 'freenom']);
export type SecretService = z.infer<typeof SecretServiceSchema>;
export const SecretRefSchema = z.object({
  service: SecretServiceSchema,
  accountId: z.string().check(z.minLength(1, 'Choose an account.'), z.maxLength(40)),
});
export type SecretRef = z.infer<typeof SecretRefSchema>;

/** Where a secret is kept; never the secret itself. */
export const SecretStorageSchema = z.enum([
  'encrypted',
  'this-run',
  'environment',
  'secrets-file',
  'none',
]);
export type SecretStorage = z.infer<typeof SecretStorageSchema>;

export const SecretsStatusSchema = z.object({
  /** "unavailable": the OS offers no encryption, so a secret can only be kept for this run. */
  encryption: z.enum(['available', 'unavailable', 'not-applicable']),
  accounts: z.array(z.extend(SecretRefSchema, { set: z.boolean(), storage: SecretStorageSchema })),
});
export type SecretsStatus = z.output<typeof SecretsStatusSchema>;

export const UnencryptedChoiceSchema = z.enum(['keep-for-this-run', 'do-not-store']);
export type UnencryptedChoice = z.infer<typeof UnencryptedChoiceSchema>;

export const SecretSetRequestSchema = z.extend(SecretRefSchema, {
  secret: z
    .string()
    .check(
      z.minLength(1, 'Enter the password.'),
      z.maxLength(1_024, 'A password has at most 1024 characters.'),
    ),
  /** Asked of the user only when the OS offers no encryption; never a silent plaintext file. */
  whenUnencrypted: z.optional(UnencryptedChoiceSchema),
});

export const SecretSetResultSchema = z.object({
  outcome: z.enum(['stored', 'kept-for-this-run', 'not-stored', 'choice-needed']),
  storage: SecretStorageSchema,
  message: z.string(),
});
export type SecretSetResult = z.output<typeof SecretSetResultSchema>;

export const HistoryListRequestSchema = z.prefault(
  z.object({
    kinds: z.optional(
      z.array(z.enum(['address-changed', 'update-outcome', 'domain-action', 'notice'])),
    ),
    hostId: z.optional(z.string()),
    domain: z.optional(z.string()),
    /** ISO times; `since` inclusive, `until` exclusive. */
    since: z.optional(z.iso.datetime({ offset: true })),
    until: z.optional(z.iso.datetime({ offset: true })),
    text: z.optional(z.string().check(z.maxLength(200))),
    offset: z._default(z.number().check(z.int(), z.gte(0)), 0),
    limit: z._default(
      z.number().check(z.int(), z.gte(1), z.lte(1_000, 'Ask for at most 1000 events at a time.')),
      100,
    ),
  }),
  {},
);
export type HistoryListRequest = z.output<typeof HistoryListRequestSchema>;

export const HistoryPageSchema = z.object({
  /** Newest first. */
  events: z.array(HistoryEventSchema),
  total: z.number().check(z.int()),
});
export type HistoryPage = z.output<typeof HistoryPageSchema>;

export const StartupNoticeSchema = z.object({
  id: z.string(),
  level: z.enum(['info', 'warning', 'error']),
  /** Which file the notice is about, e.g. "config.json". */
  file: z.string(),
  message: z.string(),
  /** Where an unreadable file was moved, so nothing is lost silently. */
  movedTo: z.optional(z.string()),
  at: z.string(),
});
export type StartupNotice = z.output<typeof StartupNoticeSchema>;
export const AppNoticesSchema = z.object({ notices: z.array(StartupNoticeSchema) });
