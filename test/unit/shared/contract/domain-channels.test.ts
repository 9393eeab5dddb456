import { describe, expect, it } from 'vitest';
import { describeIssues } from '../../../../shared/contract/errors.js';
import { channels } from '../../../../shared/contract/channels.js';

const ok = {
  domain: 'example.com',
  type: 'PAID',
  period: '1Y',
  idShield: true,
  nameservers: ['ns1.example.net', 'ns2.example.net'],
};

/** Each bad request is refused with the field named and the shared validator's sentence. */
const cases: [string, string, unknown, string, string][] = [
  [
    'register',
    'domains:register',
    { ...ok, domain: '-bad-.com' },
    'request.domain',
    'Use letters, digits and hyphens only',
  ],
  [
    'register',
    'domains:register',
    { ...ok, period: '6Y' },
    'request.period',
    'A paid domain takes one of 1Y, 2Y, 3Y, 4Y, 5Y, 9Y, 10Y',
  ],
  [
    'register',
    'domains:register',
    { ...ok, type: 'FREE', period: '13M' },
    'request.period',
    'A free domain takes a period of 1M to 12M',
  ],
  [
    'register',
    'domains:register',
    { ...ok, nameservers: [] },
    'request.nameservers',
    'Give at least 2 nameservers or a forward URL.',
  ],
  [
    'register',
    'domains:register',
    { ...ok, forwardUrl: 'https://a.org/' },
    'request.forwardUrl',
    'not both',
  ],
  [
    'register',
    'domains:register',
    { ...ok, nameservers: ['ns1.a.net', 'NS1.a.net'] },
    'request.nameservers',
    'is listed twice',
  ],
  [
    'register',
    'domains:register',
    { ...ok, idShield: false },
    'request.ownerId',
    'Choose an owner contact, or turn on ID Shield.',
  ],
  [
    'modify',
    'domains:modify',
    { domain: 'a.tk', forwardUrl: 'javascript:alert(1)' },
    'request.forwardUrl',
    'Enter an http:// or https:// address',
  ],
  [
    'renew',
    'domains:renew',
    { domain: 'a.tk', type: 'FREE', period: '1Y' },
    'request.period',
    'A free domain takes a period of 1M to 12M',
  ],
  [
    'upgrade',
    'domains:upgrade',
    { domain: 'a.tk', period: '3M', idShield: true },
    'request.period',
    'A paid domain takes one of',
  ],
  [
    'glue',
    'glue:register',
    { domain: 'a.tk', hostname: 'a.tk', ipAddress: '192.0.2.1' },
    'request.hostname',
    'A glue record is for a nameserver under a.tk',
  ],
  [
    'glue',
    'glue:register',
    { domain: 'a.tk', hostname: 'ns1.a.tk', ipAddress: '192.0.2' },
    'request.ipAddress',
    'Enter the address as IPv4',
  ],
  [
    'contact',
    'contacts:register',
    {
      firstName: 'A',
      lastName: 'B',
      address: 'x',
      city: 'y',
      zipCode: '1',
      stateCode: 'CA',
      countryCode: 'US',
      phone: '+1-310-123456',
      email: 'a@b.org',
    },
    'request.stateCode',
    'ISO 3166-2',
  ],
  [
    'contact',
    'contacts:register',
    {
      firstName: 'A',
      lastName: 'B',
      address: 'x',
      city: 'y',
      zipCode: '1',
      stateCode: 'US-CA',
      countryCode: 'US',
      phone: '310 123456',
      email: 'a@b.org',
    },
    'request.phone',
    'international format',
  ],
  [
    'transfer',
    'transfers:request',
    { domain: 'a.com', authCode: ' ', ownerId: 'C1' },
    'request.authCode',
    'Enter the authorization code.',
  ],
  [
    'transfer',
    'transfers:decline',
    { domain: 'a.com', reason: '' },
    'request.reason',
    'Say why the transfer is declined.',
  ],
  [
    'connect',
    'freenom:connect',
    { email: 'x@y.org', baseUrl: 'ftp://x', testMode: false },
    'request.baseUrl',
    'Enter a full http:// or https:// address.',
  ],
  [
    'search',
    'domains:search',
    { names: [], type: 'PAID' },
    'request.names',
    'Enter at least one name.',
  ],
];

describe('the Domains channels refuse bad input at the boundary', () => {
  it.each(cases)('%s: %s %o names %s', (_what, channel, request, field, message) => {
    const parsed = channels[channel as keyof typeof channels].request.safeParse(request);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const error = describeIssues(parsed.error, 'request');
    expect(error.field).toBe(field);
    expect(error.message).toContain(message);
  });

  it('accepts a good order and normalises the name and period', () => {
    const parsed = channels['domains:register'].request.parse({
      ...ok,
      domain: ' Example.COM ',
      period: '2y',
    });
    expect(parsed).toMatchObject({ domain: 'example.com', period: '2Y' });
  });
});
