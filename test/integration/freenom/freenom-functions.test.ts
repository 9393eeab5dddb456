import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FreenomClient } from '../../../electron/core/freenom/index.js';
import { DEFAULT_FREENOM_SEED } from '../../emulators/freenom/index.js';
import { addMonthsUtc, startFixture, value, ymd, type Fixture } from './freenom-fixture.js';

const DAY = 86_400_000;

describe.each(['json', 'xml'] as const)('every Freenom function over HTTP in %s', (format) => {
  let fx: Fixture;
  const today = () => Math.floor(fx.emulator.clock.now() / DAY) * DAY;
  let api: FreenomClient;
  beforeAll(async () => {
    // Strict verbs: a client sending POST for a PUT/DELETE function would be refused.
    fx = await startFixture({
      seed: { ...DEFAULT_FREENOM_SEED, config: { postForAnyWrite: false } },
    });
    api = fx.client({ format });
  });
  afterAll(() => fx.emulator.close());
  beforeEach(() => fx.reset());

  it('pings without credentials and gets the time in UTC', async () => {
    const ping = value(await api.ping());
    expect(ping.result).toBe('PING REPLY');
    expect(ping.timestamp).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/);
  });

  it('searches a paid name with its prices and reports a taken free name as not available', async () => {
    const paid = value(
      await api.searchDomain({ domainname: 'fresh-name.com', domaintype: 'PAID' }),
    );
    expect(paid.result).toBe('DOMAIN AVAILABLE');
    expect(paid.domain[0]!.status).toBe('AVAILABLE');
    expect(paid.domain[0]!.pricing.map((p) => p.period)).toEqual([
      '1Y',
      '2Y',
      '3Y',
      '4Y',
      '5Y',
      '9Y',
      '10Y',
    ]);
    expect(paid.domain[0]!.pricing[1]).toMatchObject({ currency: 'EUR', retailprice: '25.90' });
    const taken = value(await api.searchDomain({ domainname: 'taken.tk', domaintype: 'FREE' }));
    expect(taken).toMatchObject({
      result: 'DOMAIN NOT AVAILABLE',
      domain: [{ status: 'NOT AVAILABLE' }],
    });
  });

  it('registers a paid domain for two years and the name is then taken', async () => {
    const reply = value(
      await api.registerDomain({
        domainname: 'Fresh-Name.com',
        domaintype: 'PAID',
        period: '2Y',
        nameserver: ['ns1.example.net', 'ns2.example.net'],
        owner_id: 'C1001',
      }),
    );
    expect(reply.result).toBe('DOMAIN REGISTERED');
    expect(reply.domain[0]).toMatchObject({
      domainname: 'FRESH-NAME.COM',
      status: 'REGISTERED',
      period: '2Y',
      retailprice: '25.90',
      owner_id: 'C1001',
      expirationdate: ymd(addMonthsUtc(today(), 24)),
    });
    expect(reply.domain[0]!.authcode).toMatch(/\S{6,}/);
    const again = value(
      await api.searchDomain({ domainname: 'fresh-name.com', domaintype: 'PAID' }),
    );
    expect(again.domain[0]!.status).toBe('NOT AVAILABLE');
  });

  it('renews a free domain inside its window and refuses one outside it', async () => {
    const reply = value(await api.renewDomain({ domainname: 'renewsoon.tk', period: '12M' }));
    expect(reply).toMatchObject({
      result: 'DOMAIN RENEWED',
      domain: [{ status: 'RENEWED', period: '12M' }],
    });
    expect(reply.domain[0]!.expirationdate).toBe(ymd(addMonthsUtc(today() + 9 * DAY, 12)));
    const early = value(await api.renewDomain({ domainname: 'myhome.ml', period: '3M' }));
    expect(early).toMatchObject({ result: 'NOT AVAILABLE', domain: [{ status: 'NOT AVAILABLE' }] });
  });

  it('gets a paid domain with contacts and prices, and a free one with glue addresses', async () => {
    const paid = value(await api.getDomainInfo({ domainname: 'business.com' })).domain[0]!;
    expect(paid).toMatchObject({
      domaintype: 'PAID',
      status: 'ACTIVE',
      authcode: 'BUSI-7781-AUTH',
      autorenew: 'enabled',
    });
    expect(paid.owner_contact).toMatchObject({
      contact_id: 'C1001',
      contact_firstname: 'Dana',
      contact_countrycode: 'NL',
    });
    expect(paid.nameserver.map((n) => n.hostname)).toEqual(['NS1.EXAMPLE.NET', 'NS2.EXAMPLE.NET']);
    const free = value(await api.getDomainInfo({ domainname: 'lab.ga' })).domain[0]!;
    expect(free.nameserver).toEqual([
      { hostname: 'NS1.LAB.GA', ipaddress: '192.0.2.10' },
      { hostname: 'NS2.LAB.GA', ipaddress: '192.0.2.11' },
    ]);
  });

  it('moves a forwarded domain onto nameservers', async () => {
    const reply = value(
      await api.modifyDomain({
        domainname: 'myhome.ml',
        nameserver: ['ns1.example.net', 'ns2.example.net'],
      }),
    );
    expect(reply).toMatchObject({
      result: 'DOMAIN MODIFIED',
      domain: [{ domainname: 'MYHOME.ML', status: 'MODIFIED' }],
    });
    const info = value(await api.getDomainInfo({ domainname: 'myhome.ml' })).domain[0]!;
    expect(info.forward_url ?? '').toBe('');
    expect(info.nameserver).toHaveLength(2);
  });

  it('deletes a domain, which frees the name, and restores it', async () => {
    const gone = value(await api.deleteDomain({ domainname: 'myhome.ml' }));
    expect(gone).toMatchObject({ result: 'DOMAIN DELETED', domain: [{ status: 'DELETED' }] });
    const search = value(await api.searchDomain({ domainname: 'myhome.ml', domaintype: 'FREE' }));
    expect(search.domain[0]!.status).toBe('AVAILABLE');
    const back = value(await api.restoreDomain({ domainname: 'myhome.ml' }));
    expect(back).toMatchObject({ result: 'DOMAIN RESTORED', domain: [{ status: 'RESTORED' }] });
    expect(value(await api.getDomainInfo({ domainname: 'myhome.ml' })).domain[0]!.status).toBe(
      'ACTIVE',
    );
  });

  it('upgrades a free domain to paid', async () => {
    const reply = value(
      await api.upgradeDomain({ domainname: 'lab.ga', period: '1Y', owner_id: 'C1001' }),
    );
    expect(reply).toMatchObject({ result: 'DOMAIN UPGRADED', domain: [{ status: 'UPGRADED' }] });
    const info = value(await api.getDomainInfo({ domainname: 'lab.ga' })).domain[0]!;
    expect(info.domaintype).toBe('PAID');
  });

  it('lists domains page by page with the account total', async () => {
    const page = value(await api.listDomains({ pagenr: 3, results_per_page: 2 }));
    expect(page.result).toBe('5 DOMAINS FOUND');
    expect(page.domain.map((d) => d.domainname)).toEqual(['SHOP.TK']);
    const all = value(await api.listAllDomains(2));
    expect(all.map((d) => d.domainname)).toEqual([
      'RENEWSOON.TK',
      'MYHOME.ML',
      'LAB.GA',
      'BUSINESS.COM',
      'SHOP.TK',
    ]);
    expect(all[3]).toMatchObject({ domaintype: 'PAID', status: 'ACTIVE', autorenew: 'enabled' });
    expect(all[0]!.registrationdate).toMatch(/^\d{8}$/);
  });

  it('registers, updates, lists and deletes a glue record', async () => {
    const glue = { domainname: 'lab.ga', hostname: 'ns3.lab.ga' };
    const created = value(await api.registerNameserver({ ...glue, ipaddress: '192.0.2.12' }));
    expect(created).toMatchObject({
      result: 'NAMESERVER REGISTERED',
      nameserver: [{ hostname: 'NS3.LAB.GA', status: 'REGISTERED' }],
    });
    const updated = value(await api.registerNameserver({ ...glue, ipaddress: '2001:db8::53' }));
    expect(updated).toMatchObject({
      result: 'NAMESERVER UPDATED',
      nameserver: [{ status: 'UPDATED' }],
    });
    const list = value(await api.listNameservers({ domainname: 'lab.ga' }));
    expect(list.result).toBe('3 ENTRIES');
    expect(list.nameserver.find((n) => n.hostname === 'NS3.LAB.GA')?.ipaddress).toBe(
      '2001:db8::53',
    );
    const deleted = value(await api.deleteNameserver(glue));
    expect(deleted).toMatchObject({
      result: 'NAMESERVER DELETED',
      nameserver: [{ status: 'DELETED' }],
    });
    expect(value(await api.listNameservers({ domainname: 'lab.ga' })).result).toBe('2 ENTRIES');
  });

  it('creates, updates, reads, lists and deletes a contact', async () => {
    const person = {
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
    const created = value(await api.registerContact(person));
    expect(created).toMatchObject({
      result: 'CONTACT REGISTERED',
      contact: [{ status: 'REGISTERED' }],
    });
    const id = created.contact[0]!.contact_id;
    const updated = value(
      await api.registerContact({ ...person, contact_id: id, contact_city: 'Oxford' }),
    );
    expect(updated).toMatchObject({
      result: 'CONTACT UPDATED',
      contact: [{ contact_id: id, status: 'UPDATED' }],
    });
    const info = value(await api.getContactInfo({ contact_id: ['C1001', id] }));
    expect(info.contact.map((c) => c.contact_city)).toEqual(['Amsterdam', 'Oxford']);
    expect(info.contact[0]!.contact_domain).toContainEqual({
      domainname: 'BUSINESS.COM',
      type: 'owner',
    });
    expect(value(await api.listContacts()).contact).toHaveLength(2);
    const deleted = value(await api.deleteContact({ contact_id: id }));
    expect(deleted).toMatchObject({
      result: 'CONTACT DELETED',
      contact: [{ contact_id: id, status: 'DELETED' }],
    });
    expect(value(await api.listContacts()).contact).toHaveLength(1);
  });

  it('prices and requests transfers in: a free-TLD name arrives at once, others wait', async () => {
    const price = value(
      await api.getTransferPrice({ domainname: 'incoming.tk', authcode: 'INCO-0001-AUTH' }),
    );
    expect(price).toMatchObject({
      result: 'PRICES PROVIDED',
      transfer: [{ period: '1Y', retailprice: '10.00', partnerprice: '8.50' }],
    });
    const tk = value(
      await api.requestTransfer({
        domainname: 'incoming.tk',
        authcode: 'INCO-0001-AUTH',
        owner_id: 'C1001',
      }),
    );
    expect(tk).toMatchObject({
      result: 'TRANSFER REQUESTED',
      transfer: [{ domainname: 'INCOMING.TK', status: 'REQUESTED' }],
    });
    value(
      await api.requestTransfer({
        domainname: 'incoming.com',
        authcode: 'INCO-0002-AUTH',
        owner_id: 'C1001',
      }),
    );
    const domains = value(await api.listAllDomains()).map((d) => d.domainname);
    expect(domains).toContain('INCOMING.TK');
    expect(domains).not.toContain('INCOMING.COM');
    const transfers = value(await api.listTransfers()).transfer;
    expect(transfers.find((t) => t.domainname === 'INCOMING.TK')?.status).toBe('APPROVED');
    expect(transfers.find((t) => t.domainname === 'INCOMING.COM')?.status).toBe('PENDING');
  });

  it('lists transfers and approves an outgoing one, which removes the domain', async () => {
    const list = value(await api.listTransfers());
    expect(list.result).toBe('2 TRANSFERS LISTED');
    expect(list.transfer[0]).toMatchObject({
      domainname: 'SHOP.TK',
      transfertype: 'OUTGOING',
      status: 'PENDING',
      newregistrar: 'Other Registrar Ltd',
    });
    expect(list.transfer[0]!.lastupdate).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    const approved = value(await api.approveTransfer({ domainname: 'shop.tk' }));
    expect(approved).toMatchObject({
      result: 'TRANSFER APPROVED',
      transfer: [{ status: 'APPROVED' }],
    });
    expect(value(await api.listAllDomains()).map((d) => d.domainname)).not.toContain('SHOP.TK');
  });

  it('declines an outgoing transfer with a reason and keeps the domain', async () => {
    const declined = value(
      await api.declineTransfer({ domainname: 'shop.tk', reason: 'Owner did not ask for it' }),
    );
    expect(declined).toMatchObject({
      result: 'TRANSFER DECLINED',
      transfer: [{ domainname: 'SHOP.TK', status: 'DECLINED' }],
    });
    expect(value(await api.listTransfers()).transfer[0]!.status).toBe('DECLINED');
    expect(value(await api.listAllDomains()).map((d) => d.domainname)).toContain('SHOP.TK');
  });
});
