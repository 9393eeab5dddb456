import { z } from '../../../shared/validators/z.js';

/**
 * Runtime schemas for Freenom's answers, tolerant (docs/freenom.md#tolerant-reading): every scalar
 * is read as text, a missing list is empty, a single element may come without its array (XML),
 * and an item's `status` falls back to an inner `result` (the restore/upgrade examples).
 */

/** Classic zod's z.preprocess (zod/mini has none): `fn` reshapes the raw value, `schema` reads it. */
function preprocess<T extends z.core.$ZodType>(fn: (value: unknown) => unknown, schema: T) {
  return z.pipe(z.transform(fn), schema);
}

const text = preprocess(
  (v) => (typeof v === 'number' || typeof v === 'boolean' ? String(v) : v),
  z.string(),
);
const optText = z.optional(text);

function list<T extends z.ZodMiniType>(item: T) {
  return preprocess((v) => {
    if (v === undefined || v === null || v === '') return [];
    return Array.isArray(v) ? v : [v];
  }, z.array(item));
}

function withStatus<T extends z.core.$ZodShape>(shape: T) {
  return preprocess(
    (v) => {
      if (typeof v !== 'object' || v === null) return v;
      const item = v as Record<string, unknown>;
      return item.status === undefined && item.result !== undefined
        ? { ...item, status: item.result }
        : item;
    },
    z.looseObject({ ...shape, status: optText }),
  );
}

export const PingSchema = z.looseObject({ result: optText, timestamp: optText });

export const PricingSchema = z.looseObject({
  currency: optText,
  period: optText,
  partnerprice: optText,
  retailprice: optText,
});

export const SearchSchema = z.looseObject({
  result: optText,
  domain: list(withStatus({ domainname: text, domaintype: optText, pricing: list(PricingSchema) })),
});

const orderItem = {
  domainname: text,
  domaintype: optText,
  period: optText,
  expirationdate: optText,
  currency: optText,
  retailprice: optText,
  partnerprice: optText,
  owner_id: optText,
  billing_id: optText,
  admin_id: optText,
  tech_id: optText,
  authcode: optText,
  autorenew: optText,
};
/** register and renew: item status REGISTERED / RENEWED, or NOT AVAILABLE (not an error). */
export const OrderSchema = z.looseObject({ result: optText, domain: list(withStatus(orderItem)) });

export const ContactSchema = z.looseObject({
  contact_id: text,
  contact_title: optText,
  contact_firstname: optText,
  contact_middlename: optText,
  contact_lastname: optText,
  contact_organization: optText,
  contact_address: optText,
  contact_city: optText,
  contact_zipcode: optText,
  contact_statecode: optText,
  contact_countrycode: optText,
  contact_phone: optText,
  contact_fax: optText,
  contact_email: optText,
  contact_domain: list(z.looseObject({ domainname: text, type: optText })),
});

export const DomainInfoSchema = z.looseObject({
  result: optText,
  domain: list(
    withStatus({
      domainname: text,
      domaintype: optText,
      expirationdate: optText,
      forward_url: optText,
      forward_mode: optText,
      nameserver: list(z.looseObject({ hostname: text, ipaddress: optText })),
      authcode: optText,
      autorenew: optText,
      pricing: list(PricingSchema),
      owner_contact: z.optional(ContactSchema),
      admin_contact: z.optional(ContactSchema),
      tech_contact: z.optional(ContactSchema),
      billing_contact: z.optional(ContactSchema),
    }),
  ),
});

/** modify, delete, restore, upgrade: `{domainname, status}` per item. */
export const DomainStatusSchema = z.looseObject({
  result: optText,
  domain: list(withStatus({ domainname: text })),
});

export const DomainListSchema = z.looseObject({
  result: optText,
  domain: list(
    withStatus({
      domainname: text,
      domaintype: optText,
      registrationdate: optText,
      expirationdate: optText,
      authcode: optText,
      autorenew: optText,
    }),
  ),
});

export const NameserverSchema = z.looseObject({
  result: optText,
  nameserver: list(withStatus({ domainname: optText, hostname: text, ipaddress: optText })),
});

export const ContactStatusSchema = z.looseObject({
  result: optText,
  contact: list(withStatus({ contact_id: text })),
});

export const ContactListSchema = z.looseObject({ result: optText, contact: list(ContactSchema) });

export const TransferPriceSchema = z.looseObject({
  result: optText,
  transfer: list(
    withStatus({
      domainname: text,
      domaintype: optText,
      period: optText,
      currency: optText,
      retailprice: optText,
      partnerprice: optText,
    }),
  ),
});

export const TransferStatusSchema = z.looseObject({
  result: optText,
  transfer: list(withStatus({ domainname: text })),
});

export const TransferListSchema = z.looseObject({
  result: optText,
  transfer: list(
    withStatus({
      domainname: text,
      transfertype: optText,
      newregistrar: optText,
      lastupdate: optText,
    }),
  ),
});

export type PingAnswer = z.output<typeof PingSchema>;
export type SearchAnswer = z.output<typeof SearchSchema>;
export type OrderAnswer = z.output<typeof OrderSchema>;
export type DomainInfoAnswer = z.output<typeof DomainInfoSchema>;
export type DomainInfo = DomainInfoAnswer['domain'][number];
export type DomainStatusAnswer = z.output<typeof DomainStatusSchema>;
export type DomainListAnswer = z.output<typeof DomainListSchema>;
export type FreenomDomainRow = DomainListAnswer['domain'][number];
export type NameserverAnswer = z.output<typeof NameserverSchema>;
export type ContactStatusAnswer = z.output<typeof ContactStatusSchema>;
export type ContactListAnswer = z.output<typeof ContactListSchema>;
export type Contact = z.output<typeof ContactSchema>;
export type TransferPriceAnswer = z.output<typeof TransferPriceSchema>;
export type TransferStatusAnswer = z.output<typeof TransferStatusSchema>;
export type TransferListAnswer = z.output<typeof TransferListSchema>;
