import { z } from './z.js';
import type { Problem } from './dns.js';
import { isGlueHost } from './domain.js';

/** Wraps a validator so a zod schema reports its sentence as the field's message. */
export function checked(check: (value: string) => Problem) {
  return z.string().check(
    z.superRefine((value, ctx) => {
      const problem = check(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  );
}

/**
 * Flags every item whose key an earlier item already had, at `[index, field]`, so the form
 * marks the second one.
 */
export function flagRepeats<T>(
  items: readonly T[],
  ctx: z.core.$RefinementCtx,
  key: (item: T) => string,
  field: string,
  message: string,
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const itemKey = key(item);
    if (seen.has(itemKey)) ctx.addIssue({ code: 'custom', path: [index, field], message });
    seen.add(itemKey);
  });
}

/** Flags an id used twice, ignoring case: "Another host already uses this id." */
export function uniqueIds(
  items: readonly { id: string }[],
  ctx: z.core.$RefinementCtx,
  what: string,
) {
  flagRepeats(
    items,
    ctx,
    (item) => item.id.toLowerCase(),
    'id',
    `Another ${what} already uses this id.`,
  );
}

/**
 * A glue record's host must be a name under its domain (not the apex): flags `hostname` with
 * an example, for the contract's request and for the Freenom input alike.
 */
export function glueHostCheck<T extends { hostname: string }>(domainOf: (value: T) => string) {
  return z.superRefine<T>((value, ctx) => {
    const domain = domainOf(value);
    if (!isGlueHost(value.hostname, domain))
      ctx.addIssue({
        code: 'custom',
        path: ['hostname'],
        message: `A glue record is for a nameserver under ${domain}, e.g. ns1.${domain}.`,
      });
  });
}
