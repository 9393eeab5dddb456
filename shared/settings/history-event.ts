import { z } from 'zod';

/**
 * One line of the activity history. The UI's log and charts read these; the core appends them.
 * A closed union: every consumer switches over `kind` exhaustively. No field ever holds a secret.
 */
const base = { id: z.number().int().nonnegative(), at: z.string() };
const text = z.string().max(2_000);

export const AddressChangedEventSchema = z.object({
  ...base,
  kind: z.literal('address-changed'),
  family: z.enum(['ipv4', 'ipv6']),
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** The sources that agreed on `to` (their ids), so the log can show the provenance. */
  sources: z.array(z.string()).max(50),
  /** Sources that answered another address in the same check (absent in older histories). */
  disagreed: z
    .array(z.object({ source: z.string(), address: z.string() }))
    .max(50)
    .optional(),
});

export const UpdateOutcomeEventSchema = z.object({
  ...base,
  kind: z.literal('update-outcome'),
  accountId: z.string(),
  hostId: z.string(),
  hostname: z.string(),
  recordType: z.enum(['A', 'AAAA', 'CNAME', 'TXT', 'MX']),
  outcome: z.enum(['updated', 'unchanged', 'deferred', 'rejected', 'failed']),
  value: z.string().nullable(),
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
