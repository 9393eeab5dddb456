import { describe, expect, it } from 'vitest';
import { DomainCatalog, type DomainReader } from '../../../../electron/core/domains/index.js';
import type { ListedDomain } from '../../../../electron/core/freenom/index.js';
import { FakeClock } from '../../../support/fake-clock.js';

const DAY = 86_400_000;

function reader(rows: ListedDomain[]) {
  const calls = { list: 0, info: 0 };
  const fake: DomainReader = {
    async listAllDomains() {
      calls.list += 1;
      return { ok: true, value: rows };
    },
    async getDomainInfo({ domainname }) {
      calls.info += 1;
      return {
        ok: true,
        value: {
          domain: [
            { domainname: domainname.toUpperCase(), nameserver: [], pricing: [], status: 'ACTIVE' },
          ],
        },
      };
    },
  };
  return { fake, calls };
}

describe('domain catalog', () => {
  const rows: ListedDomain[] = [
    { domainname: 'HOME.TK', domaintype: 'FREE', status: 'CANCELLED', expirationdate: '20250101' },
    {
      domainname: 'HOME.TK',
      domaintype: 'FREE',
      status: 'ACTIVE',
      registrationdate: '20251001',
      expirationdate: '20260120',
    },
    {
      domainname: 'SHOP.COM',
      domaintype: 'PAID',
      status: 'ACTIVE',
      expirationdate: '20270101',
      autorenew: 'enabled',
    },
  ];

  it('summarises each domain once, with days to expiry and its renewal window', async () => {
    const clock = new FakeClock(Date.UTC(2026, 0, 10, 9));
    const catalog = new DomainCatalog(reader(rows).fake, clock);
    const list = await catalog.list();
    expect(list).toEqual({
      ok: true,
      value: [
        {
          domainname: 'home.tk',
          domaintype: 'FREE',
          status: 'ACTIVE',
          registrationDate: '2025-10-01',
          expirationDate: '2026-01-20',
          daysToExpiry: 10,
          renewal: { state: 'open', closesAt: Date.UTC(2026, 0, 21) },
          autorenew: null,
        },
        {
          domainname: 'shop.com',
          domaintype: 'PAID',
          status: 'ACTIVE',
          registrationDate: null,
          expirationDate: '2027-01-01',
          daysToExpiry: 356,
          renewal: { state: 'open', closesAt: Date.UTC(2027, 0, 2) },
          autorenew: true,
        },
      ],
    });
  });

  it('serves the list and details from cache until they age or are invalidated, days still moving', async () => {
    const clock = new FakeClock(Date.UTC(2026, 0, 1));
    const { fake, calls } = reader(rows);
    const catalog = new DomainCatalog(fake, clock, 60_000);
    await catalog.list();
    await catalog.details('home.tk');
    await clock.advance(30_000);
    await catalog.details('HOME.TK');
    const cached = await catalog.list();
    expect(calls).toEqual({ list: 1, info: 1 });
    expect(cached.ok && cached.value[0]!.daysToExpiry).toBe(19);
    catalog.invalidate('home.tk');
    await catalog.list();
    await catalog.details('home.tk');
    expect(calls).toEqual({ list: 2, info: 2 });
    await clock.advance(DAY);
    const later = await catalog.list();
    expect(calls.list).toBe(3);
    expect(later.ok && later.value[0]!.daysToExpiry).toBe(18);
  });
});
