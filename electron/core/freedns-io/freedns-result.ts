import { assertNever } from '../../../shared/lang/assert-never.js';

/**
 * How one freedns.io request ended. The service answers 200 for success and 401 for every
 * failure with a short message whose exact wording is not public, so the reason of a
 * rejection is a best guess from keywords and the server's message is always kept.
 */
export type FreednsResult = FreednsAccepted | FreednsRejected | FreednsTransient | FreednsInvalid;

export interface FreednsAccepted {
  kind: 'accepted';
  /** The server's message, trimmed. */
  message: string;
  /** The message reads like "nothing to change" (a hint only: the wording is not public). */
  noChange: boolean;
}

export type FreednsRejectReason =
  | 'bad-credentials'
  | 'premium-required'
  | 'quota-used'
  | 'rate-limited'
  | 'unknown-host'
  | 'mx-limit'
  | 'mx-not-found'
  | 'invalid-request'
  | 'unrecognised';

export interface FreednsRejected {
  kind: 'rejected';
  reason: FreednsRejectReason;
  /** What the server said (body, or the reason phrase when the body is empty). */
  serverMessage: string;
  status: number;
}

export type FreednsTransientReason =
  | 'timeout'
  | 'reset'
  | 'network'
  | 'http-5xx'
  | 'unexpected-status'
  | 'unexpected-content-type'
  | 'unreadable-body'
  | 'aborted';

export interface FreednsTransient {
  kind: 'transient';
  reason: FreednsTransientReason;
  /** A sentence for the activity log; never holds the password. */
  detail: string;
  status?: number;
}

/** The input failed validation before anything was sent. */
export interface FreednsInvalid {
  kind: 'invalid';
  field: 'host' | 'value' | 'target' | 'replace' | 'preference' | 'type' | 'username' | 'password';
  message: string;
}

/** Rejections that will not go away by retrying: the user has to change something. */
export function isFatalRejection(reason: FreednsRejectReason): boolean {
  switch (reason) {
    case 'bad-credentials':
    case 'premium-required':
    case 'unknown-host':
    case 'invalid-request':
    case 'mx-limit':
    case 'mx-not-found':
      return true;
    case 'quota-used':
    case 'rate-limited':
    case 'unrecognised':
      return false;
    default:
      return assertNever(reason);
  }
}

// Order matters: "Missing parameter: password" is a bad request, not bad credentials, and
// "MX record mx.host.example not found" is about MX, not about the host.
const RULES: [FreednsRejectReason, RegExp][] = [
  ['rate-limited', /rate.?limit|too many requests|requests per hour|per hour|blocked/],
  ['quota-used', /quota|per day|daily|today/],
  ['premium-required', /premium/],
  ['invalid-request', /missing|required|mandatory/],
  ['mx-limit', /\bmx\b.*(limit|at most|maximum|too many)|(limit|at most|maximum).*\bmx\b/],
  ['mx-not-found', /\bmx\b.*(not found|no such|does not exist|unknown)/],
  ['bad-credentials', /password|credential|username|user name|authenticat|log ?in/],
  ['unknown-host', /host.*(not found|unknown|no such|does not|doesn't|not exist|not belong)/],
  ['unknown-host', /(unknown|invalid|no such) host/],
  ['invalid-request', /invalid|malformed|not valid|wrong|not allowed|not permitted|bad /],
];

/**
 * Guesses the reason of a rejection from the server's words; "unrecognised" otherwise.
 * `echoed` are values the request sent (host, target...), blanked first so that a host named
 * "today" cannot read as a quota message.
 */
export function classifyRejection(message: string, echoed: string[] = []): FreednsRejectReason {
  let text = message.toLowerCase();
  for (const value of echoed.filter((item) => item.length >= 3)) {
    const escaped = value.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    text = text.replace(new RegExp(`(?<![\\w.-])${escaped}(?![\\w-])`, 'g'), ' ');
  }
  return RULES.find(([, pattern]) => pattern.test(text))?.[0] ?? 'unrecognised';
}

export function readsAsNoChange(message: string): boolean {
  return /no change|not needed|unchanged|already|nothing to (change|update)|same value/i.test(
    message,
  );
}
