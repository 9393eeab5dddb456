import {
  useQuery,
  useQueryClient,
  type QueryClient,
  type QueryFunctionContext,
} from '@tanstack/react-query';
import { useCallback } from 'react';
import type { EventPayload } from '../../../shared/contract/index.js';
import type { FreenomStatus } from '../../../shared/contract/domain-channels.js';
import type { DomainSummary } from '../../../shared/contract/domain-schemas.js';
import { useDomainsCore, type DomainsCore } from './domains-core.js';
import { messageOf } from './form-check.js';

/** What the Domains window reads from the core, one cache entry each. */
export const DOMAIN_KEYS = {
  status: ['freenom-status'],
  list: ['domain-list'],
  info: ['domain-info'],
  contacts: ['contacts'],
  transfers: ['transfers'],
  glue: ['glue'],
} as const;

type ChangeReason = EventPayload<'domains:changed'>['reason'];

/**
 * The core said something changed: read again what that change can touch. Reading again
 * cancels a read still running, so its stale answer never lands.
 */
export function invalidateAfterChange(client: QueryClient, reason: ChangeReason): void {
  // Another account: nothing read so far is still true.
  if (reason === 'connected') return void client.invalidateQueries();
  if (reason === 'contacts') void client.invalidateQueries({ queryKey: DOMAIN_KEYS.contacts });
  if (reason === 'transfers') void client.invalidateQueries({ queryKey: DOMAIN_KEYS.transfers });
  if (reason === 'glue') void client.invalidateQueries({ queryKey: DOMAIN_KEYS.glue });
  // An auto-renew answer already carries the new row (see useReplaceDomain).
  if (reason !== 'autoRenew' && reason !== 'contacts')
    void client.invalidateQueries({ queryKey: DOMAIN_KEYS.list });
  void client.invalidateQueries({ queryKey: DOMAIN_KEYS.info });
}

/** The account can also change in the Settings window. */
export function invalidateAfterSettings(client: QueryClient): void {
  void client.invalidateQueries({ queryKey: DOMAIN_KEYS.status });
}

/** A failed read, named for the user; null while it reads again or when it worked. */
function failureOf(query: { error: unknown; isFetching: boolean }): string | null {
  return query.error && !query.isFetching ? messageOf(query.error) : null;
}

export function useFreenomStatus() {
  const core = useDomainsCore();
  const query = useQuery({ queryKey: DOMAIN_KEYS.status, queryFn: () => core.freenom.status() });
  return { status: query.data ?? null, error: query.error ? messageOf(query.error) : null };
}

/** The account as a connect answer describes it, shown at once without reading it again. */
export function useSetFreenomStatus(): (status: FreenomStatus) => void {
  const client = useQueryClient();
  return useCallback((status) => client.setQueryData(DOMAIN_KEYS.status, status), [client]);
}

export function useContacts() {
  const core = useDomainsCore();
  const client = useQueryClient();
  const query = useQuery({ queryKey: DOMAIN_KEYS.contacts, queryFn: () => core.contacts.list() });
  const reload = useCallback(
    () => void client.invalidateQueries({ queryKey: DOMAIN_KEYS.contacts }),
    [client],
  );
  return {
    contacts: query.data?.contacts ?? [],
    error: query.error ? messageOf(query.error) : null,
    reload,
  };
}

export function useTransfers() {
  const core = useDomainsCore();
  const client = useQueryClient();
  const query = useQuery({ queryKey: DOMAIN_KEYS.transfers, queryFn: () => core.transfers.list() });
  return {
    transfers: query.data?.transfers ?? [],
    error: query.error ? messageOf(query.error) : null,
    reload: () => void client.invalidateQueries({ queryKey: DOMAIN_KEYS.transfers }),
  };
}

export function useGlueRecords(domain: string) {
  const core = useDomainsCore();
  const client = useQueryClient();
  const query = useQuery({
    queryKey: [...DOMAIN_KEYS.glue, domain],
    queryFn: () => core.glue.list({ domain }),
  });
  return {
    records: query.data?.records ?? [],
    error: query.error ? messageOf(query.error) : null,
    reload: () => void client.invalidateQueries({ queryKey: [...DOMAIN_KEYS.glue, domain] }),
  };
}

export function useDomainInfo(domain: string) {
  const core = useDomainsCore();
  const client = useQueryClient();
  const query = useQuery({
    queryKey: [...DOMAIN_KEYS.info, domain],
    queryFn: () => core.domains.getInfo({ domain }),
  });
  return {
    details: query.data ?? null,
    error: failureOf(query),
    reload: () => void client.invalidateQueries({ queryKey: [...DOMAIN_KEYS.info, domain] }),
  };
}

const PAGE_SIZE = 500;

export interface DomainListData {
  domains: DomainSummary[];
  total: number;
}

/**
 * Every domain, page by page from the core's cached list (5,000 domains in ten calls); the
 * pages read so far show while the rest arrive. A read cancelled by a newer one stops.
 */
async function readAllDomains(
  core: DomainsCore,
  refresh: boolean,
  { client, queryKey, signal }: QueryFunctionContext,
): Promise<DomainListData> {
  let rows: DomainSummary[] = [];
  for (let page = 1; ; page += 1) {
    const answer = await core.domains.list({
      page,
      pageSize: PAGE_SIZE,
      refresh: refresh && page === 1,
    });
    rows = [...rows, ...answer.domains];
    const listed = { domains: rows, total: answer.total };
    if (rows.length >= answer.total || answer.domains.length === 0 || signal.aborted) return listed;
    client.setQueryData(queryKey, listed);
  }
}

export interface AllDomains {
  domains: DomainSummary[];
  total: number | null;
  loading: boolean;
  error: string | null;
  /** Read the list again; `refresh` asks Freenom rather than the core's cache. */
  reload: (refresh?: boolean) => Promise<void>;
  replace: (row: DomainSummary) => void;
}

/** Every domain of the account, read again whenever the core says the list changed. */
export function useAllDomains(): AllDomains {
  const core = useDomainsCore();
  const client = useQueryClient();
  const query = useQuery({
    queryKey: DOMAIN_KEYS.list,
    queryFn: (context) => readAllDomains(core, false, context),
    // Rows are replaced whole, page by page: comparing thousands of them deeply buys nothing.
    structuralSharing: false,
  });
  const reload = async (refresh = false) => {
    await client.cancelQueries({ queryKey: DOMAIN_KEYS.list });
    await client
      .fetchQuery({
        queryKey: DOMAIN_KEYS.list,
        queryFn: (context) => readAllDomains(core, refresh, context),
      })
      .catch(() => undefined); // the query's own error state names the failure
    // Rows read again are new answers: an open domain's details follow them.
    await client.invalidateQueries({ queryKey: DOMAIN_KEYS.info });
  };
  return {
    domains: query.data?.domains ?? [],
    total: query.data?.total ?? null,
    loading: query.isFetching,
    error: failureOf(query),
    reload,
    replace: useReplaceDomain(),
  };
}

/** Puts one changed row (e.g. an auto-renew answer) into the list without reading it again. */
export function useReplaceDomain(): (row: DomainSummary) => void {
  const client = useQueryClient();
  return useCallback(
    (row: DomainSummary) =>
      client.setQueryData<DomainListData>(DOMAIN_KEYS.list, (listed) =>
        listed
          ? { ...listed, domains: listed.domains.map((r) => (r.domain === row.domain ? row : r)) }
          : listed,
      ),
    [client],
  );
}
