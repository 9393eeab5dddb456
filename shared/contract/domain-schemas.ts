import { z } from '../validators/z.js';
import { checkHostname, checkIPv4, checkIPv6 } from '../validators/dns.js';
import {
  checkCountryCode,
  checkDomainName,
  checkEmail,
  checkPeriod,
  checkPhone,
  checkStateCode,
} from '../validators/domain.js';
import { checked } from '../validators/zod.js';

/**
 * What the Domains window and the core exchange about Freenom: the shapes the core answers
 * with (dates as ISO YYYY-MM-DD, never Freenom's YYYYMMDD) and the building blocks of the
 * request schemas in domain-channels.ts.
 */
export const DomainTypeSchema = z.enum(['FREE', 'PAID'], 'Choose FREE or PAID.');
export type DomainTypeValue = z.infer<typeof DomainTypeSchema>;

/** A domain name with its ending, trimmed and lower-cased. */
export const DomainNameSchema = z.pipe(
  z.string('Enter a domain name.').check(z.trim(), z.toLowerCase()),
  checked(checkDomainName),
);

export const HostnameSchema = z.pipe(
  z.string('Enter a host name.').check(z.trim()),
  checked(checkHostname),
);

export const IpAddressSchema = z.string('Enter an IP address.').check(
  z.trim(),
  z.refine((value) => !checkIPv4(value) || !checkIPv6(value), {
    message: 'Enter the address as IPv4 (203.0.113.7) or IPv6 (2001:db8::1).',
  }),
);

export const ContactIdSchema = z
  .string('Choose a contact.')
  .check(
    z.trim(),
    z.minLength(1, 'Choose a contact.'),
    z.regex(/^[A-Za-z0-9_-]{1,40}$/, 'A contact id has 1-40 letters, digits, "-" or "_".'),
  );

export const PeriodSchema = z
  .string('Choose a period.')
  .check(z.trim(), z.toUpperCase(), z.regex(/^\d{1,2}[MY]$/, 'Choose a period such as 3M or 1Y.'));

/** Adds "this period does not fit this type" to the `period` field of an object schema. */
export function refinePeriod(
  value: { type: DomainTypeValue; period?: string | undefined },
  ctx: z.core.$RefinementCtx,
): void {
  if (value.period === undefined) return;
  const problem = checkPeriod(value.type, value.period);
  if (problem) ctx.addIssue({ code: 'custom', path: ['period'], message: problem });
}

export const PriceSchema = z.object({
  period: z.string(),
  currency: z.string(),
  retailPrice: z.string(),
  partnerPrice: z.string(),
});
export type Price = z.infer<typeof PriceSchema>;

export const RenewalWindowSchema = z.object({
  /** First day a renewal is accepted (free domains: a few days before expiry). */
  opens: z.string(),
  /** Last day; after it the domain is lost. */
  closes: z.string(),
  state: z.enum(['not-yet', 'open', 'closed']),
});
export type RenewalWindow = z.infer<typeof RenewalWindowSchema>;

export const DomainSummarySchema = z.object({
  domain: z.string(),
  type: DomainTypeSchema,
  status: z.string(),
  registrationDate: z.nullable(z.string()),
  expirationDate: z.nullable(z.string()),
  daysLeft: z.nullable(z.number().check(z.int())),
  autoRenew: z.boolean(),
  renewal: z.nullable(RenewalWindowSchema),
});
export type DomainSummary = z.infer<typeof DomainSummarySchema>;

const optionalText = z.optional(z.string().check(z.trim(), z.maxLength(200)));

/** A contact as entered: the fields Freenom requires, each checked with its own message. */
export const ContactInputSchema = z.object({
  id: z.optional(ContactIdSchema),
  title: optionalText,
  firstName: z
    .string('Enter the first name.')
    .check(z.trim(), z.minLength(1, 'Enter the first name.'), z.maxLength(100)),
  middleName: optionalText,
  lastName: z
    .string('Enter the last name.')
    .check(z.trim(), z.minLength(1, 'Enter the last name.'), z.maxLength(100)),
  organization: optionalText,
  address: z
    .string('Enter the address.')
    .check(z.trim(), z.minLength(1, 'Enter the address.'), z.maxLength(200)),
  city: z
    .string('Enter the city.')
    .check(z.trim(), z.minLength(1, 'Enter the city.'), z.maxLength(100)),
  zipCode: z
    .string('Enter the postal code.')
    .check(z.trim(), z.minLength(1, 'Enter the postal code.'), z.maxLength(20)),
  stateCode: z.pipe(z.string().check(z.trim(), z.toUpperCase()), checked(checkStateCode)),
  countryCode: z.pipe(z.string().check(z.trim(), z.toUpperCase()), checked(checkCountryCode)),
  phone: z.pipe(z.string().check(z.trim()), checked(checkPhone)),
  fax: z.optional(z.string().check(z.trim())).check(
    z.refine((value) => !value || !checkPhone(value), {
      message: 'Enter the fax number in international format, e.g. +1-310-123457.',
    }),
  ),
  email: z.pipe(z.string().check(z.trim()), checked(checkEmail)),
});
export type ContactInput = z.input<typeof ContactInputSchema>;

export const ContactSchema = z.object({
  id: z.string(),
  title: z.string(),
  firstName: z.string(),
  middleName: z.string(),
  lastName: z.string(),
  organization: z.string(),
  address: z.string(),
  city: z.string(),
  zipCode: z.string(),
  stateCode: z.string(),
  countryCode: z.string(),
  phone: z.string(),
  fax: z.string(),
  email: z.string(),
  domains: z.array(
    z.object({ domain: z.string(), role: z.enum(['owner', 'admin', 'tech', 'billing']) }),
  ),
});
export type Contact = z.infer<typeof ContactSchema>;

export const CONTACT_ROLES = ['owner', 'admin', 'tech', 'billing'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export const GlueRecordSchema = z.object({ hostname: z.string(), ipAddress: z.string() });
export type GlueRecord = z.infer<typeof GlueRecordSchema>;

export const DomainDetailsSchema = z.object({
  domain: z.string(),
  type: DomainTypeSchema,
  status: z.string(),
  expirationDate: z.nullable(z.string()),
  forwardUrl: z.string(),
  forwardMode: z.string(),
  nameservers: z.array(z.object({ hostname: z.string(), ipAddress: z.string() })),
  authCode: z.string(),
  autoRenew: z.boolean(),
  prices: z.array(PriceSchema),
  contacts: z.partialRecord(z.enum(CONTACT_ROLES), z.omit(ContactSchema, { domains: true })),
});
export type DomainDetails = z.infer<typeof DomainDetailsSchema>;

export const TransferSchema = z.object({
  domain: z.string(),
  direction: z.enum(['INCOMING', 'OUTGOING']),
  status: z.string(),
  newRegistrar: z.string(),
  lastUpdate: z.string(),
});
export type Transfer = z.infer<typeof TransferSchema>;
