import type { z } from 'zod';

/** Field path ("schedule.pollSeconds") -> the first message for it, to show beside the field. */
export type FieldErrors = Record<string, string>;

export function toFieldErrorMap(error: z.ZodError, prefix = ''): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    errors[field] ??= issue.message;
  }
  return errors;
}

/** A whole number typed in a text field; NaN when it is not one, so the schema says why. */
export function parseWholeNumber(text: string): number {
  return /^\s*-?\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

/** The message of whatever a bridge call threw, for a notice. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The fields a refused change names, keyed by the last part of each path ("pollSeconds" for
 * "schedule.pollSeconds"), which is how each form keys its fields. The path prefix the app puts
 * in front of a message is dropped, since the message shows beside its field.
 */
export function fieldErrorsOf(error: unknown): FieldErrors {
  const found: FieldErrors = {};
  const list = (error as { errors?: unknown } | null)?.errors;
  const single = (error as { field?: unknown } | null)?.field;
  const items: { field: string; message: string }[] = Array.isArray(list)
    ? (list as { field: string; message: string }[])
    : typeof single === 'string'
      ? [{ field: single, message: messageOf(error) }]
      : [];
  for (const { field, message } of items) {
    const key = field.split('.').pop() ?? field;
    found[key] ??= message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
  }
  return found;
}
