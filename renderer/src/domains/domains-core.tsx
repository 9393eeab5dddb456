import { createContext, useContext, type ReactNode } from 'react';
import type { DnsTrayCalls, EventPayload, Unsubscribe } from '../../../shared/contract/index.js';

/**
 * What the Domains window needs from the core, declared here and handed in by
 * app/domains-view.tsx, so no domain component reaches for the bridge itself.
 */
export type DomainsCore = Pick<
  DnsTrayCalls,
  'freenom' | 'domains' | 'contacts' | 'glue' | 'transfers'
> & {
  onReminder(listener: (reminder: EventPayload<'domains:reminder'>) => void): Unsubscribe;
};

const CoreContext = createContext<DomainsCore | null>(null);

export function DomainsCoreProvider({
  core,
  children,
}: {
  core: DomainsCore;
  children: ReactNode;
}) {
  return <CoreContext.Provider value={core}>{children}</CoreContext.Provider>;
}

/** The core's calls, from the nearest DomainsCoreProvider. */
export function useDomainsCore(): DomainsCore {
  const core = useContext(CoreContext);
  if (!core) throw new Error('A Domains component is rendered outside DomainsCoreProvider.');
  return core;
}
