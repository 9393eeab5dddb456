import { z } from 'zod';
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
  address: z.string().nullable(),
  /** Why the address is absent or unknown; when known, a notice (the multi-WAN hold) or empty. */
  detail: z.string(),
  agreedBy: z.array(z.string()),
  answers: z.array(SourceAnswerStatusSchema),
  checkedAt: z.string().nullable(),
  /** Said plainly when the router itself sits behind another NAT. */
  doubleNat: z.string().nullable(),
  /** Set while a VPN tunnel holds the family's route: "VPN active (wg0): not publishing...". */
  vpn: z.string().optional(),
});

export const RecordStatusSchema = z.object({
  record: RecordTypeSchema,
  /** Last value freedns.io accepted (MX entries as "10 mx.example.net"). */
  applied: z.string().nullable(),
  outcome: RecordOutcomeSchema.nullable(),
  lastUpdateAt: z.string().nullable(),
  /** What the nameservers serve; absent while not checked or checking is off. */
  verification: RecordVerificationSchema.optional(),
});

export const HostStatusSchema = z.object({
  hostId: z.string(),
  label: z.string(),
  records: z.array(RecordStatusSchema),
  updatesLeftToday: z.number().int(),
  dailyLimit: z.number().int(),
  /** Set when a fatal rejection paused the host until its settings change. */
  pausedReason: z.string().nullable(),
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
  nextCheckAt: z.string().nullable(),
  /** When a pause ends; null when not paused, or paused until resumed (overall says which). */
  pausedUntil: z.string().nullable(),
  requestsInLastHour: z.number().int(),
  hourlyRequestBudget: z.number().int(),
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
      address: z.string().nullable(),
      detail: z.string(),
      answers: z.array(SourceAnswerStatusSchema.extend({ agrees: z.boolean() })),
    }),
  ),
  /** What each authoritative nameserver answered for each applied record. */
  nameservers: z.array(RecordAnswersSchema).optional(),
  /** Each family's default route and where the sources ask from (the VPN picture). */
  routes: z.array(RouteCheckSchema).optional(),
});
export type SourceCheck = z.infer<typeof SourceCheckSchema>;
