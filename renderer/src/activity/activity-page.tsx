import { useMemo, useState } from 'react';
import { familyLabel } from '../../../shared/engine/family-label.js';
import { describeProvenance } from '../../../shared/engine/address-provenance.js';
import type { HistoryEvent } from '../../../shared/settings/history-event.js';
import { formatDateTime } from '../../../shared/time/format-time.js';
import { SelectField } from '../ui/field.js';
import { Notice } from '../ui/notice.js';
import { VirtualTable, type Column } from '../ui/virtual-table.js';
import { AddressChart, UpdatesChart } from './activity-charts.js';
import {
  addressSeries,
  matchesFilter,
  NO_FILTER,
  outcomeOf,
  typeOf,
  updatesPerDay,
  type HistoryFilter,
  type OutcomeFilter,
  type TypeFilter,
} from './history-series.js';

export interface HostQuota {
  id: string;
  label: string;
  dailyLimit: number;
}

interface ActivityPageProps {
  /** Newest first, as history:list answers. */
  events: readonly HistoryEvent[] | null;
  total: number;
  error: string | null;
  hosts: readonly HostQuota[];
  now: number;
}

const TYPE_OPTIONS: { value: TypeFilter; label: string }[] = [
  { value: 'all', label: 'All types' },
  { value: 'address-changed', label: 'Address changes' },
  { value: 'A', label: 'A records' },
  { value: 'AAAA', label: 'AAAA records' },
  { value: 'CNAME', label: 'CNAME records' },
  { value: 'TXT', label: 'TXT records' },
  { value: 'MX', label: 'MX records' },
  { value: 'domain-action', label: 'Domain actions' },
  { value: 'notice', label: 'Notices' },
];
const OUTCOME_OPTIONS: { value: OutcomeFilter; label: string }[] = [
  { value: 'all', label: 'All outcomes' },
  { value: 'updated', label: 'Updated' },
  { value: 'unchanged', label: 'Unchanged' },
  { value: 'deferred', label: 'Deferred' },
  { value: 'rejected', label: 'Rejected' },
  { value: 'failed', label: 'Failed' },
  { value: 'succeeded', label: 'Succeeded (domains)' },
  { value: 'skipped', label: 'Skipped (domains)' },
];

function subjectOf(event: HistoryEvent): string {
  switch (event.kind) {
    case 'update-outcome':
      return event.hostname;
    case 'address-changed':
      return familyLabel(event.family);
    case 'domain-action':
      return event.domain;
    case 'notice':
      return '—';
  }
}

/** The Details column: what happened, with an address change's provenance. */
export function detailOf(event: HistoryEvent): string {
  switch (event.kind) {
    case 'update-outcome':
      return [event.value, event.message].filter(Boolean).join(' · ');
    case 'address-changed':
      return `${event.from ?? 'none'} → ${event.to ?? 'none'}${provenanceOf(event)}`;
    case 'domain-action':
      return `${event.action}: ${event.message}`;
    case 'notice':
      return event.message;
  }
}

function provenanceOf(event: Extract<HistoryEvent, { kind: 'address-changed' }>): string {
  const text = describeProvenance(event.sources, event.disagreed);
  return text ? ` (${text})` : '';
}

const TYPE_LABEL: Record<string, string> = {
  'address-changed': 'address',
  'domain-action': 'domain',
  notice: 'notice',
};

/** One line per cell; the full text stays available as the cell's tooltip. */
function cell(text: string) {
  return (
    <span className="cell-text" title={text}>
      {text}
    </span>
  );
}

const COLUMNS: Column<HistoryEvent>[] = [
  {
    key: 'at',
    header: 'Time',
    width: '10.5rem',
    render: (event) => cell(formatDateTime(event.at, { seconds: true })),
  },
  { key: 'subject', header: 'Host', width: 'minmax(7rem, 1fr)', render: (e) => cell(subjectOf(e)) },
  {
    key: 'type',
    header: 'Type',
    width: '5.5rem',
    render: (event) => cell(TYPE_LABEL[typeOf(event)] ?? typeOf(event)),
  },
  {
    key: 'outcome',
    header: 'Outcome',
    width: '6.5rem',
    render: (event) => cell(outcomeOf(event) ?? ''),
  },
  {
    key: 'detail',
    header: 'Details',
    width: 'minmax(10rem, 3fr)',
    render: (e) => cell(detailOf(e)),
  },
];

/** The daily quota the updates chart draws: the chosen host's, or every host's together. */
function quotaOf(hosts: readonly HostQuota[], hostId: string): { quota: number; label: string } {
  const chosen = hosts.find((host) => host.id === hostId);
  const quota = chosen ? chosen.dailyLimit : hosts.reduce((sum, host) => sum + host.dailyLimit, 0);
  return { quota, label: `${chosen ? chosen.label : 'all hosts'}: ${quota} updates a day` };
}

export function ActivityPage({ events, total, error, hosts, now }: ActivityPageProps) {
  const [filter, setFilter] = useState<HistoryFilter>(NO_FILTER);
  const all = useMemo(() => events ?? [], [events]);
  const rows = useMemo(() => all.filter((event) => matchesFilter(event, filter)), [all, filter]);
  const ipv4 = useMemo(() => addressSeries(all, 'ipv4'), [all]);
  const ipv6 = useMemo(() => addressSeries(all, 'ipv6'), [all]);
  const days = useMemo(() => updatesPerDay(all, filter.host), [all, filter.host]);
  const { quota, label } = quotaOf(hosts, filter.host);
  return (
    <div className="page activity">
      <div className="page-header">
        <h1>Activity</h1>
        <span className="muted" data-testid="history-count">
          {events === null ? 'Loading…' : `${rows.length} of ${total} events`}
        </span>
      </div>
      {error && <Notice kind="error">The history could not be read: {error}</Notice>}
      <div className="charts">
        <AddressChart title="Public IPv4 address over time" points={ipv4} now={now} />
        <AddressChart title="Public IPv6 address over time" points={ipv6} now={now} />
        <UpdatesChart days={days} quota={quota} quotaLabel={label} />
      </div>
      <HistoryFilters hosts={hosts} filter={filter} onChange={setFilter} />
      <VirtualTable
        label="History"
        rows={rows}
        columns={COLUMNS}
        rowKey={(event) => String(event.id)}
        height="min(60vh, 520px)"
        empty={events === null ? 'Loading…' : 'Nothing matches these filters.'}
      />
    </div>
  );
}

function HistoryFilters({
  hosts,
  filter,
  onChange,
}: {
  hosts: readonly HostQuota[];
  filter: HistoryFilter;
  onChange: (filter: HistoryFilter) => void;
}) {
  return (
    <div className="row filters" role="group" aria-label="Filter the history">
      <SelectField
        label="Host"
        value={filter.host}
        options={[
          { value: 'all', label: 'All hosts' },
          ...hosts.map((host) => ({ value: host.id, label: host.label })),
        ]}
        onChange={(host) => onChange({ ...filter, host })}
      />
      <SelectField
        label="Type"
        value={filter.type}
        options={TYPE_OPTIONS}
        onChange={(type) => onChange({ ...filter, type })}
      />
      <SelectField
        label="Outcome"
        value={filter.outcome}
        options={OUTCOME_OPTIONS}
        onChange={(outcome) => onChange({ ...filter, outcome })}
      />
    </div>
  );
}
