import type { z } from 'zod';

/** The error shape every boundary answers with: a message a person can read, and the field. */
export interface ApiError {
  message: string;
  field?: string;
  code: 'invalid-input' | 'unknown-channel' | 'failed' | 'unauthorized' | 'forbidden';
}

/** Turns a schema failure into one message that names the offending field. */
export function describeIssues(error: z.ZodError, prefix = ''): ApiError {
  const issue = error.issues[0];
  const path = [prefix, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.');
  const message = issue ? (path ? `${path}: ${issue.message}` : issue.message) : 'invalid input';
  return { code: 'invalid-input', message, ...(path ? { field: path } : {}) };
}

/** Thrown by a bridge when the other side answered with an ApiError. */
export class DnsTrayError extends Error {
  readonly code: ApiError['code'];
  readonly field: string | undefined;
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'DnsTrayError';
    this.code = error.code;
    this.field = error.field;
  }
}
