import {
  channels,
  describeIssues,
  isChannelName,
  refusalOf,
  type ApiError,
} from '../../shared/contract/index.js';
import type { CoreHandlers } from './create-core.js';

export type DispatchResult = { ok: true; result: unknown } | { ok: false; error: ApiError };

export interface DispatchOptions {
  /** Where the detail of a bug goes; the answer itself only says "internal error". */
  logUnexpected?: (detail: string) => void;
}

/** Errors that mean a bug in DNS Tray, not a refusal worded for a person. */
const BUG_ERRORS = [TypeError, ReferenceError, RangeError, SyntaxError, EvalError, URIError];

/**
 * Validates a request against its channel's schema and only then calls the handler. Both
 * shells go through here, so no handler ever sees an unparsed payload. A handler's refusal
 * (`{ ok: false, errors }`) is answered as an `invalid-input` error, like a schema failure, so
 * callers tell refusal from success by `ok` alone (and the HTTP bridge by its status code).
 * Failures are reduced to their message; a bug's text (stack, internals) never crosses.
 */
export async function dispatch(
  handlers: CoreHandlers,
  channel: string,
  payload: unknown,
  options: DispatchOptions = {},
): Promise<DispatchResult> {
  if (!isChannelName(channel)) {
    return {
      ok: false,
      error: { code: 'unknown-channel', message: `unknown channel "${channel}"` },
    };
  }
  const parsed = channels[channel].request.safeParse(payload);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error, 'request') };
  try {
    const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
    const result = await handler(parsed.data);
    const refusal = refusalOf(result);
    return refusal ? { ok: false, error: refusal } : { ok: true, result };
  } catch (error) {
    if (BUG_ERRORS.some((kind) => error instanceof kind)) {
      const detail = (error as Error).stack ?? String(error);
      (options.logUnexpected ?? console.error)(`${channel} failed: ${detail}`);
      return { ok: false, error: { code: 'failed', message: `internal error in ${channel}` } };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'failed', message } };
  }
}
