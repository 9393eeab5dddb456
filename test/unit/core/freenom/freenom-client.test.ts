import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FreenomClient } from '../../../../electron/core/freenom/index.js';

const BASE = 'https://api.freenom.test/v2';
const PERSON = {
  contact_firstname: 'Ada',
  contact_lastname: 'Lovelace',
  contact_address: '12 Analytical Row',
  contact_city: 'London',
  contact_zipcode: 'N1 9GU',
  contact_statecode: 'GB-LND',
  contact_countrycode: 'GB',
  contact_phone: '+44-20-7946000',
  contact_email: 'ada@example.org',
};

describe('Freenom client answers and inputs', () => {
  let agent: MockAgent;
  let client: (format?: 'json' | 'xml') => FreenomClient;
  beforeEach(() => {
    agent = new MockAgent();
    agent.disableNetConnect();
    client = (format = 'json') =>
      new FreenomClient({
        baseUrl: BASE,
        format,
        dispatcher: agent,
        credentials: { email: 'u@example.net', password: 's3cret-pass' },
        retry: { readDelaysMs: [], resendWindowMs: 25_000 },
      });
  });
  afterEach(() => agent.close());

  const reply = (path: string, status: number, body: string, type = 'application/json') =>
    agent
      .get('https://api.freenom.test')
      .intercept({ path: (p) => p.startsWith(`/v2/${path}`), method: () => true })
      .reply(status, body, { headers: { 'content-type': type } });

  it.each([
    [
      'a bad domain name',
      () => client().getDomainInfo({ domainname: '-x-.tk' }),
      'domainname: Use letters, digits and hyphens only, not starting or ending with a hyphen.',
    ],
    [
      'months on a paid domain',
      () =>
        client().registerDomain({
          domainname: 'a.com',
          domaintype: 'PAID',
          period: '3M',
          nameserver: ['ns1.a.net', 'ns2.a.net'],
          owner_id: 'C1',
        }),
      'period: A paid domain takes one of 1Y, 2Y, 3Y, 4Y, 5Y, 9Y, 10Y (years).',
    ],
    [
      'forwarding and nameservers',
      () =>
        client().registerDomain({
          domainname: 'a.tk',
          domaintype: 'FREE',
          forward_url: 'https://x.org/',
          nameserver: ['ns1.a.net', 'ns2.a.net'],
          owner_id: 'C1',
        }),
      'forward_url: Give either a forwarding URL or nameservers, not both.',
    ],
    [
      'one nameserver',
      () => client().modifyDomain({ domainname: 'a.tk', nameserver: ['ns1.a.net'] }),
      'nameserver: Enter at least 2 nameservers.',
    ],
    [
      'no owner',
      () => client().upgradeDomain({ domainname: 'a.tk' }),
      'owner_id: Choose the owner contact, or enable ID Shield.',
    ],
    [
      'a country name',
      () => client().registerContact({ ...PERSON, contact_countrycode: 'Britain' }),
      'contact_countrycode: Enter a two-letter ISO 3166-1 country code, e.g. US or NL.',
    ],
    [
      'a local phone number',
      () => client().registerContact({ ...PERSON, contact_phone: '020 7946000' }),
      'contact_phone: Enter the phone number in international format, e.g. +1-310-123456.',
    ],
    [
      'no contact ids',
      () => client().getContactInfo({ contact_id: [] }),
      'contact_id: Too small: expected array to have >=1 items',
    ],
  ])('refuses %s before sending anything, naming the field', async (_, act, message) => {
    const result = await act();
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-input', message } });
  });

  it('reads XML lists of one element as lists and an inner result as the status', async () => {
    reply(
      'domain/restore.xml',
      200,
      '<?xml version="1.0"?><freenom><domain><domainname>A.TK</domainname><result>RESTORED</result></domain><result>DOMAIN RESTORED</result><status>OK</status></freenom>',
      'application/xml',
    );
    const result = await client('xml').restoreDomain({ domainname: 'a.tk' });
    expect(result).toEqual({
      ok: true,
      value: {
        result: 'DOMAIN RESTORED',
        status: 'OK',
        domain: [{ domainname: 'A.TK', result: 'RESTORED', status: 'RESTORED' }],
      },
    });
  });

  it('reads numbers as text and a missing list as empty', async () => {
    reply('domain/list', 200, JSON.stringify({ result: '0 DOMAINS FOUND', status: 'OK' }));
    expect(await client().listDomains()).toMatchObject({ ok: true, value: { domain: [] } });
    reply(
      'contact/list',
      200,
      JSON.stringify({ status: 'OK', contact: { contact_id: 8837012, contact_domain: [] } }),
    );
    expect(await client().listContacts()).toMatchObject({
      ok: true,
      value: { contact: [{ contact_id: '8837012' }] },
    });
  });

  it.each([
    [
      'an error body with HTTP 500',
      500,
      '{"error":"Invalid domainname","status":"error"}',
      'application/json',
      { kind: 'api', code: 'invalid-domainname', message: 'Invalid domainname' },
    ],
    [
      'an HTML page with HTTP 200',
      200,
      '<html><body>Captcha</body></html>',
      'text/html',
      {
        kind: 'unexpected-answer',
        message:
          'Freenom at api.freenom.test answered with something that is not the Freenom API (HTTP 200). Check the API address.',
      },
    ],
    ['an empty body', 200, '', 'application/json', { kind: 'unexpected-answer' }],
    [
      'a list that is not a list of domains',
      200,
      '{"status":"OK","domain":[{"nope":1}]}',
      'application/json',
      {
        kind: 'unexpected-answer',
        message: "Freenom's answer to domain/list has an unexpected shape (domain.0.domainname).",
      },
    ],
  ])('turns %s into a typed error', async (_, status, body, type, error) => {
    reply('domain/list', status, body, type);
    const result = await client().listDomains();
    expect(result).toMatchObject({ ok: false, error });
  });

  it('never puts the password in an error message', async () => {
    reply('domain/list', 502, '<html>bad gateway</html>', 'text/html');
    const result = await client().listDomains();
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('s3cret-pass');
    expect(!result.ok && result.error.message).toBe(
      'Freenom at api.freenom.test answered with a server error (HTTP 502).',
    );
  });

  it('sends repeated nameserver keys and test_mode on changes, credentials in the body', async () => {
    let seen = '';
    agent
      .get('https://api.freenom.test')
      .intercept({ path: '/v2/domain/modify', method: 'PUT', body: (b) => ((seen = b), true) })
      .reply(
        200,
        '{"status":"OK","result":"DOMAIN MODIFIED","domain":[{"domainname":"A.TK","status":"MODIFIED"}]}',
      );
    const api = new FreenomClient({
      baseUrl: BASE,
      dispatcher: agent,
      testMode: true,
      credentials: { email: 'u@example.net', password: 'pw' },
    });
    expect(
      (await api.modifyDomain({ domainname: 'a.tk', nameserver: ['ns1.a.net', 'ns2.a.net'] })).ok,
    ).toBe(true);
    expect(seen).toBe(
      'domainname=a.tk&nameserver=ns1.a.net&nameserver=ns2.a.net&email=u%40example.net&password=pw&test_mode=1',
    );
  });

  it('pages through the whole list and stops at a repeated page when the server ignores pagenr', async () => {
    const page = (names: string[]) =>
      JSON.stringify({
        status: 'OK',
        result: `${names.length} DOMAINS FOUND`,
        domain: names.map((domainname) => ({ domainname })),
      });
    reply('domain/list', 200, page(['A.TK', 'B.TK']));
    reply('domain/list', 200, page(['C.TK', 'D.TK']));
    reply('domain/list', 200, page(['C.TK', 'D.TK']));
    const all = await client().listAllDomains(2);
    expect(all.ok && all.value.map((d) => d.domainname)).toEqual(['A.TK', 'B.TK', 'C.TK', 'D.TK']);
  });
});
