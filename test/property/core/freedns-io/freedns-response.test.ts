import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  buildUpdateParams,
  classifyRejection,
  interpret,
  type FreednsOperation,
  type FreednsResult,
} from '../../../../electron/core/freedns-io/index.js';
import type { HttpOutcome } from '../../../../electron/core/http/send-http-request.js';
import { checkHostLabel } from '../../../../shared/validators/dns.js';
import { anyText, check, dnsLabel, isVerdict } from '../../property-support.js';

const REASONS = new Set([
  'bad-credentials',
  'premium-required',
  'quota-used',
  'rate-limited',
  'unknown-host',
  'mx-limit',
  'mx-not-found',
  'invalid-request',
  'unrecognised',
]);

/** Whatever a server or the network can hand the client. */
const outcome: fc.Arbitrary<HttpOutcome> = fc.oneof(
  fc.record({
    kind: fc.constant('response' as const),
    status: fc.oneof(
      fc.constantFrom(200, 401, 403, 429, 500, 502, 503),
      fc.integer({ min: 100, max: 599 }),
    ),
    statusText: fc.oneof(fc.constantFrom('', 'OK', 'Unauthorized', 'Bad Gateway'), anyText),
    contentType: fc.option(
      fc.oneof(
        fc.constantFrom('text/plain', 'text/html; charset=utf-8', 'application/json', 'image/png'),
        anyText,
      ),
    ),
    body: fc.oneof(
      anyText,
      fc.constantFrom(
        '',
        'Invalid password',
        'Host not found',
        'Daily update quota used',
        'Premium required for TXT',
        '<html><h1>502 Bad Gateway</h1></html>',
      ),
    ),
  }),
  fc.record({
    kind: fc.constant('failure' as const),
    reason: fc.constantFrom('timeout', 'reset', 'network', 'body-too-large', 'unreadable-body'),
    detail: anyText,
  }),
);

/** Every result says something a person can read. */
function speaks(result: FreednsResult): boolean {
  switch (result.kind) {
    case 'accepted':
      return typeof result.message === 'string' && typeof result.noChange === 'boolean';
    case 'rejected':
      return REASONS.has(result.reason) && result.serverMessage.trim().length > 0;
    case 'transient':
      return isVerdict(result.detail);
    case 'invalid':
      return isVerdict(result.message);
  }
}

describe('freedns.io answer interpreter', () => {
  it('turns every HTTP outcome into a typed result that carries a message, never throwing', () => {
    check(outcome, (value) => speaks(interpret(value)));
  });
  it('treats every 5xx as transient, whatever the body says', () => {
    check(fc.tuple(fc.integer({ min: 500, max: 599 }), anyText), ([status, body]) => {
      const result = interpret({
        kind: 'response',
        status,
        statusText: '',
        contentType: 'text/plain',
        body,
      });
      return result.kind === 'transient' && result.reason === 'http-5xx';
    });
  });
  it('keeps the server message of every textual 401 word for word (trimmed)', () => {
    check(
      anyText.filter((text) => text.trim().length > 0),
      (body) => {
        const result = interpret({
          kind: 'response',
          status: 401,
          statusText: 'Unauthorized',
          contentType: 'text/plain',
          body,
        });
        return result.kind === 'rejected' && result.serverMessage === body.trim();
      },
    );
  });
  it('classifies any message as one of the known reasons', () => {
    check(fc.tuple(anyText, fc.array(anyText, { maxLength: 3 })), ([message, echoed]) =>
      REASONS.has(classifyRejection(message, echoed)),
    );
  });
  it('is not swayed by a host name that reads like a reason', () => {
    check(
      fc.constantFrom('today', 'premium', 'quota', 'daily', 'password'),
      (host) => classifyRejection(`Host ${host} not found`, [host]) === 'unknown-host',
    );
  });
});

const operation: fc.Arbitrary<FreednsOperation> = fc.oneof(
  fc.record(
    {
      op: fc.constant('set-address' as const),
      host: fc.oneof(anyText, dnsLabel),
      type: fc.constantFrom('A' as const, 'AAAA' as const),
      value: fc.oneof(anyText, fc.ipV4(), fc.ipV6()),
    },
    { requiredKeys: ['op', 'host', 'type'] },
  ),
  fc.record({
    op: fc.constant('set-cname' as const),
    host: fc.oneof(anyText, dnsLabel),
    target: anyText,
  }),
  fc.record({
    op: fc.constant('set-txt' as const),
    host: fc.oneof(anyText, dnsLabel),
    text: anyText,
  }),
  fc.record(
    {
      op: fc.constant('add-mx' as const),
      host: dnsLabel,
      target: fc.oneof(anyText, fc.domain()),
      preference: fc.oneof(fc.integer(), fc.double()),
    },
    { requiredKeys: ['op', 'host', 'target'] },
  ),
  fc.record(
    {
      op: fc.constant('replace-mx' as const),
      host: dnsLabel,
      oldTarget: fc.oneof(anyText, fc.domain()),
      target: fc.oneof(anyText, fc.domain()),
      preference: fc.integer(),
    },
    { requiredKeys: ['op', 'host', 'oldTarget', 'target'] },
  ),
  fc.record({
    op: fc.constant('delete-mx' as const),
    host: dnsLabel,
    target: fc.oneof(anyText, fc.domain()),
  }),
  fc.record({
    op: fc.constant('delete-record' as const),
    host: fc.oneof(anyText, dnsLabel),
    type: fc.constantFrom('A' as const, 'AAAA' as const, 'CNAME' as const, 'TXT' as const),
  }),
);

describe('freedns.io request builder', () => {
  it('builds parameters with a valid host label, or refuses naming the field, for any operation', () => {
    check(operation, (op) => {
      const built = buildUpdateParams(op);
      if ('kind' in built) return isVerdict(built.message) && built.message !== null;
      const host = built.params.find(([name]) => name === 'host')?.[1] ?? '';
      return (
        checkHostLabel(host) === null &&
        built.params.every(([name]) => name !== 'password' && name !== 'username')
      );
    });
  });
});
