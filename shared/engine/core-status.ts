import { z } from '../validators/z.js';
import { FamilySchema } from './engine-settings.js';
import { RouteCheckSchema } from './route-check.js';
import { RecordOutcomeSchema, RecordTypeSchema } from './record-outcome.js';
import { RecordAnswersSchema, RecordVerificationSchema } from './record-verification.js';

/** What one source answered in the latest check of its family (provenance). */
export const SourceAnswerStatusSchema = z.object({
  sourceId: z.string(),
  sourceName: z.string(),
  kind: z.enum(['echo', 'interface', 'router']),
  outcome: z.enum(['address', 'none', 'error']),
  /** The address, or what was wrong / missing, in words. */
  detail: z.string(),
  latencyMs: z.number(),
});

export const FamilyStatusSchema = z.object({
  family: FamilySchema,
  state: z.enum(['known', 'absent', 'unknown', 'not-checked']),
  address: z.nullable(z.string()),
  /** Why the address is absent or unknown; when known, a notice (the multi-WAN hold) or empty. */
  detail: z.string(),
  agreedBy: z.array(z.string()),
  answers: z.array(SourceAnswerStatusSchema),
  checkedAt: z.nullable(z.string()),
  /** Said plainly when the router itself sits behind another NAT. */
  doubleNat: z.nullable(z.string()),
  /** Set while a VPN tunnel holds the family's route: "VPN active (wg0): not publishing...". */
  vpn: z.optional(z.string()),
});

export const RecordStatusSchema = z.object({
  record: RecordTypeSchema,
  /** Last value freedns.io accepted (MX entries as "10 mx.example.net"). */
  applied: z.nullable(z.string()),
  outcome: z.nullable(RecordOutcomeSchema),
  lastUpdateAt: z.nullable(z.string()),
  /** What the nameservers serve; absent while not checked or checking is off. */
  verification: z.optional(RecordVerificationSchema),
});

export const HostStatusSchema = z.object({
  hostId: z.string(),
  label: z.string(),
  records: z.array(RecordStatusSchema),
  updatesLeftToday: z.number().check(z.int()),
  dailyLimit: z.number().check(z.int()),
  /** Set when a fatal rejection paused the host until its settings change. */
  pausedReason: z.nullable(z.string()),
});

/**
 * Everything the tray and the windows show about the engine, pushed as `status:changed` and
 * returned by `status:get`. `overall`: ok (all records up to date), working (a check or write
 * is running), attention (something deferred or unknown), error (a rejection or failure),
 * paused (the user paused updates).
 */
export const CoreStatusSchema = z.object({
  overall: z.enum(['ok', 'working', 'attention', 'error', 'paused']),
  summary: z.string(),
  families: z.array(FamilyStatusSchema),
  hosts: z.array(HostStatusSchema),
  nextCheckAt: z.nullable(z.string()),
  /** When a pause ends; null when not paused, or paused until resumed (overall says which). */
  pausedUntil: z.nullable(z.string()),
  requestsInLastHour: z.number().check(z.int()),
  hourlyRequestBudget: z.number().check(z.int()),
});
export type CoreStatus = z.infer<typeof CoreStatusSchema>;
export type FamilyStatus = z.infer<typeof FamilyStatusSchema>;
export type HostStatus = z.infer<typeof HostStatusSchema>;
export type SourceAnswerStatus = z.infer<typeof SourceAnswerStatusSchema>;

/** The `ip:checkSources` answer: every source side by side, the Settings "doctor". */
export const SourceCheckSchema = z.object({
  families: z.array(
    z.object({
      family: FamilySchema,
      state: z.enum(['known', 'absent', 'unknown']),
      address: z.nullable(z.string()),
      detail: z.string(),
      answers: z.array(z.extend(SourceAnswerStatusSchema, { agrees: z.boolean() })),
    }),
  ),
  /** What each authoritative nameserver answered for each applied record. */
  nameservers: z.optional(z.array(RecordAnswersSchema)),
  /** Each family's default route and where the sources ask from (the VPN picture). */
  routes: z.optional(z.array(RouteCheckSchema)),
});
export type SourceCheck = z.infer<typeof SourceCheckSchema>;
