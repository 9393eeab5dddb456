import { z } from '../../../shared/validators/z.js';
import {
  ContactIdSchema,
  ContactInputSchema as ContractContactSchema,
  DomainNameSchema,
  DomainTypeSchema,
  HostnameSchema,
  IpAddressSchema,
} from '../../../shared/contract/domain-schemas.js';
import { checkForwardUrl, checkPeriod } from '../../../shared/validators/domain.js';
import { checked, glueHostCheck } from '../../../shared/validators/zod.js';

/**
 * Typed inputs of every function, with Freenom's own parameter names so a call maps 1:1 onto
 * the API. Each field is checked by the contract's schema for it (shared/contract), so the
 * client and the channels refuse the same values; only the names and cross-field checks are
 * Freenom's here. Checked before anything is sent; messages name the field.
 */
const domainname = DomainNameSchema;
const domaintype = DomainTypeSchema;
const host = HostnameSchema;
const enabled = z.enum(['enabled', 'disabled']);
const contactId = ContactIdSchema;
const paidPeriod = checked((v) => checkPeriod('PAID', v));

export const DomainInputSchema = z.object({ domainname });
export const SearchInputSchema = z.object({ domainname, domaintype });

const contactRoles = {
  owner_id: z.optional(contactId),
  admin_id: z.optional(contactId),
  tech_id: z.optional(contactId),
  billing_id: z.optional(contactId),
  idshield: z.optional(enabled),
};

const target = {
  forward_url: z.optional(checked(checkForwardUrl)),
  forward_mode: z.optional(z.enum(['cloak', '301_redirect'])),
  nameserver: z.optional(z.array(host)),
};

type Target = { forward_url?: string | undefined; nameserver?: string[] | undefined };

function checkTarget(value: Target, ctx: z.core.$RefinementCtx, required: boolean): void {
  const hasNs = (value.nameserver?.length ?? 0) > 0;
  if (value.forward_url && hasNs)
    ctx.addIssue({
      code: 'custom',
      path: ['forward_url'],
      message: 'Give either a forwarding URL or nameservers, not both.',
    });
  else if (required && !value.forward_url && !hasNs)
    ctx.addIssue({
      code: 'custom',
      path: ['nameserver'],
      message: 'Give a forwarding URL or at least 2 nameservers.',
    });
  else if (hasNs && value.nameserver!.length < 2)
    ctx.addIssue({
      code: 'custom',
      path: ['nameserver'],
      message: 'Enter at least 2 nameservers.',
    });
}

function needsOwner(value: { owner_id?: string; idshield?: string }, ctx: z.core.$RefinementCtx) {
  if (!value.owner_id && value.idshield !== 'enabled')
    ctx.addIssue({
      code: 'custom',
      path: ['owner_id'],
      message: 'Choose the owner contact, or enable ID Shield.',
    });
}

export const RegisterInputSchema = z
  .object({
    domainname,
    domaintype,
    period: z.optional(z.string()),
    ...target,
    ...contactRoles,
    autorenew: z.optional(enabled),
  })
  .check(
    z.superRefine((value, ctx) => {
      const problem = value.period && checkPeriod(value.domaintype, value.period);
      if (problem) ctx.addIssue({ code: 'custom', path: ['period'], message: problem });
      checkTarget(value, ctx, true);
      needsOwner(value, ctx);
    }),
  );

export const RenewInputSchema = z.object({
  domainname,
  period: z.optional(z.string().check(z.trim())),
});

export const ModifyInputSchema = z
  .object({ domainname, ...target, ...contactRoles, autorenew: z.optional(enabled) })
  .check(z.superRefine((value, ctx) => checkTarget(value, ctx, false)));

export const UpgradeInputSchema = z
  .object({ domainname, period: z.optional(paidPeriod), ...contactRoles })
  .check(z.superRefine(needsOwner));

export const ListInputSchema = z.object({
  pagenr: z.optional(z.number().check(z.int(), z.gte(1))),
  results_per_page: z.optional(z.number().check(z.int(), z.gte(1), z.lte(1000))),
});

export const GlueInputSchema = z
  .object({
    domainname,
    hostname: host,
    ipaddress: IpAddressSchema,
  })
  .check(glueHostCheck((value) => value.domainname));
export const GlueDeleteInputSchema = z.object({ domainname, hostname: host });

type ContractContactShape = typeof ContractContactSchema.shape;
/** Freenom names a contact field contact_<field>, all lower case: firstName is contact_firstname. */
type ContactShape = {
  [K in keyof ContractContactShape as `contact_${Lowercase<K & string>}`]: ContractContactShape[K];
};
export const ContactInputSchema = z.object(
  Object.fromEntries(
    Object.entries(ContractContactSchema.shape).map(([key, schema]) => [
      `contact_${key.toLowerCase()}`,
      schema,
    ]),
  ) as ContactShape,
);

export const ContactIdInputSchema = z.object({ contact_id: contactId });
export const ContactIdsInputSchema = z.object({
  contact_id: z.array(contactId).check(z.minLength(1)),
});
export const ContactFilterInputSchema = z.object({ contact_id: z.optional(z.array(contactId)) });

export const TransferPriceInputSchema = z.object({
  domainname,
  authcode: z.string().check(z.trim(), z.minLength(1, 'Enter the authorization code.')),
});
export const TransferRequestInputSchema = z.extend(TransferPriceInputSchema, {
  period: z.optional(paidPeriod),
  owner_id: contactId,
});
export const DeclineInputSchema = z.object({
  domainname,
  reason: z.string().check(z.trim(), z.minLength(1, 'Give a reason for declining.')),
});

export type DomainInput = z.input<typeof DomainInputSchema>;
export type SearchInput = z.input<typeof SearchInputSchema>;
export type RegisterInput = z.input<typeof RegisterInputSchema>;
export type RenewInput = z.input<typeof RenewInputSchema>;
export type ModifyInput = z.input<typeof ModifyInputSchema>;
export type UpgradeInput = z.input<typeof UpgradeInputSchema>;
export type ListInput = z.input<typeof ListInputSchema>;
export type GlueInput = z.input<typeof GlueInputSchema>;
export type GlueDeleteInput = z.input<typeof GlueDeleteInputSchema>;
export type ContactInput = z.input<typeof ContactInputSchema>;
export type ContactIdInput = z.input<typeof ContactIdInputSchema>;
export type ContactIdsInput = z.input<typeof ContactIdsInputSchema>;
export type ContactFilterInput = z.input<typeof ContactFilterInputSchema>;
export type TransferPriceInput = z.input<typeof TransferPriceInputSchema>;
export type TransferRequestInput = z.input<typeof TransferRequestInputSchema>;
export type DeclineInput = z.input<typeof DeclineInputSchema>;
