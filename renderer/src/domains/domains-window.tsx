import { useCallback, useEffect, useState } from 'react';
import type { FreenomStatus } from '../../../shared/contract/domain-channels.js';
import { dnsTray } from '../bridge/dns-tray.js';
import { Notice } from '../ui/notice.js';
import { AccountPanel } from './account-panel.js';
import { ContactsPanel } from './contacts-panel.js';
import { DomainReminders } from './domain-reminders.js';
import { ExpiryTimelinePanel } from './expiry-timeline-panel.js';
import { messageOf } from './form-check.js';
import { MyDomainsPanel } from './my-domains-panel.js';
import { RegisterPanel } from './register-panel.js';
import { SearchPanel } from './search-panel.js';
import { TransfersPanel } from './transfers-panel.js';
import { DOMAIN_TABS, useDomainsTab, type DomainTab } from './use-domains-tab.js';
import './domains.css';

/** The Domains window: a Freenom account, searched, registered and looked after. */
export function DomainsWindow() {
  const [status, setStatus] = useState<FreenomStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tab, setTab] = useDomainsTab('mine');

  const reload = useCallback(() => {
    dnsTray.freenom.status().then(
      (next) => (setStatus(next), setError(null)),
      (e: unknown) => setError(messageOf(e)),
    );
  }, []);
  useEffect(() => {
    reload();
    // The account can also change in the Settings window.
    return dnsTray.on('settings:changed', reload);
  }, [reload]);

  const connected = status?.connected ?? false;
  const shown: DomainTab = status && !connected ? 'account' : tab;
  return (
    <section className="page domains" aria-labelledby="domains-title">
      <header className="page-header">
        <h1 id="domains-title">Domains</h1>
        {status && connected && (
          <span className="muted" data-testid="freenom-account">
            {status.email}
            {status.testMode && <span className="badge badge-warn">test mode</span>}
          </span>
        )}
      </header>
      <nav className="tabs" aria-label="Domains views">
        {DOMAIN_TABS.map((item) => (
          <a
            key={item.id}
            href={`#/domains/${item.id}`}
            aria-current={shown === item.id ? 'page' : undefined}
            onClick={(event) => (event.preventDefault(), setTab(item.id))}
          >
            {item.label}
          </a>
        ))}
      </nav>
      <DomainReminders />
      {error && <Notice kind="error">Could not read the Freenom account: {error}</Notice>}
      {status && !connected && (
        <Notice kind="info">
          Connect a Freenom account to search, register and manage domains.
        </Notice>
      )}
      {status && <View tab={shown} status={status} onStatus={setStatus} />}
    </section>
  );
}

function View({
  tab,
  status,
  onStatus,
}: {
  tab: DomainTab;
  status: FreenomStatus;
  onStatus: (status: FreenomStatus) => void;
}) {
  switch (tab) {
    case 'account':
      return <AccountPanel status={status} onStatus={onStatus} />;
    case 'search':
      return <SearchPanel />;
    case 'register':
      return <RegisterPanel />;
    case 'mine':
      return <MyDomainsPanel />;
    case 'timeline':
      return <ExpiryTimelinePanel />;
    case 'contacts':
      return <ContactsPanel />;
    case 'transfers':
      return <TransfersPanel />;
  }
}
