import { z } from '../validators/z.js';
import {
  ContactIdSchema,
  ContactInputSchema,
  ContactSchema,
  DomainDetailsSchema,
  DomainNameSchema,
  DomainSummarySchema,
  GlueRecordSchema,
  HostnameSchema,
  TransferSchema,
} from './domain-schemas.js';
import {
  AutoRenewRequestSchema,
  DomainPageSchema,
  FreenomConnectRequestSchema,
  FreenomConnectResultSchema,
  FreenomStatusSchema,
  GlueRequestSchema,
  ListRequestSchema,
  ModifyRequestSchema,
  OrderResultSchema,
  ProbeResultSchema,
  RegisterRequestSchema,
  RenewRequestSchema,
  SearchRequestSchema,
  SearchResultSchema,
  TransferPriceSchema,
  TransferRequestSchema,
  UpgradeRequestSchema,
} from './domain-requests.js';
import type { ChannelTable } from './channel-spec.js';
import type { DOMAIN_CHANNEL_NAMES } from './domain-names.js';

/**
 * The Freenom channels: every API v2 function, plus the account connection and the app's own
 * auto-renew switch. Their schemas live in domain-requests.ts and domain-schemas.ts.
 */
const DomainOnly = z.object({ domain: DomainNameSchema });
const Ok = z.object({ domain: z.string(), status: z.string() });

export const domainChannels = {
  'freenom:status': { request: z.undefined(), response: FreenomStatusSchema },
  'freenom:connect': {
    request: FreenomConnectRequestSchema,
    response: FreenomConnectResultSchema,
  },
  'freenom:probe': { request: z.undefined(), response: ProbeResultSchema },
  'domains:search': {
    request: SearchRequestSchema,
    response: z.object({ results: z.array(SearchResultSchema) }),
  },
  'domains:register': { request: RegisterRequestSchema, response: OrderResultSchema },
  'domains:renew': { request: RenewRequestSchema, response: OrderResultSchema },
  'domains:list': { request: z.prefault(ListRequestSchema, {}), response: DomainPageSchema },
  'domains:getInfo': { request: DomainOnly, response: DomainDetailsSchema },
  'domains:modify': { request: ModifyRequestSchema, response: Ok },
  'domains:delete': { request: DomainOnly, response: Ok },
  'domains:restore': { request: DomainOnly, response: Ok },
  'domains:upgrade': { request: UpgradeRequestSchema, response: Ok },
  'domains:setAutoRenew': { request: AutoRenewRequestSchema, response: DomainSummarySchema },
  'glue:list': { request: DomainOnly, response: z.object({ records: z.array(GlueRecordSchema) }) },
  'glue:register': { request: GlueRequestSchema, response: Ok },
  'glue:delete': {
    request: z.object({ domain: DomainNameSchema, hostname: HostnameSchema }),
    response: Ok,
  },
  'contacts:list': {
    request: z.undefined(),
    response: z.object({ contacts: z.array(ContactSchema) }),
  },
  'contacts:get': {
    request: z.object({
      ids: z.array(ContactIdSchema).check(z.minLength(1, 'Choose a contact.'), z.maxLength(50)),
    }),
    response: z.object({ contacts: z.array(ContactSchema) }),
  },
  'contacts:register': {
    request: ContactInputSchema,
    response: z.object({ id: z.string(), status: z.string() }),
  },
  'contacts:delete': {
    request: z.object({ id: ContactIdSchema }),
    response: z.object({ id: z.string(), status: z.string() }),
  },
  'transfers:price': {
    request: z.object({
      domain: DomainNameSchema,
      authCode: z
        .string()
        .check(z.trim(), z.minLength(1, 'Enter the authorization code.'), z.maxLength(100)),
    }),
    response: TransferPriceSchema,
  },
  'transfers:request': { request: TransferRequestSchema, response: Ok },
  'transfers:approve': { request: DomainOnly, response: Ok },
  'transfers:decline': {
    request: z.object({
      domain: DomainNameSchema,
      reason: z
        .string()
        .check(z.trim(), z.minLength(1, 'Say why the transfer is declined.'), z.maxLength(500)),
    }),
    response: Ok,
  },
  'transfers:list': {
    request: z.undefined(),
    response: z.object({ transfers: z.array(TransferSchema) }),
  },
} as const satisfies ChannelTable<typeof DOMAIN_CHANNEL_NAMES>;

export * from './domain-requests.js';
export { ContactSchema, DomainDetailsSchema };
