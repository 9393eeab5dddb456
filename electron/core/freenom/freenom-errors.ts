import type { HttpFailureReason } from '../http/send-http-request.js';
import { assertNever } from '../../../shared/lang/assert-never.js';

/**
 * Every way a Freenom call can fail, closed. `api` carries Freenom's own text unchanged (the
 * API has no codes, docs/freenom.md#errors); only the documented strings are classified. Messages never
 * contain the password or a URL with parameters.
 */
export type FreenomApiErrorCode =
  'unsupported' | 'anonymous' | 'credentials-refused' | 'invalid-domainname' | 'rejected';

export type FreenomError =
  | { kind: 'api'; code: FreenomApiErrorCode; message: string }
  | { kind: 'transport'; reason: HttpFailureReason | 'server-error'; message: string }
  | { kind: 'unexpected-answer'; message: string }
  /** A write whose fate could not be established; the user must look before trying again. */
  | { kind: 'unconfirmed'; message: string }
  | { kind: 'invalid-input'; field: string; message: string };

export type FreenomResult<T> =
  | {
      ok: true;
      value: T;
      /** Set when the answer was lost and the change was confirmed by reading state back. */
      confirmedByReread?: true;
    }
  | { ok: false; error: FreenomError };

const DOCUMENTED: [string, FreenomApiErrorCode][] = [
  ['No function called or function not supported', 'unsupported'],
  ['No anonymous access, authorization required', 'anonymous'],
  ['Login credentials do not match any account', 'credentials-refused'],
  ['Invalid domainname', 'invalid-domainname'],
];

export function apiError(text: string): FreenomError {
  const message = text.trim() || 'Freenom reported an error without a message.';
  const match = DOCUMENTED.find(([doc]) => doc.toLowerCase() === message.toLowerCase());
  return { kind: 'api', code: match?.[1] ?? 'rejected', message };
}

const REASONS: Record<HttpFailureReason | 'server-error', string> = {
  timeout: 'did not answer in time',
  reset: 'dropped the connection',
  network: 'could not be reached',
  'body-too-large': 'sent an answer that is too large',
  'unreadable-body': 'sent an answer that was cut off or unreadable',
  aborted: 'was not asked to the end (cancelled)',
  'server-error': 'answered with a server error',
};

export function transportError(
  reason: HttpFailureReason | 'server-error',
  host: string,
  status?: number,
): FreenomError {
  const suffix = status === undefined ? '' : ` (HTTP ${status})`;
  return { kind: 'transport', reason, message: `Freenom at ${host} ${REASONS[reason]}${suffix}.` };
}

/** A sentence for any error, for logs and the UI. */
export function describeFreenomError(error: FreenomError): string {
  switch (error.kind) {
    case 'api':
      return `Freenom said: ${error.message}`;
    case 'transport':
    case 'unexpected-answer':
    case 'unconfirmed':
    case 'invalid-input':
      return error.message;
    default:
      return assertNever(error);
  }
}
