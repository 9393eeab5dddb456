import { request } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_FREENOM_SEED } from '../../emulators/freenom/index.js';
import { addMonthsUtc, DEMO, startFixture, ymd, type Fixture } from './freenom-fixture.js';

const A = { email: DEMO.email, password: DEMO.password };
const form = (params: Record<string, string | string[]>) => {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const x of [v].flat()) body.append(k, x);
  return body.toString();
};

describe('Freenom emulator request conventions', () => {
  let fx: Fixture;
  beforeAll(async () => (fx = await startFixture()));
  afterAll(() => fx.emulator.close());
  beforeEach(() => fx.reset());

  it.each([
    [
      'put',
      'POST',
      'nameserver/register',
      { domainname: 'lab.ga', hostname: 'ns3.lab.ga', ipaddress: '192.0.2.3' },
    ],
    ['Delete', 'POST', 'nameserver/delete', { domainname: 'lab.ga', hostname: 'ns2.lab.ga' }],
    ['GET', 'POST', 'domain/getinfo', { domainname: 'lab.ga' }],
    ['post', 'GET', 'domain/renew', { domainname: 'business.com' }],
  ])('takes method=%s on a real %s as the verb for %s', async (method, verb, path, params) => {
    const reply = await fx.raw(verb, path, { ...A, ...params, method });
    expect(reply.json().status).toBe('OK');
  });

  it('refuses a plain POST for a PUT function when the seed turns the leniency off', async () => {
    const strict = await startFixture({
      seed: { ...DEFAULT_FREENOM_SEED, config: { postForAnyWrite: false } },
    });
    try {
      const params = { ...A, domainname: 'myhome.ml', forward_url: 'https://example.net/' };
      expect((await strict.raw('POST', 'domain/modify', params)).json()).toEqual({
        error: 'No function called or function not supported',
        status: 'error',
      });
      expect(
        (await strict.raw('POST', 'domain/modify', { ...params, method: 'PUT' })).json().status,
      ).toBe('OK');
    } finally {
      await strict.emulator.close();
    }
  });

  it('merges query and body parameters, the body winning a conflict', async () => {
    const reply = await fx.raw(
      'POST',
      'domain/renew',
      { ...A, domainname: 'myhome.ml' },
      form({ domainname: 'renewsoon.tk', period: '1M' }),
    );
    expect(reply.json()).toMatchObject({
      result: 'DOMAIN RENEWED',
      domain: [{ domainname: 'RENEWSOON.TK' }],
    });
  });

  it('reads repeated keys and bracketed keys as several values', async () => {
    const repeated = await fx.raw(
      'PUT',
      'domain/modify',
      {},
      form({ ...A, domainname: 'myhome.ml', nameserver: ['ns1.a.net', 'ns2.a.net', 'ns3.a.net'] }),
    );
    expect(repeated.json().status).toBe('OK');
    expect((await fx.demo()).domains.find((d) => d.domainname === 'myhome.ml')).toMatchObject({
      nameservers: ['ns1.a.net', 'ns2.a.net', 'ns3.a.net'],
    });
    const bracketed = await fx.raw(
      'PUT',
      'domain/modify',
      {},
      `${form({ ...A, domainname: 'myhome.ml' })}&nameserver%5B0%5D=ns7.b.net&nameserver%5B%5D=ns8.b.net`,
    );
    expect(bracketed.json().status).toBe('OK');
    expect((await fx.demo()).domains.find((d) => d.domainname === 'myhome.ml')).toMatchObject({
      nameservers: ['ns7.b.net', 'ns8.b.net'],
    });
  });

  it('answers JSON by default and for .json, XML for .xml', async () => {
    const plain = await fx.raw('GET', 'service/ping');
    const json = await fx.raw('GET', 'service/ping.json');
    const xml = await fx.raw('GET', 'service/ping.xml');
    expect(plain.type).toContain('application/json');
    expect(json.json()).toMatchObject({ result: 'PING REPLY', status: 'OK' });
    expect(xml.text).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8" standalone="yes"\?>\n<freenom>/,
    );
  });

  it('keeps no trace of any change made with test_mode=1, yet answers as usual', async () => {
    const api = fx.client({ testMode: true });
    const before = await fx.state();
    const replies = [
      await api.registerDomain({
        domainname: 'trial.tk',
        domaintype: 'FREE',
        forward_url: 'https://e.org/',
        owner_id: 'C1001',
      }),
      await api.renewDomain({ domainname: 'renewsoon.tk', period: '12M' }),
      await api.modifyDomain({ domainname: 'myhome.ml', nameserver: ['ns1.a.net', 'ns2.a.net'] }),
      await api.deleteDomain({ domainname: 'myhome.ml' }),
      await api.upgradeDomain({ domainname: 'lab.ga', owner_id: 'C1001' }),
      await api.registerNameserver({
        domainname: 'lab.ga',
        hostname: 'ns3.lab.ga',
        ipaddress: '192.0.2.3',
      }),
      await api.deleteNameserver({ domainname: 'lab.ga', hostname: 'ns1.lab.ga' }),
      await api.registerContact({
        contact_firstname: 'T',
        contact_lastname: 'M',
        contact_address: 'a',
        contact_city: 'c',
        contact_zipcode: 'z',
        contact_statecode: 'US-CA',
        contact_countrycode: 'US',
        contact_phone: '+1-310-123456',
        contact_email: 't@example.com',
      }),
      await api.requestTransfer({
        domainname: 'incoming.tk',
        authcode: 'INCO-0001-AUTH',
        owner_id: 'C1001',
      }),
      await api.approveTransfer({ domainname: 'shop.tk' }),
      await api.declineTransfer({ domainname: 'shop.tk', reason: 'no' }),
    ];
    expect(replies.map((r) => r.ok && r.value.result)).toEqual([
      'DOMAIN REGISTERED',
      'DOMAIN RENEWED',
      'DOMAIN MODIFIED',
      'DOMAIN DELETED',
      'DOMAIN UPGRADED',
      'NAMESERVER REGISTERED',
      'NAMESERVER DELETED',
      'CONTACT REGISTERED',
      'TRANSFER REQUESTED',
      'TRANSFER APPROVED',
      'TRANSFER DECLINED',
    ]);
    const after = await fx.state();
    expect(after.accounts).toEqual(before.accounts);
    expect(after.executions).toEqual({});
  });

  it('executes a POST repeated within 30 s once and replays the first answer', async () => {
    const call = () =>
      fx.raw('POST', 'domain/renew', {}, form({ ...A, domainname: 'business.com', period: '1Y' }));
    const first = (await call()).json();
    await fx.emulator.clock.advance(29_000);
    const second = (await call()).json();
    expect(second).toEqual(first);
    expect((await fx.state()).executions['domain/renew']).toBe(1);
    const other = (
      await fx.raw(
        'POST',
        'domain/renew',
        {},
        form({ ...A, domainname: 'business.com', period: '2Y' }),
      )
    ).json();
    expect(other.domain).not.toEqual(first.domain);
    expect((await fx.state()).executions['domain/renew']).toBe(2);
  });

  it('executes the same POST again once 30 s have passed', async () => {
    const call = () =>
      fx.raw('POST', 'domain/renew', {}, form({ ...A, domainname: 'business.com' }));
    const first = (await call()).json() as { domain: { expirationdate: string }[] };
    await fx.emulator.clock.advance(30_000);
    const second = (await call()).json() as { domain: { expirationdate: string }[] };
    const was = first.domain[0]!.expirationdate;
    const wasMs = Date.UTC(+was.slice(0, 4), +was.slice(4, 6) - 1, +was.slice(6, 8));
    expect(second.domain[0]!.expirationdate).toBe(ymd(addMonthsUtc(wasMs, 12)));
    expect((await fx.state()).executions['domain/renew']).toBe(2);
  });

  it('does not replay PUT unless the seed extends idempotency to it', async () => {
    const params = form({ ...A, domainname: 'myhome.ml', forward_url: 'https://example.net/' });
    await fx.raw('PUT', 'domain/modify', {}, params);
    await fx.raw('PUT', 'domain/modify', {}, params);
    expect((await fx.state()).executions['domain/modify']).toBe(2);
    const lenient = await startFixture({
      seed: { ...DEFAULT_FREENOM_SEED, config: { idempotentVerbs: ['POST', 'PUT'] } },
    });
    try {
      await lenient.raw('PUT', 'domain/modify', {}, params);
      await lenient.raw('PUT', 'domain/modify', {}, params);
      expect((await lenient.state()).executions['domain/modify']).toBe(1);
    } finally {
      await lenient.emulator.close();
    }
  });

  it('moves its clock through the control endpoint, which renewals follow', async () => {
    const response = await request(`${fx.emulator.url}/_emulator/clock`, {
      method: 'POST',
      body: JSON.stringify({ advanceMs: 6 * 86_400_000 }),
    });
    await response.body.text();
    const reply = await fx.raw('POST', 'domain/renew', {}, form({ ...A, domainname: 'myhome.ml' }));
    expect(reply.json().result).toBe('NOT AVAILABLE');
    await fx.emulator.clock.advance(60 * 86_400_000);
    const later = await fx.raw(
      'POST',
      'domain/renew',
      {},
      form({ ...A, domainname: 'myhome.ml', period: '2M' }),
    );
    expect(later.json().result).toBe('DOMAIN RENEWED');
  });
});
