import { useEffect, useRef, useState } from 'react';
import type { Host } from '../../../shared/records/desired-records.js';
import { chooseHostId, emptyRecord, hostToDraft, type HostDraft } from './host-draft.js';

/** What the Hosts window does; the app shell provides it over window.dnsTray. */
export interface HostsActions {
  saveHost(host: Host): Promise<void>;
  deleteHost(hostId: string): Promise<void>;
  /** Update one host now, or every host when hostId is undefined. */
  updateNow(hostId?: string): Promise<void>;
}

export type Editing = { mode: 'add'; draft: HostDraft } | { mode: 'edit'; draft: HostDraft } | null;
export type PageMessage = { kind: 'error' | 'success'; text: string } | null;

/** Where focus goes when the editor closes: the button that opened it. */
function returnFocus(closed: NonNullable<Editing>): void {
  const selector =
    closed.mode === 'add' ? '[data-add-host]' : `[data-edit-host="${CSS.escape(closed.draft.id)}"]`;
  document.querySelector<HTMLElement>(selector)?.focus();
}

/** The Hosts window's state: which editor is open, which delete is asked, the last message. */
export function useHostsPage(hosts: readonly Host[], accountId: string, actions: HostsActions) {
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Host | null>(null);
  const [message, setMessage] = useState<PageMessage>(null);
  const closed = useRef<NonNullable<Editing> | null>(null);
  useEffect(() => {
    if (editing !== null || !closed.current) return;
    returnFocus(closed.current);
    closed.current = null;
  }, [editing]);

  const closeEditor = () => {
    closed.current = editing;
    setEditing(null);
  };
  const run = async (work: () => Promise<void>, done: string) => {
    setMessage(null);
    try {
      await work();
      setMessage({ kind: 'success', text: done });
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  };
  const startAdd = () =>
    setEditing({
      mode: 'add',
      draft: { id: '', accountId, label: '', enabled: true, records: [emptyRecord('A')] },
    });
  const startEdit = (host: Host) =>
    setEditing({ mode: 'edit', draft: { ...hostToDraft(host), id: host.id } });
  const save = async (host: Host) => {
    const taken = hosts.map((h) => h.id);
    const id = host.id || chooseHostId(host.label, host.accountId, taken);
    await actions.saveHost({ ...host, id });
    closeEditor();
    setMessage({ kind: 'success', text: `Saved ${host.label}.` });
  };
  return { editing, deleting, message, setDeleting, run, startAdd, startEdit, save, closeEditor };
}
