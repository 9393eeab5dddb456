import { useState } from 'react';
import type { Contact } from '../../../shared/contract/domain-schemas.js';
import { ActionButton } from '../ui/action-button.js';
import { ConfirmDialog } from '../ui/confirm-dialog.js';
import { DataTable, type DataColumn } from '../ui/data-table.js';
import { Notice } from '../ui/notice.js';
import { ContactForm } from './contact-form.js';
import type { Outcome } from './action-outcome.js';
import { useDomainsCore } from './domains-core.js';
import { useContacts } from './domains-queries.js';
import { messageOf } from './form-check.js';

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
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  return (
    <div className="stack" data-testid="contacts-panel">
      {error && <Notice kind="error">{error}</Notice>}
      <ContactsTable contacts={contacts} onEdit={setEditing} onOutcome={setOutcome} />
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
    </div>
  );
}

interface ContactsTableProps {
  contacts: readonly Contact[];
  onEdit: (contact: Contact) => void;
  onOutcome: (outcome: Outcome) => void;
}

/** Every contact with Edit and Delete; deleting asks first. */
function ContactsTable({ contacts, onEdit, onOutcome }: ContactsTableProps) {
  const core = useDomainsCore();
  const { reload } = useContacts();
  const [deleting, setDeleting] = useState<Contact | null>(null);
  const remove = async (contact: Contact) => {
    setDeleting(null);
    try {
      const result = await core.contacts.delete({ id: contact.id });
      onOutcome({ kind: 'success', text: `Contact ${result.id}: ${result.status}` });
      reload();
    } catch (e) {
      onOutcome({ kind: 'error', text: messageOf(e) });
    }
  };
  return (
    <>
      <DataTable
        caption="Contacts"
        columns={CONTACT_COLUMNS}
        rows={contacts}
        rowKey={(c) => c.id}
        actions={(c) => <ContactActions contact={c} onEdit={onEdit} onDelete={setDeleting} />}
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
    </>
  );
}

function ContactActions(props: {
  contact: Contact;
  onEdit: (contact: Contact) => void;
  onDelete: (contact: Contact) => void;
}) {
  const { contact } = props;
  return (
    <div className="row">
      <button
        type="button"
        className="button button-secondary"
        onClick={() => props.onEdit(contact)}
        aria-label={`Edit contact ${contact.id}`}
      >
        Edit
      </button>
      <ActionButton
        variant="danger"
        onAction={() => props.onDelete(contact)}
        aria-label={`Delete contact ${contact.id}`}
      >
        Delete
      </ActionButton>
    </div>
  );
}
