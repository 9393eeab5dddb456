import {
  channels,
  describeIssues,
  isChannelName,
  type ApiError,
} from '../../shared/contract/index.js';
import type { CoreHandlers } from './create-core.js';

export type DispatchResult = { ok: true; result: unknown } | { ok: false; error: ApiError };

/**
 * Validates a request against its channel's schema and only then calls the handler. Both
 * shells go through here, so no handler ever sees an unparsed payload. Handler failures are
 * reduced to their message: stack traces and internals never cross to the renderer.
 */
export async function dispatch(
  handlers: CoreHandlers,
  channel: string,
  payload: unknown,
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
    return { ok: true, result: await handler(parsed.data) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'failed', message } };
  }
}
