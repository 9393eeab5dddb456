import { useMemo, useState } from 'react';
import type { DomainSummary } from '../../../shared/contract/domain-schemas.js';
import { ActionButton } from '../ui/action-button.js';
import { TextField } from '../ui/field.js';
import { Notice } from '../ui/notice.js';
import { VirtualTable, type Column } from '../ui/virtual-table.js';
import { AutoRenewSwitch } from './auto-renew-switch.js';
import { DomainDetails } from './domain-details.js';
import { daysLeftTone, describeDaysLeft, describeRenewal } from './domain-format.js';
import { useAllDomains, type AllDomains } from './domains-queries.js';

const COLUMNS: Column<DomainSummary>[] = [
  { key: 'domain', header: 'Domain', width: '2fr', render: (d) => d.domain },
  { key: 'type', header: 'Type', width: '5rem', render: (d) => d.type },
  {
    key: 'status',
    header: 'Status',
    width: '7rem',
    render: (d) => (
      <span className={`badge ${d.status === 'ACTIVE' ? 'badge-ok' : 'badge-danger'}`}>
        {d.status}
      </span>
    ),
  },
  { key: 'expires', header: 'Expires', width: '7rem', render: (d) => d.expirationDate ?? '—' },
  {
    key: 'days',
    header: 'Days left',
    width: '9rem',
    render: (d) => (
      <span className={`badge badge-${daysLeftTone(d)}`}>{describeDaysLeft(d.daysLeft)}</span>
    ),
  },
  { key: 'renewal', header: 'Renewal', width: '1.6fr', render: (d) => describeRenewal(d) },
  {
    key: 'autoRenew',
    header: 'Auto-renew',
    width: '7rem',
    render: (d) => <AutoRenewSwitch domain={d} />,
  },
];

/** The account's domains in a virtualized table (fast at thousands), with details on demand. */
export function MyDomainsPanel() {
  const all = useAllDomains();
  const [filter, setFilter] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const rows = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return needle ? all.domains.filter((d) => d.domain.includes(needle)) : all.domains;
  }, [all.domains, filter]);
  const current = all.domains.find((d) => d.domain === selected) ?? null;

  return (
    <div className="stack" data-testid="my-domains-panel">
      <ListToolbar all={all} filter={filter} onFilter={setFilter} shown={rows.length} />
      {all.error && <Notice kind="error">{all.error}</Notice>}
      <VirtualTable
        label="My domains"
        rows={rows}
        columns={COLUMNS}
        rowKey={(d) => d.domain}
        rowHeight={40}
        height={Math.min(440, 44 + rows.length * 40)}
        selectedKey={selected}
        onRowActivate={(d) => setSelected(d.domain)}
        empty={all.loading ? 'Loading…' : 'No domains in this account.'}
      />
      {current && (
        <DomainDetails key={current.domain} summary={current} onClose={() => setSelected(null)} />
      )}
    </div>
  );
}

interface ListToolbarProps {
  all: AllDomains;
  filter: string;
  onFilter: (filter: string) => void;
  shown: number;
}

function ListToolbar({ all, filter, onFilter, shown }: ListToolbarProps) {
  return (
    <div className="row">
      <TextField label="Filter" value={filter} onChange={onFilter} placeholder="part of a name" />
      <ActionButton onAction={() => all.reload(true)} busyLabel="Reading from Freenom">
        Refresh from Freenom
      </ActionButton>
      <DomainCount all={all} shown={shown} />
    </div>
  );
}

function DomainCount({ all, shown }: { all: AllDomains; shown: number }) {
  return (
    <span className="muted" role="status" data-testid="domain-count">
      {all.total === null
        ? 'Loading…'
        : all.loading
          ? `Loaded ${all.domains.length} of ${all.total} domains`
          : `${shown} of ${all.total} domains`}
    </span>
  );
}
