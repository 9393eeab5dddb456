import { z } from '../validators/z.js';

/**
 * One line of the activity history. The UI's log and charts read these; the core appends them.
 * A closed union: every consumer switches over `kind` exhaustively. No field ever holds a secret.
 */
const base = { id: z.number().check(z.int(), z.nonnegative()), at: z.string() };
const text = z.string().check(z.maxLength(2_000));

export const AddressChangedEventSchema = z.object({
  ...base,
  kind: z.literal('address-changed'),
  family: z.enum(['ipv4', 'ipv6']),
  from: z.nullable(z.string()),
  to: z.nullable(z.string()),
  /** The sources that agreed on `to` (their ids), so the log can show the provenance. */
  sources: z.array(z.string()).check(z.maxLength(50)),
  /** Sources that answered another address in the same check (absent in older histories). */
  disagreed: z.optional(
    z.array(z.object({ source: z.string(), address: z.string() })).check(z.maxLength(50)),
  ),
});

export const UpdateOutcomeEventSchema = z.object({
  ...base,
  kind: z.literal('update-outcome'),
  accountId: z.string(),
  hostId: z.string(),
  hostname: z.string(),
  recordType: z.enum(['A', 'AAAA', 'CNAME', 'TXT', 'MX']),
  outcome: z.enum(['updated', 'unchanged', 'deferred', 'rejected', 'failed']),
  value: z.nullable(z.string()),
  message: text,
});

export const DomainActionEventSchema = z.object({
  ...base,
  kind: z.literal('domain-action'),
  accountId: z.string(),
  domain: z.string(),
  action: z.enum([
    'register',
    'renew',
    'auto-renew',
    'delete',
    'restore',
    'upgrade',
    'modify',
    'nameservers',
    'forward',
    'glue',
    'contacts',
    'transfer',
  ]),
  outcome: z.enum(['succeeded', 'failed', 'skipped']),
  message: text,
});

export const NoticeEventSchema = z.object({
  ...base,
  kind: z.literal('notice'),
  level: z.enum(['info', 'warning', 'error']),
  message: text,
});

export const HistoryEventSchema = z.discriminatedUnion('kind', [
  AddressChangedEventSchema,
  UpdateOutcomeEventSchema,
  DomainActionEventSchema,
  NoticeEventSchema,
]);
export type HistoryEvent = z.output<typeof HistoryEventSchema>;
export type HistoryEventKind = HistoryEvent['kind'];
/** What a producer hands to the history: the store assigns `id` and `at`. */
export type NewHistoryEvent = HistoryEvent extends infer E
  ? E extends HistoryEvent
    ? Omit<E, 'id' | 'at'>
    : never
  : never;

export const HISTORY_LIMIT = 5_000;
