import type { z } from '../validators/z.js';

/** One refused field: its path ("engine.pollSeconds") and what is wrong with it. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * The error shape every boundary answers with: a message a person can read, the first field
 * it names and, for a refused change, every field (`errors`). `invalid-input` is a refusal:
 * nothing changed (HTTP 422 in the headless shell); the other codes are failures.
 */
export interface ApiError {
  message: string;
  field?: string;
  errors?: FieldProblem[];
  code: 'invalid-input' | 'unknown-channel' | 'failed' | 'unauthorized' | 'forbidden';
}

/** What both transports carry for one call: the IPC handler's reply, the HTTP body. */
export type Reply = { ok: true; result: unknown } | { ok: false; error: ApiError };

const CODES: readonly ApiError['code'][] = [
  'invalid-input',
  'unknown-channel',
  'failed',
  'unauthorized',
  'forbidden',
];

/** Turns a schema failure into one message that names the offending field. */
export function describeIssues(error: z.core.$ZodError, prefix = ''): ApiError {
  const issue = error.issues[0];
  const path = [prefix, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.');
  const message = issue ? (path ? `${path}: ${issue.message}` : issue.message) : 'invalid input';
  return { code: 'invalid-input', message, ...(path ? { field: path } : {}) };
}

/**
 * A handler's refusal (`{ ok: false, errors: [...] }`, as settings:update answers an invalid
 * change) as the ApiError the shells send; null for any other result.
 */
export function refusalOf(result: unknown): ApiError | null {
  if (typeof result !== 'object' || result === null) return null;
  const { ok, errors } = result as { ok?: unknown; errors?: unknown };
  if (ok !== false || !Array.isArray(errors) || !errors.every(isFieldProblem)) return null;
  const list = errors as FieldProblem[];
  return {
    code: 'invalid-input',
    message: list.map((problem) => problem.message).join(' ') || 'The change was refused.',
    ...(list[0] ? { field: list[0].field } : {}),
    errors: list,
  };
}

/** The HTTP status of an error: 422 for a refusal, so scripts can tell it from success. */
export function httpStatusOf(error: ApiError): number {
  switch (error.code) {
    case 'invalid-input':
      return 422;
    case 'unknown-channel':
      return 404;
    case 'unauthorized':
      return 401;
    case 'forbidden':
      return 403;
    case 'failed':
      return 500;
  }
}

/**
 * The one decoder both bridges use (preload transport and HTTP): the result, or a thrown
 * DnsTrayError carrying the code and the fields, so each form can show a message beside it.
 */
export function decodeReply(reply: unknown): unknown {
  if (typeof reply === 'object' && reply !== null) {
    const { ok, result, error } = reply as { ok?: unknown; result?: unknown; error?: unknown };
    if (ok === true) return result;
    if (ok === false && isApiError(error)) throw new DnsTrayError(error);
  }
  throw new DnsTrayError({ code: 'failed', message: 'the app answered something unreadable' });
}

/** Thrown by a bridge when the other side answered with an ApiError. */
export class DnsTrayError extends Error {
  readonly code: ApiError['code'];
  readonly field: string | undefined;
  /** Every refused field; empty for a failure that names none. */
  readonly errors: readonly FieldProblem[];
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'DnsTrayError';
    this.code = error.code;
    this.field = error.field;
    this.errors =
      error.errors ?? (error.field ? [{ field: error.field, message: error.message }] : []);
  }
}

function isFieldProblem(value: unknown): value is FieldProblem {
  const problem = value as Partial<FieldProblem> | null;
  return typeof problem?.field === 'string' && typeof problem.message === 'string';
}

function isApiError(value: unknown): value is ApiError {
  const error = value as Partial<ApiError> | null;
  return (
    typeof error?.message === 'string' &&
    CODES.includes(error.code as ApiError['code']) &&
    (error.errors === undefined ||
      (Array.isArray(error.errors) && error.errors.every(isFieldProblem)))
  );
}
