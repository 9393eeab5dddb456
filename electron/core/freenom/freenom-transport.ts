import { XMLParser } from 'fast-xml-parser';
import type { Dispatcher } from 'undici';
import { sendHttpRequest } from '../http/send-http-request.js';
import type { Clock } from '../ports.js';
import { apiError, transportError, type FreenomError } from './freenom-errors.js';

export type FreenomFormat = 'json' | 'xml';
export type FreenomVerb = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface TransportSettings {
  baseUrl: string;
  format: FreenomFormat;
  dispatcher: Dispatcher | undefined;
  /** Backoff pauses and the idempotency window; the HTTP deadline itself is real time. */
  clock: Clock;
  timeoutMs: number;
}

/** One exchange: a decoded Freenom body, or a failure that says whether it may be retried. */
export type Exchange =
  | { kind: 'answer'; body: Record<string, unknown> }
  | { kind: 'failure'; error: FreenomError; transient: boolean };

// Lists that XML cannot mark as lists when they hold one element (docs/freenom.md#xml-answers).
const XML_LISTS = new Set([
  'freenom.domain',
  'freenom.nameserver',
  'freenom.contact',
  'freenom.transfer',
  'freenom.domain.pricing',
  'freenom.domain.nameserver',
  'freenom.contact.contact_domain',
]);
const xml = new XMLParser({
  ignoreDeclaration: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (_name, jpath) => XML_LISTS.has(String(jpath)),
});

export async function exchange(
  settings: TransportSettings,
  path: string,
  verb: FreenomVerb,
  encoded: string,
): Promise<Exchange> {
  const base = settings.baseUrl.replace(/\/+$/, '');
  const suffix = settings.format === 'xml' ? '.xml' : '';
  const url = `${base}/${path}${suffix}${verb === 'GET' && encoded ? `?${encoded}` : ''}`;
  const host = new URL(base).host;
  const outcome = await sendHttpRequest({
    url,
    method: verb,
    headers:
      verb === 'GET'
        ? { accept: accept(settings.format) }
        : {
            accept: accept(settings.format),
            'content-type': 'application/x-www-form-urlencoded',
          },
    ...(verb === 'GET' ? {} : { body: encoded }),
    dispatcher: settings.dispatcher,
    timeoutMs: settings.timeoutMs,
    maxBodyBytes: 8 * 1024 * 1024,
    // The deadline runs in real time; the injected clock drives backoff and the 30 s window.
  });
  if (outcome.kind === 'failure')
    return { kind: 'failure', error: transportError(outcome.reason, host), transient: true };
  const body = decode(settings.format, outcome.body);
  // Success and API errors come from the body, whatever the HTTP code (docs/freenom.md#http-status-codes).
  if (body) {
    if (String(body.status ?? '').toLowerCase() === 'error')
      return { kind: 'failure', error: apiError(String(body.error ?? '')), transient: false };
    return { kind: 'answer', body };
  }
  if (outcome.status >= 500)
    return {
      kind: 'failure',
      error: transportError('server-error', host, outcome.status),
      transient: true,
    };
  return {
    kind: 'failure',
    error: {
      kind: 'unexpected-answer',
      message: `Freenom at ${host} answered with something that is not the Freenom API (HTTP ${outcome.status}). Check the API address.`,
    },
    transient: false,
  };
}

function accept(format: FreenomFormat): string {
  return format === 'xml' ? 'application/xml' : 'application/json';
}

function decode(format: FreenomFormat, text: string): Record<string, unknown> | null {
  try {
    if (format === 'json') {
      const value: unknown = JSON.parse(text);
      return isRecord(value) ? value : null;
    }
    const value: unknown = xml.parse(text, true);
    const root = isRecord(value) ? value.freenom : undefined;
    return isRecord(root) ? root : null;
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parameters as Freenom reads them: form encoding, repeated keys for lists. */
export function encodeParams(params: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
  }
  return search.toString();
}
