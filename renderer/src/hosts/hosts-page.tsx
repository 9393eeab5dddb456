import { useMemo, useState, type ReactNode } from 'react';
import type { Host } from '../../../shared/records/desired-records.js';
import { ActionButton } from '../ui/action-button.js';
import { Notice } from '../ui/notice.js';
import { Spinner } from '../ui/spinner.js';
import { useDelayedFlag } from '../ui/use-delayed-flag.js';
import { DeleteHostDialog } from './delete-host-dialog.js';
import { filterHosts } from './filter-hosts.js';
import { HostCard } from './host-card.js';
import { HostEditor, type AccountChoice, type FamiliesOn } from './host-editor.js';
import { HostFilter } from './host-filter.js';
import { HostList } from './host-list.js';
import type { HostStatusView } from './record-status.js';
import {
  useHostsPage,
  type Editing,
  type HostsActions,
  type PageMessage,
} from './use-hosts-page.js';

export type { HostsActions } from './use-hosts-page.js';

interface HostsPageProps {
  hosts: readonly Host[];
  accounts: readonly AccountChoice[];
  statuses: readonly HostStatusView[];
  /** A one-line summary of the public addresses, or null while unknown. */
  addressSummary: string | null;
  /** The engine's own one-line summary ("All records are up to date."). */
  engineSummary: string | null;
  /** True while the engine checks the address or writes records. */
  working: boolean;
  /** Which address families IP detection looks for; a record can follow only those. */
  familiesOn: FamiliesOn;
  actions: HostsActions;
}

/** Which hosts the filter shows; the host last opened stays until the filter changes. */
function useShownHosts(hosts: readonly Host[], editingId: string | undefined) {
  const [filter, setFilter] = useState('');
  const [kept, setKept] = useState<string>();
  const shown = useMemo(() => filterHosts(hosts, filter, kept), [hosts, filter, kept]);
  const change = (text: string) => (setFilter(text), setKept(editingId));
  return { filter, change, shown, keep: setKept };
}

/** The Hosts window: header and messages, the filter, and the (virtualized) host cards. */
export function HostsPage(props: HostsPageProps) {
  const { hosts, accounts, actions } = props;
  const page = useHostsPage(hosts, accounts[0]?.id ?? '', actions);
  const { editing } = page;
  const editingId = editing?.mode === 'edit' ? editing.draft.id : undefined;
  const filtered = useShownHosts(hosts, editingId);
  const startEdit = (host: Host) => (filtered.keep(host.id), page.startEdit(host));
  const item = useHostItem(props, page, startEdit);
  return (
    <div className="page">
      <HostsHeader {...props} onAdd={page.startAdd} run={page.run} />
      <HostsNotices message={page.message} noAccounts={accounts.length === 0} />
      {editing?.mode === 'add' && item.editor(editing)}
      {hosts.length === 0 && !editing && (
        <p className="card muted">No hosts yet. Add one to keep it on your public address.</p>
      )}
      <FilteredHostList
        total={hosts.length}
        filtered={filtered}
        editingId={editingId}
        renderItem={item.render}
        onOpen={startEdit}
      />
      <DeleteHostDialog
        host={page.deleting}
        onCancel={() => page.setDeleting(null)}
        onConfirm={(host) => {
          page.setDeleting(null);
          void page.run(() => actions.deleteHost(host.id), `Deleted ${host.label}.`);
        }}
      />
    </div>
  );
}

/** The last action's message, and what to do first when there is no account. */
function HostsNotices({ message, noAccounts }: { message: PageMessage; noAccounts: boolean }) {
  return (
    <>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      {noAccounts && (
        <Notice kind="warning">
          Add a freedns.io account in <a href="#/settings">Settings</a> before adding hosts.
        </Notice>
      )}
    </>
  );
}

interface FilteredHostListProps {
  total: number;
  filtered: ReturnType<typeof useShownHosts>;
  editingId: string | undefined;
  renderItem: (host: Host) => ReactNode;
  onOpen: (host: Host) => void;
}

/** The filter (once there are hosts) and the cards it lets through; Down in it moves to them. */
function FilteredHostList({
  total,
  filtered,
  editingId,
  renderItem,
  onOpen,
}: FilteredHostListProps) {
  const [focusRequest, setFocusRequest] = useState<{ index: number } | null>(null);
  return (
    <>
      {total > 0 && (
        <HostFilter
          value={filtered.filter}
          onChange={filtered.change}
          shown={filtered.shown.length}
          total={total}
          onLeave={() => setFocusRequest({ index: 0 })}
        />
      )}
      <HostList
        hosts={filtered.shown}
        editingIndex={
          editingId === undefined ? null : filtered.shown.findIndex((h) => h.id === editingId)
        }
        focusRequest={focusRequest}
        renderItem={renderItem}
        onOpen={onOpen}
      />
    </>
  );
}

/** Draws one list item: the host's card, or its editor while it is being edited. */
function useHostItem(
  { hosts, accounts, statuses, familiesOn, actions }: HostsPageProps,
  page: ReturnType<typeof useHostsPage>,
  startEdit: (host: Host) => void,
) {
  const statusOf = useMemo(() => new Map(statuses.map((s) => [s.hostId, s])), [statuses]);
  const accountOf = useMemo(() => new Map(accounts.map((a) => [a.id, a.username])), [accounts]);
  const editor = (open: NonNullable<Editing>) => (
    <HostEditor
      key={open.draft.id || 'new'}
      initial={open.draft}
      title={open.mode === 'add' ? 'Add a host' : `Edit ${open.draft.label}`}
      accounts={accounts}
      hosts={hosts}
      familiesOn={familiesOn}
      onSave={page.save}
      onCancel={page.closeEditor}
    />
  );
  const render = (host: Host) =>
    page.editing?.mode === 'edit' && page.editing.draft.id === host.id ? (
      editor(page.editing)
    ) : (
      <HostCard
        host={host}
        accountName={accountOf.get(host.accountId) ?? host.accountId}
        status={statusOf.get(host.id) ?? null}
        onUpdateNow={() =>
          page.run(() => actions.updateNow(host.id), `Update of ${host.label} requested.`)
        }
        onEdit={() => startEdit(host)}
        onDelete={() => page.setDeleting(host)}
      />
    );
  return { editor, render };
}

interface HostsHeaderProps extends HostsPageProps {
  onAdd: () => void;
  run: (work: () => Promise<void>, done: string) => Promise<void>;
}

/** Title, the public addresses, the page's two actions and the engine's one line. */
function HostsHeader({
  hosts,
  addressSummary,
  engineSummary,
  working,
  actions,
  onAdd,
  run,
}: HostsHeaderProps) {
  const showWorking = useDelayedFlag(working);
  return (
    <>
      <div className="page-header">
        <h1>Hosts</h1>
        {addressSummary && (
          <span className="muted" data-testid="addresses">
            {addressSummary}
          </span>
        )}
        <ActionButton
          onAction={() => run(() => actions.updateNow(), 'Update of every host requested.')}
          busyLabel="Updating every host"
          disabled={hosts.length === 0}
        >
          Update all now
        </ActionButton>
        <button type="button" className="button button-primary" onClick={onAdd} data-add-host>
          Add host
        </button>
      </div>
      {(engineSummary || showWorking) && (
        <p className="muted engine-summary" data-testid="engine-summary">
          {showWorking && <Spinner label="Checking the address and updating" />}
          {engineSummary}
        </p>
      )}
    </>
  );
}
