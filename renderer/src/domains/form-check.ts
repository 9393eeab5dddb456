import type { z } from 'zod';
import { DnsTrayError } from '../../../shared/contract/errors.js';

export type FieldErrors = Record<string, string>;

export type Checked<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/**
 * Checks a form with the same schema the core checks at the boundary, so a bad value is shown
 * beside its field and nothing is sent. Only the first message of each field is kept.
 */
export function checkForm<S extends z.ZodType>(schema: S, value: z.input<S>): Checked<z.input<S>> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, data: value };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : 'form';
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

/** The message to show for a failed call: Freenom's own text when it came from Freenom. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message.replace(/^request\.[\w.]+: /, '');
  return String(error);
}

/** A boundary refusal names its field as "request.x"; map it back onto the form's field. */
export function fieldErrorOf(error: unknown): FieldErrors | null {
  if (!(error instanceof DnsTrayError) || error.code !== 'invalid-input' || !error.field)
    return null;
  const field = error.field.replace(/^request\.?/, '').split('.')[0] || 'form';
  return { [field]: messageOf(error) };
}

/** Splits a text box of names (one per line, or separated by commas or spaces). */
export function splitList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}
