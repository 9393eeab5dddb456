import ipaddr from 'ipaddr.js';
import type { Dispatcher } from 'undici';
import { sendHttpRequest, type HttpFailure } from '../http/send-http-request.js';
import type { EchoSource } from '../../../shared/engine/engine-settings.js';
import type { AddressFamily } from '../../../shared/validators/dns.js';
import { judgeAddress, label, type AddressPolicy } from './address-policy.js';
import { assertNever } from '../../../shared/lang/assert-never.js';
import { parseAnswer } from './parse-answer.js';
import type { AddressSource, SourceAnswer } from './source-answer.js';

export const MAX_ANSWER_BYTES = 4096;

/** Connection errors that mean "this family has no route here", not "the source is down". */
const NO_ROUTE = new Set(['ENETUNREACH', 'EHOSTUNREACH', 'EADDRNOTAVAIL', 'EAFNOSUPPORT']);

export interface EchoSourceOptions {
  dispatcher: Dispatcher;
  policy: AddressPolicy;
  timeoutMs: number;
}

/**
 * An HTTPS echo service as an AddressSource: one GET through sendHttpRequest (no redirects,
 * 4 KiB cap, timed out), validated. The signal only fires on shutdown: detectAddress lets
 * stragglers finish so their kept-alive connections survive.
 */
export function createEchoSource(config: EchoSource, options: EchoSourceOptions): AddressSource {
  return {
    id: config.id,
    name: config.name,
    kind: 'echo',
    family: config.family,
    async ask(signal) {
      const started = performance.now();
      const base = {
        sourceId: config.id,
        sourceName: config.name,
        kind: 'echo' as const,
        family: config.family,
      };
      const done = (
        rest: DistributiveOmit<SourceAnswer, keyof typeof base | 'latencyMs'>,
      ): SourceAnswer =>
        ({ ...base, latencyMs: Math.round(performance.now() - started), ...rest }) as SourceAnswer;
      const literal = literalFamilyProblem(config.url, config.family);
      if (literal) return done({ outcome: 'error', problem: literal });
      const outcome = await sendHttpRequest({
        url: config.url,
        method: 'GET',
        dispatcher: options.dispatcher,
        signal,
        headers: { accept: 'text/plain, application/json;q=0.9, */*;q=0.1' },
        timeoutMs: options.timeoutMs,
        maxBodyBytes: MAX_ANSWER_BYTES,
      });
      if (outcome.kind === 'failure') {
        if (outcome.code && NO_ROUTE.has(outcome.code))
          return done({
            outcome: 'none',
            detail: `no ${label(config.family)} route (${outcome.code})`,
          });
        return done({ outcome: 'error', problem: describeFailure(outcome, options.timeoutMs) });
      }
      if (outcome.status !== 200)
        return done({ outcome: 'error', problem: `answered HTTP ${outcome.status}` });
      const parsed = parseAnswer(config.format, outcome.body, config.jsonField);
      if (!parsed.ok) return done({ outcome: 'error', problem: parsed.problem });
      const verdict = judgeAddress(config.family, parsed.text, options.policy);
      if (!verdict.ok) return done({ outcome: 'error', problem: verdict.problem });
      return done({ outcome: 'address', address: verdict.address });
    },
  };
}

/**
 * Pinning the socket family only steers name resolution; an address literal of the other
 * family in the URL would bypass it, so such a source is refused (loopback excepted: tests).
 */
function literalFamilyProblem(url: string, family: AddressFamily): string | null {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(host) || host === '::1' || host.startsWith('127.')) return null;
  const literal = ipaddr.parse(host).kind() === 'ipv4' ? 'ipv4' : 'ipv6';
  return literal === family
    ? null
    : `is configured with an ${label(literal)} address in its URL but asked for ${label(family)}`;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

const RESET_CODES = new Set(['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE', 'UND_ERR_CLOSED']);

function describeFailure(failure: HttpFailure, timeoutMs: number): string {
  const code = failure.code;
  switch (failure.reason) {
    case 'timeout':
      return `did not answer within ${timeoutMs / 1000} s`;
    case 'aborted':
      return 'was not asked to the end: DNS Tray is stopping';
    case 'body-too-large':
      return `answered more than ${MAX_ANSWER_BYTES} bytes`;
    case 'reset':
      return 'closed the connection before answering';
    case 'unreadable-body':
      return code && RESET_CODES.has(code)
        ? 'closed the connection before answering'
        : 'answered text that could not be read (cut off or not UTF-8)';
    case 'network':
      if (code === 'ECONNREFUSED') return 'refused the connection';
      if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        return 'could not be found (DNS lookup failed)';
      return `could not be reached (${code ?? failure.detail})`;
    default:
      return assertNever(failure.reason);
  }
}
