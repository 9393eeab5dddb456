import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Fault } from '../../emulators/common/faults.js';
import { InstantClock, startFixture, value, type Fixture } from './freenom-fixture.js';

const calls = async (fx: Fixture) =>
  (await fx.state()).requests.map((r) => `${r.verb} ${r.path}${r.replayed ? ' (replayed)' : ''}`);

describe('Freenom client retries over a flaky connection', () => {
  let fx: Fixture;
  beforeAll(async () => (fx = await startFixture()));
  afterAll(() => fx.emulator.close());
  beforeEach(() => fx.reset());

  it.each<[string, Fault]>([
    ['a dropped connection', { kind: 'reset' }],
    ['a 500', { kind: 'status500' }],
    ['an HTML 502 page', { kind: 'html502' }],
    ['a cut-off body', { kind: 'truncated' }],
  ])('retries a read after %s', async (_, fault) => {
    await fx.fault(fault, 2);
    const list = value(await fx.client().listDomains());
    expect(list.result).toBe('5 DOMAINS FOUND');
  });

  it.each<[string, Fault, string]>([
    ['drops the connection', { kind: 'reset' }, 'dropped the connection.'],
    ['answers HTML 502', { kind: 'html502' }, 'answered with a server error (HTTP 502).'],
  ])('gives up on a read that always %s and says so', async (_, fault, text) => {
    await fx.fault(fault, 3);
    const reply = await fx.client().getDomainInfo({ domainname: 'lab.ga' });
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error.message).toBe(
      `Freenom at 127.0.0.1:${fx.emulator.port} ${text}`,
    );
  });

  it('re-sends a POST whose answer was lost, and Freenom executes it once', async () => {
    await fx.fault({ kind: 'resetAfterProcessing' });
    const reply = value(
      await fx.client().renewDomain({ domainname: 'business.com', period: '1Y' }),
    );
    expect(reply.domain[0]!.status).toBe('RENEWED');
    expect(await calls(fx)).toEqual(['POST domain/renew', 'POST domain/renew (replayed)']);
    expect((await fx.state()).executions['domain/renew']).toBe(1);
  });

  it('re-sends a PUT whose request never ran only after reading the domain back', async () => {
    await fx.fault({ kind: 'reset' });
    const reply = await fx
      .client()
      .modifyDomain({ domainname: 'myhome.ml', forward_url: 'https://example.net/' });
    expect(reply).toMatchObject({ ok: true, value: { result: 'DOMAIN MODIFIED' } });
    expect(reply.ok && reply.confirmedByReread).toBeUndefined();
    // The dropped first PUT took the fault and never reached the handler's log.
    expect(fx.emulator.faults.pending).toEqual([]);
    expect(await calls(fx)).toEqual(['GET domain/getinfo', 'PUT domain/modify']);
  });

  it('does not re-send a PUT that the read-back shows done', async () => {
    await fx.fault({ kind: 'resetAfterProcessing' });
    const reply = await fx
      .client()
      .modifyDomain({ domainname: 'myhome.ml', nameserver: ['ns1.a.net', 'ns2.a.net'] });
    expect(reply).toMatchObject({
      ok: true,
      confirmedByReread: true,
      value: { domain: [{ status: 'MODIFIED' }] },
    });
    expect(await calls(fx)).toEqual(['PUT domain/modify', 'GET domain/getinfo']);
    expect((await fx.state()).executions['domain/modify']).toBe(1);
  });

  it.each([
    [
      'a domain delete',
      (fx: Fixture) => fx.client().deleteDomain({ domainname: 'myhome.ml' }),
      ['DELETE domain/delete', 'GET domain/list'],
    ],
    [
      'a glue record',
      (fx: Fixture) =>
        fx.client().registerNameserver({
          domainname: 'lab.ga',
          hostname: 'ns3.lab.ga',
          ipaddress: '192.0.2.3',
        }),
      ['PUT nameserver/register', 'GET nameserver/list'],
    ],
    [
      'a glue delete',
      (fx: Fixture) =>
        fx.client().deleteNameserver({ domainname: 'lab.ga', hostname: 'ns2.lab.ga' }),
      ['DELETE nameserver/delete', 'GET nameserver/list'],
    ],
    [
      'a new contact',
      (fx: Fixture) =>
        fx.client().registerContact({
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
      ['PUT contact/register', 'GET contact/list'],
    ],
  ])('confirms %s by reading it back instead of sending it twice', async (_, act, expected) => {
    await fx.fault({ kind: 'resetAfterProcessing' });
    const reply = await act(fx);
    expect(reply).toMatchObject({ ok: true, confirmedByReread: true });
    expect(await calls(fx)).toEqual(expected);
  });

  it('stops, without a second PUT, when the read-back fails too', async () => {
    await fx.fault({ kind: 'reset' }, 4);
    const reply = await fx
      .client()
      .modifyDomain({ domainname: 'myhome.ml', forward_url: 'https://example.net/' });
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error.kind).toBe('unconfirmed');
    expect(!reply.ok && reply.error.message).toMatch(
      /reading the state back did not tell whether it happened/,
    );
    // The PUT and three read attempts took the four faults; nothing was sent after them.
    expect(fx.emulator.faults.pending).toEqual([]);
    expect(await calls(fx)).toEqual([]);
  });
});

describe('Freenom client verb tunnelling', () => {
  let fx: Fixture;
  beforeAll(async () => (fx = await startFixture()));
  afterAll(() => fx.emulator.close());

  it('sends PUT and DELETE functions as POST with a method parameter when asked', async () => {
    const api = fx.client({ tunnelVerbs: true });
    value(await api.modifyDomain({ domainname: 'myhome.ml', forward_url: 'https://example.net/' }));
    value(await api.deleteNameserver({ domainname: 'lab.ga', hostname: 'ns2.lab.ga' }));
    const sent = (await fx.state()).requests.map((r) => `${r.httpVerb} as ${r.verb} ${r.path}`);
    expect(sent).toEqual(['POST as PUT domain/modify', 'POST as DELETE nameserver/delete']);
  });
});

describe('Freenom client and the 30-second window', () => {
  let fx: Fixture;
  const clock = new InstantClock();
  beforeAll(async () => (fx = await startFixture({ clock })));
  afterAll(() => fx.emulator.close());
  afterEach(() => fx.reset());

  it('never re-sends a POST once its idempotency window has passed', async () => {
    await fx.fault({ kind: 'resetAfterProcessing' });
    const api = fx.client({ clock, retry: { readDelaysMs: [40_000], resendWindowMs: 25_000 } });
    const reply = await api.renewDomain({ domainname: 'business.com', period: '1Y' });
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatchObject({ kind: 'unconfirmed' });
    expect(!reply.ok && reply.error.message).toMatch(/can no longer be sent again safely/);
    expect(await calls(fx)).toEqual(['POST domain/renew']);
    expect((await fx.state()).executions['domain/renew']).toBe(1);
  });

  it('re-sends inside the window after a pause, and the emulator replays it', async () => {
    await fx.fault({ kind: 'resetAfterProcessing' });
    const api = fx.client({ clock, retry: { readDelaysMs: [20_000], resendWindowMs: 25_000 } });
    const reply = value(await api.renewDomain({ domainname: 'business.com', period: '1Y' }));
    expect(reply.domain[0]!.status).toBe('RENEWED');
    expect(await calls(fx)).toEqual(['POST domain/renew', 'POST domain/renew (replayed)']);
  });
});
