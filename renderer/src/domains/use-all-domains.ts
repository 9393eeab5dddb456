import { useCallback, useEffect, useRef, useState } from 'react';
import type { DomainSummary } from '../../../shared/contract/domain-schemas.js';
import { dnsTray } from '../bridge/dns-tray.js';
import { messageOf } from './form-check.js';

const PAGE_SIZE = 500;

export interface AllDomains {
  domains: DomainSummary[];
  total: number | null;
  loading: boolean;
  error: string | null;
  fetchedAt: string | null;
  reload: (refresh?: boolean) => void;
  replace: (row: DomainSummary) => void;
}

/**
 * Every domain of the account, fetched page by page from the core's cached list (so 5,000
 * domains arrive in ten calls), reloaded whenever the core says the list changed.
 */
export function useAllDomains(): AllDomains {
  const [domains, setDomains] = useState<DomainSummary[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fetchedAt, setFetchedAt] = useState<string | null>(null);
  const generation = useRef(0);

  const reload = useCallback((refresh = false) => {
    const mine = ++generation.current;
    setLoading(true);
    setError(null);
    void (async () => {
      const rows: DomainSummary[] = [];
      try {
        for (let page = 1; ; page += 1) {
          const answer = await dnsTray.domains.list({
            page,
            pageSize: PAGE_SIZE,
            refresh: refresh && page === 1,
          });
          if (mine !== generation.current) return;
          rows.push(...answer.domains);
          setTotal(answer.total);
          setFetchedAt(answer.fetchedAt);
          setDomains([...rows]);
          if (rows.length >= answer.total || answer.domains.length === 0) break;
        }
      } catch (e) {
        if (mine === generation.current) setError(messageOf(e));
      } finally {
        if (mine === generation.current) setLoading(false);
      }
    })();
  }, []);

  useEffect(() => {
    reload();
    return dnsTray.on('domains:changed', (event) => {
      if (event.reason !== 'autoRenew' && event.reason !== 'contacts') reload();
    });
  }, [reload]);

  const replace = useCallback(
    (row: DomainSummary) =>
      setDomains((rows) => rows.map((r) => (r.domain === row.domain ? row : r))),
    [],
  );
  return { domains, total, loading, error, fetchedAt, reload, replace };
}
