import { useState } from 'react';
import type { Host } from '../../../shared/records/desired-records.js';
import { ActionButton } from '../ui/action-button.js';
import { ConfirmDialog } from '../ui/confirm-dialog.js';
import { Notice } from '../ui/notice.js';
import { Spinner } from '../ui/spinner.js';
import { useDelayedFlag } from '../ui/use-delayed-flag.js';
import { HostCard } from './host-card.js';
import { chooseHostId, emptyRecord, hostToDraft, type HostDraft } from './host-draft.js';
import { HostEditor, type AccountChoice, type FamiliesOn } from './host-editor.js';
import type { HostStatusView } from './record-status.js';

/** What the Hosts window does; the app shell provides it over window.dnsTray. */
export interface HostsActions {
  saveHost(host: Host): Promise<void>;
  deleteHost(hostId: string): Promise<void>;
  /** Update one host now, or every host when hostId is undefined. */
  updateNow(hostId?: string): Promise<void>;
}

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

type Editing = { mode: 'add'; draft: HostDraft } | { mode: 'edit'; draft: HostDraft } | null;

export function HostsPage({
  hosts,
  accounts,
  statuses,
  addressSummary,
  engineSummary,
  working,
  familiesOn,
  actions,
}: HostsPageProps) {
  const showWorking = useDelayedFlag(working);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Host | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);

  const startAdd = () =>
    setEditing({
      mode: 'add',
      draft: {
        id: '',
        accountId: accounts[0]?.id ?? '',
        label: '',
        enabled: true,
        records: [emptyRecord('A')],
      },
    });
  const run = async (work: () => Promise<void>, done: string) => {
    setMessage(null);
    try {
      await work();
      setMessage({ kind: 'success', text: done });
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  };
  const save = async (host: Host) => {
    const id =
      host.id ||
      chooseHostId(
        host.label,
        host.accountId,
        hosts.map((h) => h.id),
      );
    await actions.saveHost({ ...host, id });
    setEditing(null);
    setMessage({ kind: 'success', text: `Saved ${host.label}.` });
  };

  // Adding opens the editor at the top; editing opens it in place of the host's card.
  const editor = (open: NonNullable<Editing>) => (
    <HostEditor
      key={open.draft.id || 'new'}
      initial={open.draft}
      title={open.mode === 'add' ? 'Add a host' : `Edit ${open.draft.label}`}
      accounts={accounts}
      hosts={hosts}
      familiesOn={familiesOn}
      onSave={save}
      onCancel={() => setEditing(null)}
    />
  );

  return (
    <div className="page">
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
        <button type="button" className="button button-primary" onClick={startAdd}>
          Add host
        </button>
      </div>
      {(engineSummary || showWorking) && (
        <p className="muted engine-summary" data-testid="engine-summary">
          {showWorking && <Spinner label="Checking the address and updating" />}
          {engineSummary}
        </p>
      )}
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      {accounts.length === 0 && (
        <Notice kind="warning">
          Add a freedns.io account in <a href="#/settings">Settings</a> before adding hosts.
        </Notice>
      )}
      {editing?.mode === 'add' && editor(editing)}
      {hosts.length === 0 && !editing && (
        <p className="card muted">No hosts yet. Add one to keep it on your public address.</p>
      )}
      {hosts.map((host) =>
        editing?.mode === 'edit' && editing.draft.id === host.id ? (
          editor(editing)
        ) : (
          <HostCard
            key={host.id}
            host={host}
            accountName={accounts.find((a) => a.id === host.accountId)?.username ?? host.accountId}
            status={statuses.find((status) => status.hostId === host.id) ?? null}
            onUpdateNow={() =>
              run(() => actions.updateNow(host.id), `Update of ${host.label} requested.`)
            }
            onEdit={() =>
              setEditing({ mode: 'edit', draft: { ...hostToDraft(host), id: host.id } })
            }
            onDelete={() => setDeleting(host)}
          />
        ),
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete ${deleting?.label ?? ''}?`}
        confirmLabel="Delete host"
        danger
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const host = deleting;
          setDeleting(null);
          if (host) void run(() => actions.deleteHost(host.id), `Deleted ${host.label}.`);
        }}
      >
        <p>
          DNS Tray stops keeping {deleting?.label}.freedns.io up to date. The records stay at
          freedns.io as they are now.
        </p>
      </ConfirmDialog>
    </div>
  );
}
