import { z } from '../validators/z.js';

/**
 * What the authoritative nameservers serve for one managed record, compared with the value
 * DNS Tray last applied. Values are written as status shows them: MX entries as
 * "10 mx.example.net", names without the trailing dot, TXT without quotes.
 */
export const NameserverAnswerSchema = z.object({
  /** "ns1.freedns.io (198.51.100.1:53)" or "127.0.0.1:5353". */
  server: z.string(),
  outcome: z.enum([
    'answer',
    'no-data',
    'nxdomain',
    'servfail',
    'refused',
    'lame',
    'timeout',
    'error',
  ]),
  /** The values of the asked name and type only (unrelated records are left out). */
  values: z.array(z.string()),
  /** In words: what was wrong, or what was left out ("2 unrelated records ignored"). */
  detail: z.string(),
});
export type NameserverAnswer = z.infer<typeof NameserverAnswerSchema>;

export const VerifyStateSchema = z.enum(['published', 'propagating', 'drifted', 'unknown']);
export type VerifyState = z.infer<typeof VerifyStateSchema>;

export const RecordVerificationSchema = z.object({
  state: VerifyStateSchema,
  /** One sentence for the Hosts window and the tray. */
  detail: z.string(),
  /** What DNS answers when drifted (or what the disagreeing nameservers say). */
  dnsSays: z.nullable(z.string()),
  /** Since when the record is drifted; null otherwise. */
  driftedSince: z.nullable(z.string()),
  /** When every nameserver last answered the applied value. */
  lastPublishedAt: z.nullable(z.string()),
  checkedAt: z.string(),
  /** A repair was accepted yet DNS still disagrees: something else writes the record. */
  needsAttention: z.boolean(),
  answers: z.array(NameserverAnswerSchema),
});
export type RecordVerification = z.infer<typeof RecordVerificationSchema>;

/** "published", "drifted (DNS says 198.51.100.7)": short enough for a tray tooltip line. */
export function describeVerification(verification: RecordVerification): string {
  if (verification.needsAttention) return 'needs attention: something else is writing it';
  if (verification.state === 'drifted' && verification.dnsSays)
    return `drifted (DNS says ${verification.dnsSays})`;
  return verification.state;
}

/** The `dns:drift` event: a repair was sent, or DNS Tray gave up because another writer wins. */
export const DriftEventSchema = z.object({
  at: z.string(),
  hostId: z.string(),
  hostname: z.string(),
  record: z.enum(['A', 'AAAA', 'CNAME', 'TXT', 'MX']),
  kind: z.enum(['repaired', 'attention']),
  message: z.string(),
});
export type DriftEvent = z.infer<typeof DriftEventSchema>;

/** Each nameserver's answers for one record at the latest check: the source doctor's table. */
export const RecordAnswersSchema = z.object({
  host: z.string(),
  record: z.enum(['A', 'AAAA', 'CNAME', 'TXT', 'MX']),
  answers: z.array(NameserverAnswerSchema),
});

/**
 * One line for the tray tooltip: the worst record first ("DNS: home A drifted (DNS says …)"),
 * "DNS: all published", or null while nothing was checked.
 */
export function summarizeVerifications(
  hosts: readonly {
    label: string;
    records: readonly { record: string; verification?: RecordVerification | undefined }[];
  }[],
): string | null {
  const checked = hosts.flatMap((host) =>
    host.records.flatMap((record) =>
      record.verification
        ? [{ name: `${host.label} ${record.record}`, v: record.verification }]
        : [],
    ),
  );
  if (checked.length === 0) return null;
  const rank = (v: RecordVerification) =>
    v.needsAttention ? 0 : ['drifted', 'unknown', 'propagating', 'published'].indexOf(v.state) + 1;
  const worst = [...checked].sort((a, b) => rank(a.v) - rank(b.v))[0]!;
  if (rank(worst.v) === 4) return 'DNS: all published';
  return `DNS: ${worst.name} ${describeVerification(worst.v)}`;
}
