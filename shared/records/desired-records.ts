import { z } from '../validators/z.js';
import {
  checkHostLabel,
  checkHostname,
  checkMxPreference,
  checkTxt,
  MAX_MX_RECORDS,
} from '../validators/dns.js';
import { checkRecordAddress } from '../validators/address-ranges.js';
import { checked, flagRepeats } from '../validators/zod.js';
import { AddressFromSchema } from './address-from.js';

/**
 * What the user wants a freedns.io host to hold. A/AAAA either follow the public address of
 * their family or hold a fixed value; CNAME, TXT and MX (Premium only) are fixed data.
 * The settings schema (store issue) embeds these; sync/ plans from them.
 */
export const FollowARecordSchema = z.object({
  type: z.literal('A'),
  mode: z.literal('follow'),
  /** Where the address comes from (absent: public detection). */
  from: z.optional(AddressFromSchema),
});
export const FixedARecordSchema = z.object({
  type: z.literal('A'),
  mode: z.literal('fixed'),
  value: checked((value) => checkRecordAddress('ipv4', value)),
});
export const FollowAaaaRecordSchema = z.object({
  type: z.literal('AAAA'),
  mode: z.literal('follow'),
  from: z.optional(AddressFromSchema),
});
export const FixedAaaaRecordSchema = z.object({
  type: z.literal('AAAA'),
  mode: z.literal('fixed'),
  value: checked((value) => checkRecordAddress('ipv6', value)),
});
export const CnameRecordSchema = z.object({
  type: z.literal('CNAME'),
  value: checked(checkHostname),
});
export const TxtRecordSchema = z.object({ type: z.literal('TXT'), value: checked(checkTxt) });
export const MxEntrySchema = z.object({
  target: checked(checkHostname),
  preference: z.number().check(
    z.superRefine((value, ctx) => {
      const problem = checkMxPreference(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  ),
});
export const MxRecordSchema = z.object({
  type: z.literal('MX'),
  entries: z.array(MxEntrySchema).check(
    z.minLength(1, 'Add at least one mail server.'),
    z.maxLength(MAX_MX_RECORDS, `A host has at most ${MAX_MX_RECORDS} MX records.`),
    z.superRefine((entries, ctx) =>
      flagRepeats(
        entries,
        ctx,
        (entry) => entry.target.toLowerCase().replace(/\.$/, ''),
        'target',
        'This mail server is listed twice.',
      ),
    ),
  ),
});

export const DesiredRecordSchema = z.union([
  FollowARecordSchema,
  FixedARecordSchema,
  FollowAaaaRecordSchema,
  FixedAaaaRecordSchema,
  CnameRecordSchema,
  TxtRecordSchema,
  MxRecordSchema,
]);
export type DesiredRecord = z.infer<typeof DesiredRecordSchema>;
export type RecordType = DesiredRecord['type'];
export const PREMIUM_ONLY_TYPES: readonly RecordType[] = ['CNAME', 'TXT', 'MX'];

export const HostSchema = z
  .object({
    id: z.string().check(z.minLength(1)),
    /** Which freedns.io account (by its id in settings) owns the host. */
    accountId: z.string().check(z.minLength(1)),
    label: checked(checkHostLabel),
    records: z.array(DesiredRecordSchema),
    enabled: z._default(z.boolean(), true),
  })
  .check(
    z.superRefine((host, ctx) => {
      const types = host.records.map((record) => record.type);
      for (const type of new Set(types)) {
        if (types.filter((t) => t === type).length > 1) {
          ctx.addIssue({
            code: 'custom',
            path: ['records'],
            message: `Only one ${type} record per host; MX entries go in one MX record.`,
          });
        }
      }
      if (types.includes('CNAME') && types.length > 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['records'],
          message: 'A host with a CNAME can hold no other record.',
        });
      }
    }),
  );
export type Host = z.infer<typeof HostSchema>;

export type AccountTier = 'free' | 'premium';
export const DAILY_UPDATE_LIMIT: Record<AccountTier, number> = { free: 2, premium: 15 };
