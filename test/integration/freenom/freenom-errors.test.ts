import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { probeFreenomAccess } from '../../../electron/core/freenom/index.js';
import { DEFAULT_FREENOM_SEED } from '../../emulators/freenom/index.js';
import { DEMO, startFixture, type Fixture } from './freenom-fixture.js';

const A = { email: DEMO.email, password: DEMO.password };
const NS = ['ns1.example.net', 'ns2.example.net'];
const PERSON = {
  contact_firstname: 'Ada',
  contact_lastname: 'Lovelace',
  contact_address: '12 Analytical Row',
  contact_city: 'London',
  contact_zipcode: 'N1 9GU',
  contact_statecode: 'GB-LND',
  contact_phone: '+44-20-7946000',
  contact_email: 'ada@example.org',
};

type Row = [string, string, string, Record<string, string | string[]>, string];

// Freenom's documented strings first (docs/freenom.md#errors), then the inferred, configurable ones.
const ERRORS: Row[] = [
  [
    'an unknown function',
    'GET',
    'domain/nonsense',
    A,
    'No function called or function not supported',
  ],
  [
    'a GET of a POST function',
    'GET',
    'domain/register',
    A,
    'No function called or function not supported',
  ],
  [
    'a DELETE of a GET function',
    'DELETE',
    'domain/getinfo',
    A,
    'No function called or function not supported',
  ],
  ['no credentials', 'GET', 'domain/list', {}, 'No anonymous access, authorization required'],
  [
    'a wrong password',
    'GET',
    'domain/list',
    { ...A, password: 'nope' },
    'Login credentials do not match any account',
  ],
  [
    'a non-reseller account',
    'GET',
    'domain/list',
    { email: 'free@example.com', password: 'free' },
    'Login credentials do not match any account',
  ],
  [
    'a search with wrong credentials',
    'GET',
    'domain/search',
    { domainname: 'x.tk', domaintype: 'FREE', email: 'who@example.com', password: 'x' },
    'Login credentials do not match any account',
  ],
  [
    'a malformed name',
    'GET',
    'domain/getinfo',
    { ...A, domainname: '------.tk' },
    'Invalid domainname',
  ],
  ['a missing name', 'GET', 'domain/getinfo', A, 'Missing domainname'],
  [
    'years for a free domain',
    'POST',
    'domain/renew',
    { ...A, domainname: 'renewsoon.tk', period: '2Y' },
    'Invalid period',
  ],
  [
    '13 months for a free domain',
    'POST',
    'domain/register',
    {
      ...A,
      domainname: 'n.tk',
      domaintype: 'FREE',
      period: '13M',
      nameserver: NS,
      owner_id: 'C1001',
    },
    'Invalid period',
  ],
  [
    '6 years for a paid domain',
    'POST',
    'domain/register',
    {
      ...A,
      domainname: 'n.com',
      domaintype: 'PAID',
      period: '6Y',
      nameserver: NS,
      owner_id: 'C1001',
    },
    'Invalid period',
  ],
  [
    'no owner without ID Shield',
    'POST',
    'domain/register',
    { ...A, domainname: 'n.com', domaintype: 'PAID', nameserver: NS },
    'Missing owner_id',
  ],
  [
    'an unknown owner',
    'POST',
    'domain/register',
    { ...A, domainname: 'n.com', domaintype: 'PAID', nameserver: NS, owner_id: 'C9' },
    'Invalid owner_id',
  ],
  [
    'forward_url with nameservers',
    'POST',
    'domain/register',
    {
      ...A,
      domainname: 'n.tk',
      domaintype: 'FREE',
      nameserver: NS,
      forward_url: 'https://e.org/',
      owner_id: 'C1001',
    },
    'forward_url and nameserver are mutually exclusive',
  ],
  [
    'neither forward_url nor nameservers',
    'POST',
    'domain/register',
    { ...A, domainname: 'n.tk', domaintype: 'FREE', owner_id: 'C1001' },
    'Missing forward_url or nameserver',
  ],
  [
    'one nameserver',
    'PUT',
    'domain/modify',
    { ...A, domainname: 'myhome.ml', nameserver: 'ns1.example.net' },
    'A minimum of 2 nameservers is required',
  ],
  [
    'in-domain nameservers without glue',
    'POST',
    'domain/register',
    {
      ...A,
      domainname: 'n.tk',
      domaintype: 'FREE',
      nameserver: ['ns1.n.tk', 'ns2.n.tk'],
      owner_id: 'C1001',
    },
    'Nameserver NS1.N.TK is under the domain and needs a glue record first',
  ],
  [
    'a nameserver that does not resolve',
    'PUT',
    'domain/modify',
    { ...A, domainname: 'myhome.ml', nameserver: ['ns1.nowhere.invalid', 'ns2.example.net'] },
    'Invalid nameserver',
  ],
  [
    'a forward_url that is not http(s)',
    'PUT',
    'domain/modify',
    { ...A, domainname: 'myhome.ml', forward_url: 'ftp://e.org/' },
    'Invalid forward_url',
  ],
  [
    "another account's domain",
    'GET',
    'domain/getinfo',
    { ...A, domainname: 'taken.tk' },
    'Domain not found in this account',
  ],
  [
    'deleting a contact in use',
    'DELETE',
    'contact/delete',
    { ...A, contact_id: 'C1001' },
    'Contact is linked to a domain and cannot be deleted',
  ],
  [
    'an unknown contact',
    'GET',
    'contact/getinfo',
    { ...A, contact_id: ['C1001', 'C42'] },
    'Invalid contact_id',
  ],
  [
    'a three-letter country',
    'PUT',
    'contact/register',
    { ...A, ...PERSON, contact_countrycode: 'GBR' },
    'Invalid contact_countrycode',
  ],
  [
    'a phone without +',
    'PUT',
    'contact/register',
    { ...A, ...PERSON, contact_countrycode: 'GB', contact_phone: '0207946000' },
    'Invalid contact_phone',
  ],
  [
    'a contact without a last name',
    'PUT',
    'contact/register',
    { ...A, ...PERSON, contact_countrycode: 'GB', contact_lastname: '' },
    'Missing contact_lastname',
  ],
  [
    'restoring an active domain',
    'POST',
    'domain/restore',
    { ...A, domainname: 'business.com' },
    'Domain cannot be restored',
  ],
  [
    'upgrading a paid domain',
    'POST',
    'domain/upgrade',
    { ...A, domainname: 'business.com', owner_id: 'C1001' },
    'Domain cannot be upgraded',
  ],
  [
    'approving without a pending transfer',
    'POST',
    'domain/transfer/approve',
    { ...A, domainname: 'business.com' },
    'No pending transfer for this domain',
  ],
  [
    'declining without a reason',
    'POST',
    'domain/transfer/decline',
    { ...A, domainname: 'shop.tk' },
    'Missing reason',
  ],
  [
    'a wrong authcode',
    'GET',
    'domain/transfer/price',
    { ...A, domainname: 'incoming.tk', authcode: 'WRONG' },
    'Invalid authcode',
  ],
  [
    'a name that cannot be transferred',
    'GET',
    'domain/transfer/price',
    { ...A, domainname: 'nowhere.tk', authcode: 'X' },
    'Invalid domainname',
  ],
  ['page 0', 'GET', 'domain/list', { ...A, pagenr: '0' }, 'Invalid pagenr'],
  [
    'a glue address that is not an IP',
    'PUT',
    'nameserver/register',
    { ...A, domainname: 'lab.ga', hostname: 'ns3.lab.ga', ipaddress: '999.1.1.1' },
    'Invalid ipaddress',
  ],
  [
    'glue for a host outside the domain',
    'PUT',
    'nameserver/register',
    { ...A, domainname: 'lab.ga', hostname: 'ns3.other.ga', ipaddress: '192.0.2.1' },
    'Invalid hostname',
  ],
  [
    'deleting glue that does not exist',
    'DELETE',
    'nameserver/delete',
    { ...A, domainname: 'lab.ga', hostname: 'ns9.lab.ga' },
    'Invalid hostname',
  ],
];

describe('Freenom emulator errors', () => {
  let fx: Fixture;
  beforeAll(async () => (fx = await startFixture()));
  afterAll(() => fx.emulator.close());
  beforeEach(() => fx.reset());

  it.each(ERRORS)(
    'answers %s with its error string and changes nothing',
    async (_, method, path, params, text) => {
      const before = await fx.demo();
      const reply = await fx.raw(method, path, params);
      expect(reply.status).toBe(200);
      expect(reply.json()).toEqual({ error: text, status: 'error' });
      expect(await fx.demo()).toEqual(before);
    },
  );

  it('answers errors in XML too, well-formed', async () => {
    const reply = await fx.raw('GET', 'domain/getinfo.xml', { ...A, domainname: '------.tk' });
    expect(reply.type).toContain('application/xml');
    const parsed = new XMLParser().parse(reply.text, true) as Record<string, unknown>;
    expect(parsed.freenom).toEqual({ error: 'Invalid domainname', status: 'error' });
  });

  it('reports only the first error: authorization before a malformed name and period', async () => {
    const anonymous = await fx.raw('POST', 'domain/renew', {
      domainname: '-bad-.tk',
      period: '99Y',
    });
    expect(anonymous.json()).toEqual({
      error: 'No anonymous access, authorization required',
      status: 'error',
    });
    const named = await fx.raw('POST', 'domain/renew', {
      ...A,
      domainname: '-bad-.tk',
      period: '99Y',
    });
    expect(named.json()).toEqual({ error: 'Invalid domainname', status: 'error' });
  });

  it('gives the client the API text as a typed error', async () => {
    const wrong = fx.client({ credentials: { email: DEMO.email, password: 'wrong' } });
    const reply = await wrong.listDomains();
    expect(reply).toEqual({
      ok: false,
      error: {
        kind: 'api',
        code: 'credentials-refused',
        message: 'Login credentials do not match any account',
      },
    });
    const bad = await fx.client().renewDomain({ domainname: 'myhome.ml', period: '5Y' });
    expect(bad).toEqual({
      ok: false,
      error: { kind: 'api', code: 'rejected', message: 'Invalid period' },
    });
  });

  it('says in plain words that a refused account cannot use the API, and that a good one can', async () => {
    const refused = await probeFreenomAccess(
      fx.client({ credentials: { email: 'free@example.com', password: 'free' } }),
    );
    expect(refused.kind).toBe('refused');
    expect(refused.message).toMatch(
      /^This account cannot use the API: Freenom refused the e-mail and password/,
    );
    expect(refused.message).not.toContain('free@example.com');
    const usable = await probeFreenomAccess(fx.client());
    expect(usable).toMatchObject({ kind: 'usable', domains: 5 });
  });

  it('says the API cannot be reached when nothing listens at the address', async () => {
    const closed = await startFixture();
    await closed.emulator.close();
    const access = await probeFreenomAccess(closed.client());
    expect(access.kind).toBe('unreachable');
    expect(access.message).toMatch(
      /^The Freenom API cannot be reached: Freenom at 127\.0\.0\.1:\d+ could not be reached\.$/,
    );
  });

  it('reports a change that could not reach Freenom as unreachable, not as unconfirmed', async () => {
    const closed = await startFixture();
    await closed.emulator.close();
    const reply = await closed
      .client()
      .modifyDomain({ domainname: 'myhome.ml', forward_url: 'https://example.net/' });
    expect(reply).toMatchObject({ ok: false, error: { kind: 'transport', reason: 'network' } });
    expect(!reply.ok && reply.error.message).toMatch(/could not be reached\.$/);
  });

  it('uses the error strings and HTTP codes a seed configures', async () => {
    const custom = await startFixture({
      seed: {
        ...DEFAULT_FREENOM_SEED,
        config: { errorStatus: 400, messages: { notInAccount: 'Domain not in account' } },
      },
    });
    try {
      const reply = await custom.raw('GET', 'domain/getinfo', { ...A, domainname: 'taken.tk' });
      expect(reply.status).toBe(400);
      expect(reply.json()).toEqual({ error: 'Domain not in account', status: 'error' });
      const viaClient = await custom.client().getDomainInfo({ domainname: 'taken.tk' });
      expect(viaClient).toMatchObject({
        ok: false,
        error: { kind: 'api', message: 'Domain not in account' },
      });
    } finally {
      await custom.emulator.close();
    }
  });

  it('refuses a seed that names a field wrongly, saying which', async () => {
    await expect(startFixture({ seed: { accounts: [{ email: 'a@b.c' }] } })).rejects.toThrow(
      /password/,
    );
  });
});
