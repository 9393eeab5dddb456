import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_FREENOM_SEED } from '../../emulators/freenom/index.js';
import { addMonthsUtc, DEMO, startFixture, value, ymd, type Fixture } from './freenom-fixture.js';

const DAY = 86_400_000;
const OTHER = { email: 'other@example.com', password: 'other' };

describe('Freenom emulator domain rules', () => {
  let fx: Fixture;
  const today = () => Math.floor(fx.emulator.clock.now() / DAY) * DAY;
  beforeAll(async () => {
    fx = await startFixture({
      seed: { ...DEFAULT_FREENOM_SEED, accounts: [...DEFAULT_FREENOM_SEED.accounts, OTHER] },
    });
  });
  afterAll(() => fx.emulator.close());
  beforeEach(() => fx.reset());

  it('registers free domains for 3 months and paid ones for 1 year when no period is given', async () => {
    const api = fx.client();
    const target = { forward_url: 'https://example.org/', owner_id: 'C1001' };
    const free = value(
      await api.registerDomain({ domainname: 'newfree.tk', domaintype: 'FREE', ...target }),
    );
    expect(free.domain[0]).toMatchObject({
      period: '3M',
      expirationdate: ymd(addMonthsUtc(today(), 3)),
    });
    const paid = value(
      await api.registerDomain({ domainname: 'newpaid.tk', domaintype: 'PAID', ...target }),
    );
    expect(paid.domain[0]).toMatchObject({
      period: '1Y',
      expirationdate: ymd(addMonthsUtc(today(), 12)),
    });
  });

  it('registers without an owner when ID Shield is enabled', async () => {
    const reply = await fx.client().registerDomain({
      domainname: 'private.com',
      domaintype: 'PAID',
      idshield: 'enabled',
      forward_url: 'https://example.org/',
    });
    expect(value(reply).domain[0]!.status).toBe('REGISTERED');
  });

  it('accepts nameservers inside a new domain once their glue exists', async () => {
    const api = fx.client();
    value(
      await api.registerNameserver({
        domainname: 'glued.tk',
        hostname: 'ns1.glued.tk',
        ipaddress: '192.0.2.1',
      }),
    );
    value(
      await api.registerNameserver({
        domainname: 'glued.tk',
        hostname: 'ns2.glued.tk',
        ipaddress: '192.0.2.2',
      }),
    );
    const reply = value(
      await api.registerDomain({
        domainname: 'glued.tk',
        domaintype: 'FREE',
        nameserver: ['ns1.glued.tk', 'ns2.glued.tk'],
        owner_id: 'C1001',
      }),
    );
    expect(reply.domain[0]!.status).toBe('REGISTERED');
    const info = value(await api.getDomainInfo({ domainname: 'glued.tk' })).domain[0]!;
    expect(info.nameserver).toEqual([
      { hostname: 'NS1.GLUED.TK', ipaddress: '192.0.2.1' },
      { hostname: 'NS2.GLUED.TK', ipaddress: '192.0.2.2' },
    ]);
  });

  it('cannot restore a deleted domain once another account registered the name', async () => {
    const api = fx.client();
    value(await api.deleteDomain({ domainname: 'myhome.ml' }));
    const other = fx.client({ credentials: OTHER });
    value(
      await other.registerNameserver({
        domainname: 'myhome.ml',
        hostname: 'ns1.myhome.ml',
        ipaddress: '192.0.2.9',
      }),
    );
    const taken = value(
      await other.registerDomain({
        domainname: 'myhome.ml',
        domaintype: 'FREE',
        forward_url: 'https://other.example/',
        idshield: 'enabled',
      }),
    );
    expect(taken.domain[0]!.status).toBe('REGISTERED');
    const restore = await api.restoreDomain({ domainname: 'myhome.ml' });
    expect(restore).toMatchObject({
      ok: false,
      error: { kind: 'api', message: 'Domain cannot be restored' },
    });
  });

  it('reports a free domain past its expiry as cancelled and will not renew it', async () => {
    await fx.emulator.clock.advance(11 * DAY); // renewsoon.tk expired two days ago
    const api = fx.client();
    const row = value(await api.listAllDomains()).find((d) => d.domainname === 'RENEWSOON.TK');
    expect(row?.status).toBe('CANCELLED');
    const renew = value(await api.renewDomain({ domainname: 'renewsoon.tk' }));
    expect(renew.result).toBe('NOT AVAILABLE');
  });

  it('upgrades for one year when no period is given', async () => {
    const api = fx.client();
    const before = value(await api.getDomainInfo({ domainname: 'lab.ga' })).domain[0]!
      .expirationdate!;
    value(await fx.client().upgradeDomain({ domainname: 'lab.ga', owner_id: 'C1001' }));
    const after = value(await api.getDomainInfo({ domainname: 'lab.ga' })).domain[0]!;
    const beforeMs = Date.UTC(+before.slice(0, 4), +before.slice(4, 6) - 1, +before.slice(6, 8));
    expect(after).toMatchObject({
      domaintype: 'PAID',
      expirationdate: ymd(addMonthsUtc(beforeMs, 12)),
    });
    expect(after.owner_contact?.contact_id).toBe('C1001');
  });

  it('lists a finished transfer for 7 days, then drops it', async () => {
    const api = fx.client();
    value(await api.approveTransfer({ domainname: 'shop.tk' }));
    await fx.emulator.clock.advance(7 * DAY - 60_000);
    expect(value(await api.listTransfers()).transfer.map((t) => t.domainname)).toEqual([
      'SHOP.TK',
      'ARRIVING.COM',
    ]);
    await fx.emulator.clock.advance(2 * 60_000);
    expect(value(await api.listTransfers())).toMatchObject({
      result: '1 TRANSFERS LISTED',
      transfer: [{ domainname: 'ARRIVING.COM', status: 'PENDING' }],
    });
  });

  it('keeps each account to its own domains', async () => {
    const other = value(await fx.client({ credentials: OTHER }).listDomains());
    expect(other).toMatchObject({ result: '0 DOMAINS FOUND', domain: [] });
    const peek = await fx
      .client({ credentials: OTHER })
      .getDomainInfo({ domainname: 'business.com' });
    expect(peek).toMatchObject({
      ok: false,
      error: { message: 'Domain not found in this account' },
    });
    expect(DEMO.email).toBe('demo@example.com');
  });
});
