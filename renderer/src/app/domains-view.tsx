import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { dnsTray } from '../bridge/dns-tray.js';
import { DomainsCoreProvider, type DomainsCore } from '../domains/domains-core.js';
import { invalidateAfterChange, invalidateAfterSettings } from '../domains/domains-queries.js';
import { DomainsWindow } from '../domains/domains-window.js';

const core: DomainsCore = {
  freenom: dnsTray.freenom,
  domains: dnsTray.domains,
  contacts: dnsTray.contacts,
  glue: dnsTray.glue,
  transfers: dnsTray.transfers,
  onReminder: (listener) => dnsTray.on('domains:reminder', listener),
};

/** A read fails once and says so: the core already retried Freenom where that was safe. */
function createDomainsClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
    },
  });
}

/**
 * The Domains window wired to the app: the core's calls handed down, and what the core says
 * changed (here or in another window) turned into reading again.
 */
export function DomainsView() {
  const [client] = useState(createDomainsClient);
  useEffect(() => {
    const offDomains = dnsTray.on('domains:changed', (event) =>
      invalidateAfterChange(client, event.reason),
    );
    const offSettings = dnsTray.on('settings:changed', () => invalidateAfterSettings(client));
    return () => (offDomains(), offSettings());
  }, [client]);
  return (
    <QueryClientProvider client={client}>
      <DomainsCoreProvider core={core}>
        <DomainsWindow />
      </DomainsCoreProvider>
    </QueryClientProvider>
  );
}
