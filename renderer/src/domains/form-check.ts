import type { z } from '../../../shared/validators/z.js';
import { DnsTrayError } from '../../../shared/contract/errors.js';
import { messageOf, type FieldErrors } from '../../../shared/validators/field-errors.js';

// The domain forms take these from here; there is one copy, in shared/.
export { messageOf, type FieldErrors } from '../../../shared/validators/field-errors.js';

export type Checked<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/**
 * Checks a form with the same schema the core checks at the boundary, so a bad value is shown
 * beside its field and nothing is sent. Only the first message of each field is kept.
 */
export function checkForm<S extends z.ZodMiniType>(
  schema: S,
  value: z.input<S>,
): Checked<z.input<S>> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, data: value };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : 'form';
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

/** A boundary refusal names its field as "request.x"; map it back onto the form's field. */
export function fieldErrorOf(error: unknown): FieldErrors | null {
  if (!(error instanceof DnsTrayError) || error.code !== 'invalid-input' || !error.field)
    return null;
  const field = error.field.replace(/^request\.?/, '').split('.')[0] || 'form';
  return { [field]: messageOf(error) };
}

/**
 * Where a failed submit is told: a refusal that names a field beside that field, anything else
 * (Freenom's own words, an unreachable API) in the form's notice.
 */
export function reportFailure(
  error: unknown,
  onFields: (errors: FieldErrors) => void,
  onFailure: (message: string) => void,
): void {
  const field = fieldErrorOf(error);
  if (field) onFields(field);
  else onFailure(messageOf(error));
}

/** Splits a text box of names (one per line, or separated by commas or spaces). */
export function splitList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}
