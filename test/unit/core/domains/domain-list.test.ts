import { describe, expect, it } from 'vitest';
import { DomainList } from '../../../../electron/core/domains/domain-list.js';
import { createSummarize } from '../../../../electron/core/domains/domain-summary.js';
import type {
  FreenomGateway,
  ListedDomain,
} from '../../../../electron/core/domains/freenom-gateway.js';
import { FakeClock } from '../../../support/fake-clock.js';

const row = (domain: string, status: string, expirationDate: string | null): ListedDomain => ({
  domain,
  type: 'FREE',
  status,
  registrationDate: '2025-01-01',
  expirationDate,
  autoRenew: null,
});

/** A Freenom account whose list answers the given rows, `perPage` at a time. */
function gatewayListing(rows: ListedDomain[]): FreenomGateway {
  const listPage: FreenomGateway['listPage'] = async (page, perPage) => ({
    total: rows.length,
    domains: rows.slice((page - 1) * perPage, page * perPage),
  });
  return { listPage } as Partial<FreenomGateway> as FreenomGateway;
}

async function shownRows(rows: ListedDomain[]) {
  const list = new DomainList(
    new FakeClock(),
    { get: () => undefined, set: async () => {} },
    createSummarize({ freeWindowDays: 14 }),
  );
  const page = await list.page(gatewayListing(rows), { page: 1, pageSize: 500, refresh: true });
  return page.domains.map((d) => `${d.domain} ${d.status} ${d.expirationDate}`);
}

// Two registrations of one name, in both orders: the kept one is the same either way.
const PAIRS: [string, ListedDomain, ListedDomain, string][] = [
  [
    'an active one over a cancelled one listed after it',
    row('example.tk', 'ACTIVE', '2026-06-01'),
    row('example.tk', 'CANCELLED', '2027-01-01'),
    'example.tk ACTIVE 2026-06-01',
  ],
  [
    'an active one over an expired one, whatever the case of the name',
    row('Example.TK', 'EXPIRED', null),
    row('example.tk', 'ACTIVE', '2026-06-01'),
    'example.tk ACTIVE 2026-06-01',
  ],
  [
    'the later expiry of two active ones',
    row('example.tk', 'ACTIVE', '2026-06-01'),
    row('example.tk', 'ACTIVE', '2026-09-01'),
    'example.tk ACTIVE 2026-09-01',
  ],
  [
    'the later expiry of two cancelled ones',
    row('example.tk', 'CANCELLED', '2026-09-01'),
    row('example.tk', 'CANCELLED', '2026-06-01'),
    'example.tk CANCELLED 2026-09-01',
  ],
  [
    'one with an expiry over one without',
    row('example.tk', 'CANCELLED', null),
    row('example.tk', 'CANCELLED', '2026-06-01'),
    'example.tk CANCELLED 2026-06-01',
  ],
];

describe('the domain list', () => {
  it.each(PAIRS)('keeps %s', async (_, first, second, kept) => {
    expect(await shownRows([first, second])).toEqual([kept]);
    expect(await shownRows([second, first])).toEqual([kept]);
  });

  it('keeps the active registration when the cancelled one comes on a later page', async () => {
    const others = Array.from({ length: 150 }, (_, i) => row(`d${i}.tk`, 'ACTIVE', '2026-03-01'));
    const rows = [
      row('example.tk', 'ACTIVE', '2026-06-01'),
      ...others,
      row('example.tk', 'CANCELLED', '2027-01-01'),
    ];
    const shown = await shownRows(rows);
    expect(shown).toHaveLength(151);
    expect(shown.filter((d) => d.startsWith('example.tk '))).toEqual([
      'example.tk ACTIVE 2026-06-01',
    ]);
  });
});
