import type { z } from './z.js';

/** Field name or path ("schedule.pollSeconds") -> the first message for it, shown beside it. */
export type FieldErrors = Record<string, string>;

/** A schema's problems keyed by field path (under `prefix`), the first message of each kept. */
export function toFieldErrorMap(error: z.core.$ZodError, prefix = ''): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    errors[field] ??= issue.message;
  }
  return errors;
}

/**
 * The message to show for a failed call. A refusal at the core's boundary starts with the
 * request path ("request.nameservers: "), which names nothing a person sees, so it is dropped.
 */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message.replace(/^request\.[\w.]+: /, '');
  return String(error);
}
