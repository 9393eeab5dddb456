import { describe, expect, it } from 'vitest';
import {
  classifyRejection,
  isFatalRejection,
  type FreednsRejectReason,
} from '../../../../electron/core/freedns-io/index.js';

describe('classifyRejection', () => {
  it.each<[string, FreednsRejectReason]>([
    ['Invalid username or password.', 'bad-credentials'],
    ['Authentication failed', 'bad-credentials'],
    ['Wrong credentials', 'bad-credentials'],
    ['This record type is only for Premium accounts', 'premium-required'],
    ['Daily update quota used: home may be updated 2 times per day.', 'quota-used'],
    ['You have reached the maximum number of updates for today', 'quota-used'],
    ['Too many requests from your IP address: at most 60 requests per hour.', 'rate-limited'],
    ['Your IP address has been blocked', 'rate-limited'],
    ['Host foo not found in your account.', 'unknown-host'],
    ['Unknown host', 'unknown-host'],
    ['The host does not belong to you', 'unknown-host'],
    ['MX limit reached: a host can have at most 4 MX records.', 'mx-limit'],
    ['MX record mx.host.example not found on home.', 'mx-not-found'],
    ['Missing parameter: password.', 'invalid-request'],
    ['A value is required for CNAME records.', 'invalid-request'],
    ['Invalid record type: SRV.', 'invalid-request'],
    ['Invalid value for the A record: 300.1.1.1.', 'invalid-request'],
    ['ERR 17', 'unrecognised'],
    ['', 'unrecognised'],
  ])('reads "%s" as %s', (message, reason) => {
    expect(classifyRejection(message)).toBe(reason);
  });

  it('ignores words that merely echo what was sent', () => {
    expect(classifyRejection('Host today not found in your account.')).toBe('quota-used');
    expect(classifyRejection('Host today not found in your account.', ['today'])).toBe(
      'unknown-host',
    );
    expect(
      classifyRejection('MX record premium.example.net not found.', ['premium.example.net']),
    ).toBe('mx-not-found');
  });
});

describe('isFatalRejection', () => {
  it.each<[FreednsRejectReason, boolean]>([
    ['bad-credentials', true],
    ['premium-required', true],
    ['unknown-host', true],
    ['invalid-request', true],
    ['mx-limit', true],
    ['mx-not-found', true],
    ['quota-used', false],
    ['rate-limited', false],
    ['unrecognised', false],
  ])('says %s is fatal: %s', (reason, fatal) => {
    expect(isFatalRejection(reason)).toBe(fatal);
  });
});
