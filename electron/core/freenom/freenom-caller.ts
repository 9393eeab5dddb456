import { assertNever } from '../../../shared/lang/assert-never.js';
import type { z } from '../../../shared/validators/z.js';
import { type FreenomError, type FreenomResult } from './freenom-errors.js';
import {
  encodeParams,
  exchange,
  type Exchange,
  type FreenomVerb,
  type TransportSettings,
} from './freenom-transport.js';

export interface FreenomCredentials {
  email: string;
  password: string;
}

export interface RetryPolicy {
  /** Pauses between attempts of a read (GET); one more attempt than pauses. */
  readDelaysMs: number[];
  /**
   * A POST whose answer was lost is sent again, byte for byte, only while this much time has
   * passed since the first send (30 s replay: docs/freenom.md#post-idempotency-window); the
   * default leaves 5 s for the network.
   */
  resendWindowMs: number;
}

/** What a re-read after a lost PUT/DELETE answer found. */
export type RereadVerdict =
  | { state: 'applied'; body: Record<string, unknown> }
  | { state: 'not-applied' }
  | { state: 'unknown' };

export interface FunctionSpec<T> {
  path: string;
  verb: FreenomVerb;
  auth: boolean;
  schema: z.ZodMiniType<T>;
}

/**
 * Sends one function call with these retry rules: reads retried with backoff; a POST
 * re-sent identically only inside the idempotency window; a PUT/DELETE re-sent only after a
 * re-read showed it did not happen.
 */
export class FreenomCaller {
  constructor(
    private readonly settings: TransportSettings,
    private readonly credentials: FreenomCredentials,
    private readonly testMode: boolean,
    private readonly policy: RetryPolicy,
    /** Send PUT/DELETE as POST with `method=PUT|DELETE`, for proxies that block those verbs. */
    private readonly tunnelVerbs = false,
  ) {}

  async call<T>(
    spec: FunctionSpec<T>,
    params: Record<string, unknown>,
    reread?: () => Promise<RereadVerdict>,
  ): Promise<FreenomResult<T>> {
    // A read that carries credentials goes as POST with the documented `method=GET` override
    // (docs/freenom.md#verbs), so the password never sits in a URL.
    const readInBody = spec.verb === 'GET' && spec.auth;
    const encoded = encodeParams({
      ...params,
      ...(spec.auth ? this.credentials : {}),
      ...(readInBody ? { method: 'GET' } : {}),
      ...(this.testMode && spec.verb !== 'GET' ? { test_mode: 1 } : {}),
      ...(this.tunnelVerbs && (spec.verb === 'PUT' || spec.verb === 'DELETE')
        ? { method: spec.verb }
        : {}),
    });
    let outcome: Exchange | { kind: 'confirmed'; body: Record<string, unknown> };
    switch (spec.verb) {
      case 'GET':
        outcome = await this.read(spec.path, encoded, readInBody ? 'POST' : 'GET');
        break;
      case 'POST':
        outcome = await this.post(spec.path, encoded);
        break;
      case 'PUT':
      case 'DELETE':
        outcome = await this.change(spec.path, spec.verb, encoded, reread);
        break;
      default:
        return assertNever(spec.verb);
    }
    if (outcome.kind === 'failure') return { ok: false, error: outcome.error };
    const parsed = spec.schema.safeParse(outcome.body);
    if (!parsed.success)
      return {
        ok: false,
        error: {
          kind: 'unexpected-answer',
          message: `Freenom's answer to ${spec.path} has an unexpected shape (${parsed.error.issues[0]?.path.join('.') || 'body'}).`,
        },
      };
    return outcome.kind === 'confirmed'
      ? { ok: true, value: parsed.data, confirmedByReread: true }
      : { ok: true, value: parsed.data };
  }

  private async read(path: string, encoded: string, wire: 'GET' | 'POST'): Promise<Exchange> {
    let outcome = await exchange(this.settings, path, wire, encoded);
    for (const delay of this.policy.readDelaysMs) {
      if (outcome.kind === 'answer' || !outcome.transient) break;
      await this.sleep(delay);
      outcome = await exchange(this.settings, path, wire, encoded);
    }
    return outcome;
  }

  private async post(path: string, encoded: string): Promise<Exchange> {
    const clock = this.settings.clock;
    const started = clock.now();
    let outcome = await exchange(this.settings, path, 'POST', encoded);
    let maybeDone = isAmbiguous(outcome);
    for (const delay of this.policy.readDelaysMs) {
      if (outcome.kind === 'answer' || !outcome.transient) break;
      await this.sleep(delay);
      if (clock.now() - started >= this.policy.resendWindowMs) break;
      outcome = await exchange(this.settings, path, 'POST', encoded);
      maybeDone ||= isAmbiguous(outcome);
    }
    if (outcome.kind === 'failure' && outcome.transient && maybeDone)
      return unconfirmed(
        `Freenom did not confirm ${path} (${outcome.error.message}) and it can no longer be sent again safely, as it might be done twice. Check the domain before trying again.`,
      );
    return outcome;
  }

  private async change(
    path: string,
    verb: 'PUT' | 'DELETE',
    encoded: string,
    reread?: () => Promise<RereadVerdict>,
  ): Promise<Exchange | { kind: 'confirmed'; body: Record<string, unknown> }> {
    const wire = this.tunnelVerbs ? 'POST' : verb;
    const first = await exchange(this.settings, path, wire, encoded);
    // A refused connection never reached Freenom: report it as it is, nothing to re-read.
    if (first.kind === 'answer' || !isAmbiguous(first)) return first;
    const verdict = reread ? await reread() : { state: 'unknown' as const };
    switch (verdict.state) {
      case 'applied':
        return { kind: 'confirmed', body: verdict.body };
      case 'not-applied': {
        const again = await exchange(this.settings, path, wire, encoded);
        if (again.kind === 'answer' || !again.transient) return again;
        return unconfirmed(
          `Freenom did not confirm ${path} twice (${again.error.message}). Check the domain before trying again.`,
        );
      }
      case 'unknown':
        return unconfirmed(
          `Freenom did not confirm ${path} (${first.error.message}) and reading the state back did not tell whether it happened. Check before trying again.`,
        );
      default:
        return assertNever(verdict);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.settings.clock.setTimeout(resolve, ms));
  }
}

/**
 * A lost answer after the request may have reached Freenom (reset, timeout, 5xx). A refused
 * connection or unknown host ('network') means it never arrived.
 */
function isAmbiguous(outcome: Exchange): boolean {
  if (outcome.kind === 'answer' || !outcome.transient) return false;
  const error: FreenomError = outcome.error;
  return !(error.kind === 'transport' && error.reason === 'network');
}

function unconfirmed(message: string): Exchange {
  return { kind: 'failure', error: { kind: 'unconfirmed', message }, transient: false };
}
