import { z } from 'zod';
import { checkHostLabel, MAX_MX_RECORDS } from '../../../shared/validators/dns.js';

/**
 * The freedns.io emulator's seed: accounts with their hosts and records, plus the knobs for
 * everything the spec marks as inferred (message texts, quoted TXT handling, reason phrase).
 * Documented in README.md beside this file.
 */
const MxSeedSchema = z.object({
  target: z.string().min(1, 'MX target: enter a host name'),
  preference: z.number().int().min(0).max(65535).default(10),
});

const HostSeedSchema = z.object({
  label: z.string().superRefine((value, ctx) => {
    const problem = checkHostLabel(value);
    if (problem) ctx.addIssue({ code: 'custom', message: `host label: ${problem}` });
  }),
  A: z.string().optional(),
  AAAA: z.string().optional(),
  CNAME: z.string().optional(),
  /** Stored as given, without the quotes the service adds when it shows the record. */
  TXT: z.string().optional(),
  MX: z.array(MxSeedSchema).max(MAX_MX_RECORDS).default([]),
});

const AccountSeedSchema = z.object({
  username: z.string().min(1, 'username: enter a user name'),
  password: z.string().min(1, 'password: enter a password'),
  tier: z.enum(['free', 'premium']),
  hosts: z.array(HostSeedSchema).default([]),
});

/** Every answer the emulator can give; `{name}` placeholders are filled in per request. */
export const MESSAGE_KEYS = [
  'updated',
  'unchanged',
  'deleted',
  'missingParameter',
  'badCredentials',
  'unknownHost',
  'badType',
  'premiumRequired',
  'missingValue',
  'malformedValue',
  'mxLimit',
  'mxNotFound',
  'quotaUsed',
  'rateLimited',
] as const;
export type MessageKey = (typeof MESSAGE_KEYS)[number];

/** Placeholder texts, settable: the real ones are not public (docs/freedns-io.md#answers-and-errors). */
export const DEFAULT_MESSAGES: Record<MessageKey, string> = {
  updated: 'Updated the {record} record of {host}.',
  unchanged: 'No change: the {record} record of {host} already holds that value.',
  deleted: 'Deleted the {record} record of {host}.',
  missingParameter: 'Missing parameter: {name}.',
  badCredentials: 'Invalid username or password.',
  unknownHost: 'Host {host} not found in your account.',
  badType: 'Invalid record type: {record}. Use A, AAAA, CNAME, TXT or MX.',
  premiumRequired: '{record} records are only available for Premium accounts.',
  missingValue: 'A value is required for {record} records.',
  malformedValue: 'Invalid value for the {record} record: {value}.',
  mxLimit: 'MX limit reached: a host can have at most {max} MX records.',
  mxNotFound: 'MX record {target} not found on {host}.',
  quotaUsed: 'Daily update quota used: {host} may be updated {limit} times per day.',
  rateLimited: 'Too many requests from your IP address: at most {limit} requests per hour.',
};

export const FreednsSeedSchema = z.object({
  accounts: z.array(AccountSeedSchema),
  messages: z.partialRecord(z.enum(MESSAGE_KEYS), z.string().min(1)).default({}),
  limits: z
    .object({
      requestsPerHour: z.number().int().min(1).default(60),
      dailyUpdates: z
        .object({
          free: z.number().int().min(0).default(2),
          premium: z.number().int().min(0).default(15),
        })
        .default({ free: 2, premium: 15 }),
    })
    .default({ requestsPerHour: 60, dailyUpdates: { free: 2, premium: 15 } }),
  /** A TXT value that already holds double quotes: stored literally (doubled quotes) or refused. */
  quotedTxt: z.enum(['store', 'reject']).default('store'),
  /**
   * A request header (e.g. "x-forwarded-for") whose first address stands in for the socket's
   * remote address, so tests can play callers from other addresses or over IPv6. Off by default.
   */
  clientAddressHeader: z.string().min(1).toLowerCase().optional(),
  /** Also send the message as the HTTP reason phrase (spec: the message may travel there). */
  messageInReasonPhrase: z.boolean().default(false),
});
export type FreednsSeed = z.infer<typeof FreednsSeedSchema>;
export type AccountSeed = z.infer<typeof AccountSeedSchema>;
export type HostSeed = z.infer<typeof HostSeedSchema>;

export const DEFAULT_FREEDNS_SEED = {
  accounts: [
    { username: 'demo', password: 'demo', tier: 'free', hosts: [{ label: 'home' }] },
    {
      username: 'pro',
      password: 'pro',
      tier: 'premium',
      hosts: [{ label: 'home' }, { label: 'mail' }],
    },
  ],
} as const;

/** Parses a seed (the default when none is given); a bad seed fails naming the field. */
export function parseFreednsSeed(seed: unknown): FreednsSeed {
  const parsed = FreednsSeedSchema.safeParse(seed ?? DEFAULT_FREEDNS_SEED);
  if (!parsed.success) throw new Error(`freedns seed: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export function renderMessage(
  seed: FreednsSeed,
  key: MessageKey,
  vars: Record<string, string | number>,
): string {
  const template = seed.messages[key] ?? DEFAULT_MESSAGES[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}
