import { z } from 'zod';
import type { Problem } from './dns.js';

/** Wraps a validator so a zod schema reports its sentence as the field's message. */
export function checked(check: (value: string) => Problem) {
  return z.string().superRefine((value, ctx) => {
    const problem = check(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}
