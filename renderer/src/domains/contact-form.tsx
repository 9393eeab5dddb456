import { useState } from 'react';
import {
  ContactInputSchema,
  type Contact,
  type ContactInput,
} from '../../../shared/contract/domain-schemas.js';
import { TextField } from '../ui/field.js';
import { useDomainsCore } from './domains-core.js';
import { DomainForm, SubmitButton } from './domain-form.js';
import { checkForm, reportFailure, type FieldErrors } from './form-check.js';

type Draft = Required<Omit<ContactInput, 'id'>>;

const EMPTY: Draft = {
  title: '',
  firstName: '',
  middleName: '',
  lastName: '',
  organization: '',
  address: '',
  city: '',
  zipCode: '',
  stateCode: '',
  countryCode: '',
  phone: '',
  fax: '',
  email: '',
};

const FIELDS: { key: keyof Draft; label: string; hint?: string; type?: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'firstName', label: 'First name' },
  { key: 'middleName', label: 'Middle name' },
  { key: 'lastName', label: 'Last name' },
  { key: 'organization', label: 'Organization' },
  { key: 'address', label: 'Address' },
  { key: 'city', label: 'City' },
  { key: 'zipCode', label: 'Postal code' },
  { key: 'stateCode', label: 'State code', hint: 'ISO 3166-2, e.g. US-CA' },
  { key: 'countryCode', label: 'Country code', hint: 'ISO 3166-1, e.g. US' },
  { key: 'phone', label: 'Phone', hint: 'International, e.g. +1-310-123456', type: 'tel' },
  { key: 'fax', label: 'Fax', type: 'tel' },
  { key: 'email', label: 'Contact e-mail', type: 'email' },
];

function draftOf(contact: Contact | null): Draft {
  if (!contact) return EMPTY;
  const { id: _id, domains: _domains, ...fields } = contact;
  return { ...EMPTY, ...fields };
}

/** The fields filled in (an empty one is absent), with the id when editing. */
function requestOf(draft: Draft, contact: Contact | null): ContactInput {
  return Object.fromEntries(
    Object.entries({ ...draft, ...(contact ? { id: contact.id } : {}) }).filter(
      ([, v]) => v !== '',
    ),
  ) as ContactInput;
}

/** Create or edit a contact; every field is checked before anything is sent. */
export function ContactForm({
  contact,
  onSaved,
  onFailure,
}: {
  contact: Contact | null;
  onSaved: (text: string) => void;
  onFailure: (text: string) => void;
}) {
  const core = useDomainsCore();
  const [draft, setDraft] = useState<Draft>(() => draftOf(contact));
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = async () => {
    const request = requestOf(draft, contact);
    const checked = checkForm(ContactInputSchema, request);
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
    try {
      const result = await core.contacts.register(request);
      onSaved(`Contact ${result.id}: ${result.status}`);
      if (!contact) setDraft(EMPTY);
    } catch (e) {
      reportFailure(e, setErrors, onFailure);
    }
  };
  return (
    <section className="card stack" aria-labelledby="contact-form-title" data-testid="contact-form">
      <h3 id="contact-form-title">{contact ? `Edit contact ${contact.id}` : 'New contact'}</h3>
      <DomainForm className="stack" onSubmit={save} errors={errors}>
        <ContactFields draft={draft} onChange={setDraft} errors={errors} />
        <div className="row">
          <SubmitButton busyLabel="Saving">
            {contact ? 'Save contact' : 'Create contact'}
          </SubmitButton>
        </div>
      </DomainForm>
    </section>
  );
}

function ContactFields(props: { draft: Draft; onChange: (d: Draft) => void; errors: FieldErrors }) {
  const { draft, onChange, errors } = props;
  return (
    <div className="form-grid">
      {FIELDS.map((field) => (
        <TextField
          key={field.key}
          label={field.label}
          type={field.type}
          value={draft[field.key]}
          onChange={(value) => onChange({ ...draft, [field.key]: value })}
          error={errors[field.key]}
          hint={field.hint}
        />
      ))}
    </div>
  );
}
