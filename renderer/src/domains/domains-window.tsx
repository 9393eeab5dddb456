import type { FreenomStatus } from '../../../shared/contract/domain-channels.js';
import { Notice } from '../ui/notice.js';
import { AccountPanel } from './account-panel.js';
import { ContactsPanel } from './contacts-panel.js';
import { DomainReminders } from './domain-reminders.js';
import { useFreenomStatus } from './domains-queries.js';
import { ExpiryTimelinePanel } from './expiry-timeline-panel.js';
import { MyDomainsPanel } from './my-domains-panel.js';
import { RegisterPanel } from './register-panel.js';
import { SearchPanel } from './search-panel.js';
import { TransfersPanel } from './transfers-panel.js';
import { DOMAIN_TABS, useDomainsTab, type DomainTab } from './use-domains-tab.js';
import './domains.css';

/** The Domains window: a Freenom account, searched, registered and looked after. */
export function DomainsWindow() {
  const { status, error } = useFreenomStatus();
  const [tab, setTab] = useDomainsTab('mine');
  const connected = status?.connected ?? false;
  const shown: DomainTab = status && !connected ? 'account' : tab;
  return (
    <section className="page domains" aria-labelledby="domains-title">
      <header className="page-header">
        <h1 id="domains-title">Domains</h1>
        {status && connected && <AccountBadge status={status} />}
      </header>
      <DomainTabs shown={shown} onTab={setTab} />
      <DomainReminders />
      {error && <Notice kind="error">Could not read the Freenom account: {error}</Notice>}
      {status && !connected && (
        <Notice kind="info">
          Connect a Freenom account to search, register and manage domains.
        </Notice>
      )}
      {status && <View tab={shown} status={status} />}
    </section>
  );
}

function AccountBadge({ status }: { status: FreenomStatus }) {
  return (
    <span className="muted" data-testid="freenom-account">
      {status.email}
      {status.testMode && <span className="badge badge-warn">test mode</span>}
    </span>
  );
}

function DomainTabs({ shown, onTab }: { shown: DomainTab; onTab: (tab: DomainTab) => void }) {
  return (
    <nav className="tabs" aria-label="Domains views">
      {DOMAIN_TABS.map((item) => (
        <a
          key={item.id}
          href={`#/domains/${item.id}`}
          aria-current={shown === item.id ? 'page' : undefined}
          onClick={(event) => (event.preventDefault(), onTab(item.id))}
        >
          {item.label}
        </a>
      ))}
    </nav>
  );
}

function View({ tab, status }: { tab: DomainTab; status: FreenomStatus }) {
  switch (tab) {
    case 'account':
      return <AccountPanel status={status} />;
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
