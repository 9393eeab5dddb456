import { z } from '../validators/z.js';
import { checkEmail, checkForwardUrl, checkNameservers } from '../validators/domain.js';
import { checked, glueHostCheck } from '../validators/zod.js';
import {
  ContactIdSchema,
  DomainNameSchema,
  DomainSummarySchema,
  DomainTypeSchema,
  HostnameSchema,
  IpAddressSchema,
  PeriodSchema,
  PriceSchema,
  refinePeriod,
} from './domain-schemas.js';

/**
 * The requests and answers of the Freenom channels (domain-channels.ts). Requests are checked
 * with the shared validators, so a bad value is refused at the boundary with the field named
 * and nothing reaches Freenom; the window checks its forms with these same schemas.
 */
const ForwardUrlSchema = z.pipe(z.string().check(z.trim()), checked(checkForwardUrl));
const ForwardModeSchema = z.enum(['cloak', '301_redirect'], 'Choose cloak or 301_redirect.');

const ContactIds = {
  ownerId: z.optional(ContactIdSchema),
  adminId: z.optional(ContactIdSchema),
  techId: z.optional(ContactIdSchema),
  billingId: z.optional(ContactIdSchema),
};

/** Nameservers or a forward URL, never both; nameservers pass checkNameservers. */
function refineTarget(
  value: { domain: string; nameservers?: string[] | undefined; forwardUrl?: string | undefined },
  ctx: z.core.$RefinementCtx,
  required: boolean,
): void {
  const hasNs = value.nameservers !== undefined && value.nameservers.length > 0;
  if (hasNs && value.forwardUrl !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['forwardUrl'],
      message: 'Give nameservers or a forward URL, not both.',
    });
    return;
  }
  if (!hasNs && value.forwardUrl === undefined) {
    if (required)
      ctx.addIssue({
        code: 'custom',
        path: ['nameservers'],
        message: 'Give at least 2 nameservers or a forward URL.',
      });
    return;
  }
  if (!hasNs) return;
  // Glue is checked by Freenom itself: here only the shape (count, names, repeats).
  const outside = value.nameservers!.map((h) => (h.endsWith('.') ? h.slice(0, -1) : h));
  const problem = checkNameservers(outside, value.domain, outside);
  if (problem) ctx.addIssue({ code: 'custom', path: ['nameservers'], message: problem });
}

function refineOwner(
  value: { idShield: boolean; ownerId?: string | undefined },
  ctx: z.core.$RefinementCtx,
): void {
  if (!value.idShield && !value.ownerId)
    ctx.addIssue({
      code: 'custom',
      path: ['ownerId'],
      message: 'Choose an owner contact, or turn on ID Shield.',
    });
}

export const FreenomConnectRequestSchema = z.object({
  email: z.pipe(z.string().check(z.trim()), checked(checkEmail)),
  /** Absent: keep the password already stored. */
  password: z.optional(z.string().check(z.minLength(1, 'Enter the password.'), z.maxLength(200))),
  baseUrl: z
    .string()
    .check(
      z.trim(),
      z.regex(/^https?:\/\/[^\s/?#]+(\/\S*)?$/i, 'Enter a full http:// or https:// address.'),
    ),
  testMode: z.boolean(),
  /** Asked of the user only when the password cannot be stored encrypted. */
  whenUnencrypted: z.optional(z.enum(['keep-for-this-run', 'do-not-store'])),
});
export type FreenomConnectRequest = z.input<typeof FreenomConnectRequestSchema>;

export const FreenomStatusSchema = z.object({
  connected: z.boolean(),
  email: z.string(),
  baseUrl: z.string(),
  testMode: z.boolean(),
  passwordSet: z.boolean(),
  /** Where the password is kept (never the password): encrypted, this-run, environment... */
  passwordStorage: z.string(),
});
export type FreenomStatus = z.infer<typeof FreenomStatusSchema>;

export const FreenomConnectResultSchema = z.extend(FreenomStatusSchema, {
  /** What happened to a given password; "choice-needed" asks the user how to keep it. */
  secret: z.nullable(
    z.object({
      outcome: z.enum(['stored', 'kept-for-this-run', 'not-stored', 'choice-needed']),
      message: z.string(),
    }),
  ),
});
export type FreenomConnectResult = z.infer<typeof FreenomConnectResultSchema>;

export const ProbeResultSchema = z.object({
  reachable: z.boolean(),
  canUseApi: z.boolean(),
  /** One plain sentence: what works, or why the account cannot use the API. */
  message: z.string(),
});
export type ProbeResult = z.infer<typeof ProbeResultSchema>;

export const SearchRequestSchema = z.object({
  names: z
    .array(DomainNameSchema)
    .check(z.minLength(1, 'Enter at least one name.'), z.maxLength(25)),
  type: DomainTypeSchema,
});
export const SearchResultSchema = z.object({
  domain: z.string(),
  type: DomainTypeSchema,
  available: z.boolean(),
  prices: z.array(PriceSchema),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;

export const RegisterRequestSchema = z
  .object({
    domain: DomainNameSchema,
    type: DomainTypeSchema,
    period: PeriodSchema,
    nameservers: z.optional(
      z.array(HostnameSchema).check(z.maxLength(5, 'At most 5 nameservers.')),
    ),
    forwardUrl: z.optional(ForwardUrlSchema),
    forwardMode: z.optional(ForwardModeSchema),
    idShield: z.boolean(),
    autoRenew: z.optional(z.boolean()),
    ...ContactIds,
  })
  .check(
    z.superRefine((value, ctx) => {
      refinePeriod(value, ctx);
      refineTarget(value, ctx, true);
      refineOwner(value, ctx);
    }),
  );
export type RegisterRequest = z.input<typeof RegisterRequestSchema>;

export const OrderResultSchema = z.object({
  domain: z.string(),
  type: DomainTypeSchema,
  status: z.string(),
  period: z.string(),
  expirationDate: z.nullable(z.string()),
  currency: z.string(),
  retailPrice: z.string(),
});
export type OrderResult = z.infer<typeof OrderResultSchema>;

export const RenewRequestSchema = z
  .object({ domain: DomainNameSchema, type: DomainTypeSchema, period: PeriodSchema })
  .check(z.superRefine(refinePeriod));

export const ListRequestSchema = z.object({
  page: z._default(z.number().check(z.int(), z.gte(1, 'Pages start at 1.')), 1),
  pageSize: z._default(
    z.number().check(z.int(), z.gte(1), z.lte(1000, 'At most 1000 domains per page.')),
    100,
  ),
  /** Re-read every page from Freenom instead of the cached list. */
  refresh: z._default(z.boolean(), false),
});
export const DomainPageSchema = z.object({
  total: z.number().check(z.int()),
  page: z.number().check(z.int()),
  pageSize: z.number().check(z.int()),
  domains: z.array(DomainSummarySchema),
  /** When the cached list was last read from Freenom (ISO), null if never. */
  fetchedAt: z.nullable(z.string()),
});
export type DomainPage = z.infer<typeof DomainPageSchema>;

export const ModifyRequestSchema = z
  .object({
    domain: DomainNameSchema,
    nameservers: z.optional(
      z.array(HostnameSchema).check(z.maxLength(5, 'At most 5 nameservers.')),
    ),
    forwardUrl: z.optional(ForwardUrlSchema),
    forwardMode: z.optional(ForwardModeSchema),
    idShield: z.optional(z.boolean()),
    /** Freenom's own auto-renew of a paid domain (free ones are renewed by DNS Tray). */
    autoRenew: z.optional(z.boolean()),
    ...ContactIds,
  })
  .check(z.superRefine((value, ctx) => refineTarget(value, ctx, false)));
export type ModifyRequest = z.input<typeof ModifyRequestSchema>;

export const UpgradeRequestSchema = z
  .object({
    domain: DomainNameSchema,
    period: PeriodSchema,
    idShield: z.boolean(),
    ...ContactIds,
  })
  .check(
    z.superRefine((value, ctx) => {
      refinePeriod({ type: 'PAID', period: value.period }, ctx);
      refineOwner(value, ctx);
    }),
  );
export type UpgradeRequest = z.input<typeof UpgradeRequestSchema>;

export const AutoRenewRequestSchema = z.object({ domain: DomainNameSchema, enabled: z.boolean() });

export const GlueRequestSchema = z
  .object({ domain: DomainNameSchema, hostname: HostnameSchema, ipAddress: IpAddressSchema })
  .check(glueHostCheck((value) => value.domain));
export type GlueRequest = z.input<typeof GlueRequestSchema>;

export const TransferRequestSchema = z.object({
  domain: DomainNameSchema,
  authCode: z
    .string()
    .check(z.trim(), z.minLength(1, 'Enter the authorization code.'), z.maxLength(100)),
  period: z._default(PeriodSchema, '1Y'),
  ownerId: ContactIdSchema,
});
export type TransferRequestInput = z.input<typeof TransferRequestSchema>;

export const TransferPriceSchema = z.object({
  domain: z.string(),
  type: z.string(),
  period: z.string(),
  currency: z.string(),
  retailPrice: z.string(),
  partnerPrice: z.string(),
});
export type TransferPrice = z.infer<typeof TransferPriceSchema>;
