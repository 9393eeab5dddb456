import { z } from './z.js';
import type { Problem } from './dns.js';

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
