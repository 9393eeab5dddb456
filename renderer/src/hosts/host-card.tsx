import type { DesiredRecord, Host } from '../../../shared/records/desired-records.js';
import { formatTime } from '../../../shared/time/format-time.js';
import { ActionButton } from '../ui/action-button.js';
import { Notice } from '../ui/notice.js';
import {
  DnsStatusBadge,
  RecordStatusBadge,
  type HostStatusView,
  type RecordState,
} from './record-status.js';

interface HostCardProps {
  host: Host;
  accountName: string;
  status: HostStatusView | null;
  onUpdateNow: () => Promise<void>;
  onEdit: () => void;
  onDelete: () => void;
}

export function describeDesired(record: DesiredRecord): string {
  switch (record.type) {
    case 'A':
      return record.mode === 'follow' ? 'follows the public IPv4 address' : record.value;
    case 'AAAA':
      return record.mode === 'follow' ? 'follows the public IPv6 address' : record.value;
    case 'CNAME':
      return `alias of ${record.value}`;
    case 'TXT':
      return `"${record.value}"`;
    case 'MX':
      return record.entries.map((entry) => `${entry.preference} ${entry.target}`).join(', ');
  }
}

const UNKNOWN: RecordState = { kind: 'pending', reason: 'not checked yet' };

/**
 * One host: each record with what it should hold and where it stands, and the host's actions.
 * The card itself takes focus from the list's arrow keys (tabIndex -1), Tab still walks its
 * buttons.
 */
export function HostCard(props: HostCardProps) {
  const { host, status } = props;
  const headingId = `host-${host.id}-title`;
  return (
    <section
      className="card host-card"
      aria-labelledby={headingId}
      data-testid="host-card"
      tabIndex={-1}
    >
      <HostCardHeader {...props} headingId={headingId} />
      {status?.pausedReason && (
        <Notice kind="warning">
          Updates of {host.label} are paused: {status.pausedReason} Correct the account or the host,
          then use Update now.
        </Notice>
      )}
      <RecordsTable host={host} status={status} />
      <p className="muted host-card-footer">
        Last update: {status?.lastUpdate ? formatTime(status.lastUpdate) : 'never'}
        {' · '}
        <span data-testid="updates-left">
          {status?.updatesLeftToday == null
            ? `${status?.dailyLimit ?? '?'} updates a day`
            : `${status.updatesLeftToday} of ${status.dailyLimit} updates left today`}
        </span>
      </p>
    </section>
  );
}

/** The host's name, its account, whether it is updated, and what can be done with it. */
function HostCardHeader({
  host,
  accountName,
  headingId,
  onUpdateNow,
  onEdit,
  onDelete,
}: HostCardProps & { headingId: string }) {
  return (
    <div className="host-card-header">
      <h2 id={headingId}>
        {host.label}
        <span className="muted">.freedns.io</span>
      </h2>
      <span className="muted">account {accountName}</span>
      {!host.enabled && <span className="badge badge-muted">not updated</span>}
      <span className="spacer" />
      <HostActions host={host} onUpdateNow={onUpdateNow} onEdit={onEdit} onDelete={onDelete} />
    </div>
  );
}

/** Update now, Edit and Delete, each naming the host for a screen reader. */
function HostActions({
  host,
  onUpdateNow,
  onEdit,
  onDelete,
}: Pick<HostCardProps, 'host' | 'onUpdateNow' | 'onEdit' | 'onDelete'>) {
  return (
    <>
      <ActionButton
        onAction={onUpdateNow}
        busyLabel={`Updating ${host.label}`}
        aria-label={`Update ${host.label} now`}
      >
        Update now
      </ActionButton>
      <button
        type="button"
        className="button"
        onClick={onEdit}
        aria-label={`Edit ${host.label}`}
        data-edit-host={host.id}
      >
        Edit
      </button>
      <button
        type="button"
        className="button button-danger-outline"
        onClick={onDelete}
        aria-label={`Delete ${host.label}`}
      >
        Delete
      </button>
    </>
  );
}

function RecordsTable({ host, status }: { host: Host; status: HostStatusView | null }) {
  const statusOf = (type: string) => status?.records.find((record) => record.type === type);
  return (
    <table className="data">
      <caption className="visually-hidden">Records of {host.label}</caption>
      <thead>
        <tr>
          <th scope="col">Type</th>
          <th scope="col">Should hold</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {host.records.map((record) => (
          <tr key={record.type} data-testid={`record-row-${record.type}`}>
            <td>{record.type}</td>
            <td className="wrap">{describeDesired(record)}</td>
            <td>
              <RecordStatusBadge state={statusOf(record.type)?.state ?? UNKNOWN} />
              <DnsStatusBadge dns={statusOf(record.type)?.dns} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
