import { messageOf, type FieldErrors } from '../../../shared/validators/field-errors.js';

// The settings forms take these from here; there is one copy, in shared/.
export {
  messageOf,
  toFieldErrorMap,
  type FieldErrors,
} from '../../../shared/validators/field-errors.js';

/** A whole number typed in a text field; NaN when it is not one, so the schema says why. */
export function parseWholeNumber(text: string): number {
  return /^\s*-?\d+\s*$/.test(text) ? Number(text) : Number.NaN;
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
