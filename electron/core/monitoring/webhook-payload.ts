import { createHmac } from 'node:crypto';
import type { WebhookSettings } from '../../../shared/settings/monitoring-settings.js';
import type { HttpRequest } from '../http/send-http-request.js';
import { notificationContent, type NotifiableEvent } from '../notifications/notification-events.js';

export const SIGNATURE_HEADER = 'x-dnstray-signature';

/** The JSON body of a webhook, version 1 (README, "Webhooks"). */
export interface WebhookBody {
  version: 1;
  source: 'dnstray';
  webhook: string;
  event: NotifiableEvent['kind'];
  at: string;
  title: string;
  message: string;
  /** The event's own fields (host, domain, family, address...), every text redacted. */
  details: Record<string, string>;
}

/** Builds the request for one event; every text goes through `redact` before it is placed. */
export function webhookRequest(
  hook: WebhookSettings,
  event: NotifiableEvent,
  at: string,
  secret: string | undefined,
  redact: (text: string) => string,
): Pick<HttpRequest, 'url' | 'method' | 'headers' | 'body'> {
  const content = notificationContent(event);
  const title = redact(content.title);
  const message = redact(content.body);
  if (hook.format === 'ntfy') {
    const headers: Record<string, string> = {
      'content-type': 'text/plain; charset=utf-8',
      title: encodeHeader(title),
      tags: event.kind,
    };
    // ntfy's access token, for protected topics: the same secret a JSON hook signs with.
    if (secret) headers.authorization = `Bearer ${secret}`;
    return { url: hook.url, method: 'POST', headers, body: message };
  }
  const { kind, ...fields } = event;
  const details = Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [key, redact(String(value))]),
  );
  const body: WebhookBody = {
    version: 1,
    source: 'dnstray',
    webhook: hook.id,
    event: kind,
    at,
    title,
    message,
    details,
  };
  const text = JSON.stringify(body);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (secret) headers[SIGNATURE_HEADER] = signBody(secret, text, Date.parse(at));
  return { url: hook.url, method: 'POST', headers, body: text };
}

/**
 * `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`: the timestamp is signed with the
 * body, so a receiver can refuse old replays.
 */
export function signBody(secret: string, body: string, atMs: number): string {
  const t = Math.floor(atMs / 1000);
  const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
  return `t=${t},v1=${v1}`;
}

/** Header values must be Latin-1; anything else travels as an RFC 2047 word, which ntfy reads. */
function encodeHeader(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  return `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
}

/** Where a webhook's secret is looked up: `DNSTRAY_WEBHOOK_SECRET_<ID>` (env or secrets file). */
export function webhookSecretVariable(webhookId: string): string {
  return `DNSTRAY_WEBHOOK_SECRET_${webhookId.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}
