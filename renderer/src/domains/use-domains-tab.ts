import { useEffect, useState } from 'react';

export const DOMAIN_TABS = [
  { id: 'account', label: 'Account' },
  { id: 'search', label: 'Search' },
  { id: 'register', label: 'Register' },
  { id: 'mine', label: 'My domains' },
  { id: 'timeline', label: 'Expiry timeline' },
  { id: 'contacts', label: 'Contacts' },
  { id: 'transfers', label: 'Transfers' },
] as const;
export type DomainTab = (typeof DOMAIN_TABS)[number]['id'];

/** The tab lives in the hash after the route (#/domains/search), so views can be linked to. */
export function parseDomainTab(hash: string): DomainTab | null {
  const part = hash.replace(/^#\/?/, '').split(/[?]/)[0]?.split('/')[1] ?? '';
  return DOMAIN_TABS.some((tab) => tab.id === part) ? (part as DomainTab) : null;
}

export function useDomainsTab(fallback: DomainTab): [DomainTab, (tab: DomainTab) => void] {
  const [tab, setTab] = useState<DomainTab>(() => parseDomainTab(window.location.hash) ?? fallback);
  useEffect(() => {
    const onChange = () => setTab(parseDomainTab(window.location.hash) ?? fallback);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, [fallback]);
  return [tab, (next) => (window.location.hash = `#/domains/${next}`)];
}
