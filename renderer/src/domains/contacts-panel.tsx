import { useState } from 'react';
import type { Contact } from '../../../shared/contract/domain-schemas.js';
import { dnsTray } from '../bridge/dns-tray.js';
import { ActionButton } from '../ui/action-button.js';
import { ConfirmDialog } from '../ui/confirm-dialog.js';
import { DataTable, type DataColumn } from '../ui/data-table.js';
import { Notice } from '../ui/notice.js';
import { ContactForm } from './contact-form.js';
import { messageOf } from './form-check.js';
import { useContacts } from './use-contacts.js';

type Outcome = { kind: 'success' | 'error'; text: string };

const CONTACT_COLUMNS: DataColumn<Contact>[] = [
  { header: 'Id', cell: (c) => c.id },
  {
    header: 'Name',
    cell: (c) => (
      <>
        {c.firstName} {c.lastName}
        {c.organization && <span className="muted">, {c.organization}</span>}
      </>
    ),
  },
  { header: 'Country', cell: (c) => c.countryCode },
  { header: 'E-mail', cell: (c) => c.email },
  { header: 'Phone', cell: (c) => c.phone },
  {
    header: 'Used by',
    cell: (c) => c.domains.map((d) => `${d.domain.toLowerCase()} (${d.role})`).join(', ') || '—',
  },
];

/** The account's contacts: list, create, edit, delete (Freenom refuses one still in use). */
export function ContactsPanel() {
  const { contacts, error, reload } = useContacts();
  const [editing, setEditing] = useState<Contact | null>(null);
  const [deleting, setDeleting] = useState<Contact | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const remove = async (contact: Contact) => {
    setDeleting(null);
    try {
      const result = await dnsTray.contacts.delete({ id: contact.id });
      setOutcome({ kind: 'success', text: `Contact ${result.id}: ${result.status}` });
      reload();
    } catch (e) {
      setOutcome({ kind: 'error', text: messageOf(e) });
    }
  };

  return (
    <div className="stack" data-testid="contacts-panel">
      {error && <Notice kind="error">{error}</Notice>}
      <DataTable
        caption="Contacts"
        columns={CONTACT_COLUMNS}
        rows={contacts}
        rowKey={(c) => c.id}
        actions={(c) => (
          <div className="row">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setEditing(c)}
              aria-label={`Edit contact ${c.id}`}
            >
              Edit
            </button>
            <ActionButton
              variant="danger"
              onAction={() => setDeleting(c)}
              aria-label={`Delete contact ${c.id}`}
            >
              Delete
            </ActionButton>
          </div>
        )}
      />
      {editing && (
        <button type="button" className="button button-secondary" onClick={() => setEditing(null)}>
          New contact instead
        </button>
      )}
      {outcome && (
        <Notice kind={outcome.kind}>
          <span data-testid="contact-outcome">{outcome.text}</span>
        </Notice>
      )}
      <ContactForm
        key={editing?.id ?? 'new'}
        contact={editing}
        onSaved={(text) => (setOutcome({ kind: 'success', text }), setEditing(null), reload())}
        onFailure={(text) => setOutcome({ kind: 'error', text })}
      />
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete contact ${deleting?.id ?? ''}?`}
        confirmLabel="Delete contact"
        danger
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && void remove(deleting)}
      >
        <p>A contact still linked to a domain cannot be deleted.</p>
      </ConfirmDialog>
    </div>
  );
}
