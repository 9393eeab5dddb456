import type { Contact } from '../../../shared/contract/domain-schemas.js';
import { SelectField } from '../ui/field.js';

interface ContactSelectProps {
  label: string;
  value: string;
  contacts: readonly Contact[];
  onChange: (id: string) => void;
  error?: string | undefined;
  /** What choosing nothing means, e.g. "Same as owner" or "Choose a contact". */
  noneLabel: string;
  disabled?: boolean;
}

/** A contact picker: "C1001 — Dana Demo (NL)". */
export function ContactSelect({
  label,
  value,
  contacts,
  onChange,
  error,
  noneLabel,
  disabled,
}: ContactSelectProps) {
  const options = [
    { value: '', label: noneLabel },
    ...contacts.map((c) => ({
      value: c.id,
      label: `${c.id} — ${c.firstName} ${c.lastName}${c.organization ? `, ${c.organization}` : ''} (${c.countryCode})`,
    })),
  ];
  if (value && !contacts.some((c) => c.id === value)) options.push({ value, label: value });
  return (
    <SelectField
      label={label}
      value={value}
      options={options}
      onChange={onChange}
      error={error}
      disabled={disabled}
    />
  );
}

export interface ContactChoice {
  ownerId: string;
  adminId: string;
  techId: string;
  billingId: string;
}

export const NO_CONTACTS: ContactChoice = { ownerId: '', adminId: '', techId: '', billingId: '' };

/** Only the chosen ids, as the contract takes them (absent rather than empty). */
export function chosenContacts(choice: ContactChoice): Partial<ContactChoice> {
  return Object.fromEntries(
    Object.entries(choice).filter(([, id]) => id !== ''),
  ) as Partial<ContactChoice>;
}

const ROLES = [
  ['ownerId', 'owner'],
  ['adminId', 'admin'],
  ['techId', 'tech'],
  ['billingId', 'billing'],
] as const satisfies readonly (readonly [keyof ContactChoice, string])[];

interface ContactRoleSelectsProps {
  value: ContactChoice;
  onChange: (value: ContactChoice) => void;
  contacts: readonly Contact[];
  /** The field label for a role: "owner" becomes e.g. "Owner" or "New owner". */
  labelFor: (role: string) => string;
  noneLabelFor: (role: keyof ContactChoice) => string;
  errors?: Partial<Record<keyof ContactChoice, string | undefined>>;
}

/** The four contact roles a domain has, one picker each, for the register and modify forms. */
export function ContactRoleSelects({
  value,
  onChange,
  contacts,
  labelFor,
  noneLabelFor,
  errors,
}: ContactRoleSelectsProps) {
  return ROLES.map(([key, role]) => (
    <ContactSelect
      key={key}
      label={labelFor(role)}
      value={value[key]}
      contacts={contacts}
      onChange={(id) => onChange({ ...value, [key]: id })}
      error={errors?.[key]}
      noneLabel={noneLabelFor(key)}
    />
  ));
}
