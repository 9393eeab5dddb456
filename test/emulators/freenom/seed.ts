import { z } from 'zod';

/**
 * The Freenom emulator's seed: accounts (by e-mail) with their domains, glue, contacts and
 * transfers, the price list, names held elsewhere, and the switches for behaviour docs/freenom.md
 * marks inferred: HTTP codes, error strings, idempotency window, renewal window, verb leniency.
 * Dates are YYYYMMDD or `{ daysFromNow }`, resolved against the emulator clock at (re)load.
 */
const DateSpecSchema = z.union([
  z.string().regex(/^\d{8}$/, 'expected YYYYMMDD'),
  z.object({ daysFromNow: z.number().int() }),
]);
export type DateSpec = z.infer<typeof DateSpecSchema>;

const DomainSeedSchema = z.object({
  domainname: z.string().min(3),
  domaintype: z.enum(['FREE', 'PAID']),
  registered: DateSpecSchema.default({ daysFromNow: -300 }),
  expires: DateSpecSchema,
  status: z.enum(['ACTIVE', 'CANCELLED']).default('ACTIVE'),
  nameservers: z.array(z.string()).default([]),
  forward_url: z.string().optional(),
  forward_mode: z.enum(['cloak', '301_redirect']).default('cloak'),
  glue: z.array(z.object({ hostname: z.string(), ipaddress: z.string() })).default([]),
  owner_id: z.string().optional(),
  admin_id: z.string().optional(),
  tech_id: z.string().optional(),
  billing_id: z.string().optional(),
  authcode: z.string().optional(),
  autorenew: z.enum(['enabled', 'disabled']).default('disabled'),
  idshield: z.enum(['enabled', 'disabled']).default('disabled'),
});

const ContactSeedSchema = z.object({
  contact_id: z.string().min(1),
  contact_title: z.string().default(''),
  contact_firstname: z.string(),
  contact_middlename: z.string().default(''),
  contact_lastname: z.string(),
  contact_organization: z.string().default(''),
  contact_address: z.string(),
  contact_city: z.string(),
  contact_zipcode: z.string(),
  contact_statecode: z.string(),
  contact_countrycode: z.string(),
  contact_phone: z.string(),
  contact_fax: z.string().default(''),
  contact_email: z.string(),
});
export type ContactSeed = z.infer<typeof ContactSeedSchema>;

const TransferSeedSchema = z.object({
  domainname: z.string(),
  transfertype: z.enum(['INCOMING', 'OUTGOING']),
  status: z.enum(['PENDING', 'APPROVED', 'DECLINED']),
  newregistrar: z.string().default(''),
  lastupdate: DateSpecSchema.default({ daysFromNow: 0 }),
});

const AccountSeedSchema = z.object({
  email: z.string().min(3),
  password: z.string().min(1),
  /** The real API served resellers only (docs/freenom.md#reseller-only-access). */
  reseller: z.boolean().default(true),
  domains: z.array(DomainSeedSchema).default([]),
  contacts: z.array(ContactSeedSchema).default([]),
  transfers: z.array(TransferSeedSchema).default([]),
});
export type AccountSeed = z.infer<typeof AccountSeedSchema>;

const PriceSchema = z.object({ retail: z.string(), partner: z.string() });

export const MessageKeys = [
  'unsupported',
  'anonymous',
  'credentials',
  'missing',
  'invalid',
  'notInAccount',
  'exclusiveForward',
  'needForwardOrNameservers',
  'tooFewNameservers',
  'glueRequired',
  'contactInUse',
  'notRestorable',
  'notUpgradable',
  'noPendingTransfer',
] as const;
export type MessageKey = (typeof MessageKeys)[number];

const ConfigSchema = z.object({
  okStatus: z.number().int().min(100).max(599).default(200),
  errorStatus: z.number().int().min(100).max(599).default(200),
  idempotencyWindowMs: z.number().int().min(0).default(30_000),
  /** The doc promises it for POST; applying it to PUT/DELETE too is an optional leniency. */
  idempotentVerbs: z.array(z.enum(['GET', 'POST', 'PUT', 'DELETE'])).default(['POST']),
  renewalWindowDays: z.number().int().min(0).default(14),
  /** Accept a plain POST for a PUT/DELETE function without `method` (a leniency). */
  postForAnyWrite: z.boolean().default(true),
  /** Days a finished transfer stays listed (docs/freenom.md#transfers). */
  finishedTransferDays: z.number().int().min(0).default(7),
  /** Error strings; `{param}` and `{host}` are filled in. Documented ones are the defaults. */
  messages: z.partialRecord(z.enum(MessageKeys), z.string()).default({}),
});
export type EmulatorConfig = z.infer<typeof ConfigSchema>;

export const FreenomSeedSchema = z.object({
  accounts: z.array(AccountSeedSchema).default([]),
  prices: z
    .object({
      currency: z.string().default('EUR'),
      tlds: z.record(z.string(), z.record(z.string(), PriceSchema)),
    })
    .default({ currency: 'EUR', tlds: {} }),
  /** Names registered at other accounts or registrars; `authcode` makes them transferable. */
  elsewhere: z
    .array(
      z.object({
        domainname: z.string(),
        domaintype: z.enum(['FREE', 'PAID']).default('PAID'),
        authcode: z.string().optional(),
      }),
    )
    .default([]),
  config: ConfigSchema.default(ConfigSchema.parse({})),
});
export type FreenomSeed = z.infer<typeof FreenomSeedSchema>;

/** Reads a seed, naming the field that is wrong. */
export function parseFreenomSeed(input: unknown): FreenomSeed {
  const parsed = FreenomSeedSchema.safeParse(input ?? DEFAULT_FREENOM_SEED);
  if (!parsed.success) throw new Error(`freenom seed: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

const years = (retail: number, partner: number, periods: number[]) =>
  Object.fromEntries(
    periods.map((n) => [
      `${n}Y`,
      { retail: (retail * n).toFixed(2), partner: (partner * n).toFixed(2) },
    ]),
  );
const PAID_YEARS = [1, 2, 3, 4, 5, 9, 10];

const DEMO_CONTACT = {
  contact_id: 'C1001',
  contact_firstname: 'Dana',
  contact_lastname: 'Demo',
  contact_address: '1 Example Street',
  contact_city: 'Amsterdam',
  contact_zipcode: '1011AA',
  contact_statecode: 'NL-NH',
  contact_countrycode: 'NL',
  contact_phone: '+31-20-1234567',
  contact_email: 'dana@example.com',
};

/** demo@example.com / demo: free and paid domains, one free domain inside its renewal window. */
export const DEFAULT_FREENOM_SEED = {
  accounts: [
    {
      email: 'demo@example.com',
      password: 'demo',
      domains: [
        {
          domainname: 'renewsoon.tk',
          domaintype: 'FREE',
          expires: { daysFromNow: 9 },
          nameservers: ['ns1.example.net', 'ns2.example.net'],
        },
        {
          domainname: 'myhome.ml',
          domaintype: 'FREE',
          expires: { daysFromNow: 70 },
          forward_url: 'https://example.org/',
        },
        {
          domainname: 'lab.ga',
          domaintype: 'FREE',
          expires: { daysFromNow: 200 },
          nameservers: ['ns1.lab.ga', 'ns2.lab.ga'],
          glue: [
            { hostname: 'ns1.lab.ga', ipaddress: '192.0.2.10' },
            { hostname: 'ns2.lab.ga', ipaddress: '192.0.2.11' },
          ],
        },
        {
          domainname: 'business.com',
          domaintype: 'PAID',
          expires: { daysFromNow: 400 },
          nameservers: ['ns1.example.net', 'ns2.example.net'],
          owner_id: 'C1001',
          admin_id: 'C1001',
          tech_id: 'C1001',
          billing_id: 'C1001',
          authcode: 'BUSI-7781-AUTH',
          autorenew: 'enabled',
        },
        {
          domainname: 'shop.tk',
          domaintype: 'PAID',
          expires: { daysFromNow: 25 },
          nameservers: ['ns1.example.net', 'ns2.example.net'],
          owner_id: 'C1001',
          authcode: 'SHOP-1234-AUTH',
        },
      ],
      contacts: [DEMO_CONTACT],
      transfers: [
        {
          domainname: 'shop.tk',
          transfertype: 'OUTGOING',
          status: 'PENDING',
          newregistrar: 'Other Registrar Ltd',
        },
        { domainname: 'arriving.com', transfertype: 'INCOMING', status: 'PENDING' },
      ],
    },
    { email: 'free@example.com', password: 'free', reseller: false },
  ],
  prices: {
    currency: 'EUR',
    tlds: {
      tk: years(10, 8.5, PAID_YEARS),
      ml: years(10, 8.5, PAID_YEARS),
      ga: years(10, 8.5, PAID_YEARS),
      cf: years(10, 8.5, PAID_YEARS),
      gq: years(10, 8.5, PAID_YEARS),
      com: years(12.95, 9.95, PAID_YEARS),
      net: years(14.95, 11.95, PAID_YEARS),
    },
  },
  elsewhere: [
    { domainname: 'taken.tk', domaintype: 'FREE' },
    { domainname: 'incoming.tk', domaintype: 'PAID', authcode: 'INCO-0001-AUTH' },
    { domainname: 'incoming.com', domaintype: 'PAID', authcode: 'INCO-0002-AUTH' },
  ],
};
