import ipaddr from 'ipaddr.js';
import { Agent, errors, request, type Dispatcher } from 'undici';
import type { EchoSource } from '../../../shared/engine/engine-settings.js';
import type { AddressFamily } from '../../../shared/validators/dns.js';
import { judgeAddress, label, type AddressPolicy } from './address-policy.js';
import { parseAnswer } from './parse-answer.js';
import type { AddressSource, SourceAnswer } from './source-answer.js';

export const MAX_ANSWER_BYTES = 4096;

/** Connection errors that mean "this family has no route here", not "the source is down". */
const NO_ROUTE = new Set(['ENETUNREACH', 'EHOSTUNREACH', 'EADDRNOTAVAIL', 'EAFNOSUPPORT']);

/** One undici Agent per family, so a question about IPv4 is never answered over IPv6. */
export function createFamilyDispatchers(localAddress?: Partial<Record<AddressFamily, string>>) {
  const make = (family: AddressFamily): Agent =>
    new Agent({
      connect: {
        family: family === 'ipv4' ? 4 : 6,
        ...(localAddress?.[family] ? { localAddress: localAddress[family] } : {}),
      },
      keepAliveTimeout: 10_000,
    });
  const dispatchers = { ipv4: make('ipv4'), ipv6: make('ipv6') };
  return {
    dispatchers: dispatchers as Record<AddressFamily, Dispatcher>,
    close: async () => {
      await Promise.all([dispatchers.ipv4.close(), dispatchers.ipv6.close()]);
    },
  };
}

export interface EchoSourceOptions {
  dispatcher: Dispatcher;
  policy: AddressPolicy;
  timeoutMs: number;
}

/** An HTTPS echo service as an AddressSource: one GET, capped, timed out, validated. */
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
      try {
        const body = await fetchCapped(config.url, options, signal);
        if (body.status !== 200)
          return done({ outcome: 'error', problem: `answered HTTP ${body.status}` });
        const parsed = parseAnswer(config.format, body.text, config.jsonField);
        if (!parsed.ok) return done({ outcome: 'error', problem: parsed.problem });
        const verdict = judgeAddress(config.family, parsed.text, options.policy);
        if (!verdict.ok) return done({ outcome: 'error', problem: verdict.problem });
        return done({ outcome: 'address', address: verdict.address });
      } catch (error) {
        const code = (error as { code?: string }).code ?? '';
        if (NO_ROUTE.has(code))
          return done({ outcome: 'none', detail: `no ${label(config.family)} route (${code})` });
        return done({ outcome: 'error', problem: describeFailure(error, options.timeoutMs) });
      }
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

async function fetchCapped(
  url: string,
  options: EchoSourceOptions,
  outer: AbortSignal,
): Promise<{ status: number; text: string }> {
  const signal = AbortSignal.any([outer, AbortSignal.timeout(options.timeoutMs)]);
  const response = await request(url, {
    method: 'GET',
    dispatcher: options.dispatcher,
    signal,
    headers: { accept: 'text/plain, application/json;q=0.9, */*;q=0.1' },
    maxRedirections: 0,
  } as Parameters<typeof request>[1]);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_ANSWER_BYTES) {
      response.body.destroy();
      throw new AnswerTooLarge();
    }
    chunks.push(chunk);
  }
  return { status: response.statusCode, text: Buffer.concat(chunks).toString('utf8') };
}

class AnswerTooLarge extends Error {
  constructor() {
    super(`answered more than ${MAX_ANSWER_BYTES} bytes`);
  }
}

function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof AnswerTooLarge) return error.message;
  const name = (error as { name?: string }).name;
  if (
    name === 'TimeoutError' ||
    error instanceof errors.HeadersTimeoutError ||
    error instanceof errors.BodyTimeoutError
  )
    return `did not answer within ${timeoutMs / 1000} s`;
  if (name === 'AbortError') return 'was not needed: other sources already agreed';
  const code = (error as { code?: string }).code;
  if (code === 'ECONNREFUSED') return 'refused the connection';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET')
    return 'closed the connection before answering';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'could not be found (DNS lookup failed)';
  return `could not be reached (${code ?? (error instanceof Error ? error.message : String(error))})`;
}
