import { MAX_MX_RECORDS } from '../../../shared/validators/dns.js';
import { familyLabel, familyOfRecord } from '../../../shared/engine/family-label.js';
import type { RecordType } from '../../../shared/records/desired-records.js';
import { SelectField, TextField } from '../ui/field.js';
import { AddressFromField } from './address-from-field.js';
import type { FamiliesOn } from './host-editor.js';
import {
  emptyRecord,
  isPremiumOnly,
  newKey,
  PREMIUM_REASON,
  RECORD_TYPES,
  type DraftErrors,
  type MxEntryDraft,
  type RecordDraft,
} from './host-draft.js';

interface RecordEditorProps {
  record: RecordDraft;
  index: number;
  tier: 'free' | 'premium';
  familiesOn: FamiliesOn;
  errors: DraftErrors;
  onChange: (record: RecordDraft) => void;
  onRemove: () => void;
}

/** One record of a host: its type, then the fields that type needs, each with its own error. */
export function RecordEditor({
  record,
  index,
  tier,
  familiesOn,
  errors,
  onChange,
  onRemove,
}: RecordEditorProps) {
  const n = index + 1;
  const changeType = (type: RecordType) => onChange({ ...emptyRecord(type), key: record.key });
  return (
    <fieldset className="record-editor" data-testid={`record-${n}`}>
      <legend>Record {n}</legend>
      <div className="row fields">
        <SelectField
          label={`Record ${n} type`}
          value={record.type}
          options={typeOptions(tier, record.type)}
          onChange={changeType}
          error={errors[`${record.key}.type`]}
          hint={tier === 'free' ? PREMIUM_REASON : undefined}
        />
        <RecordFields
          record={record}
          n={n}
          errors={errors}
          familiesOn={familiesOn}
          onChange={onChange}
        />
        <button type="button" className="button button-link" onClick={onRemove}>
          Remove record {n}
        </button>
      </div>
    </fieldset>
  );
}

/** Every type; on a free account the Premium-only ones are offered disabled, with the reason. */
function typeOptions(tier: 'free' | 'premium', current: RecordType) {
  return RECORD_TYPES.map((type) => ({
    value: type,
    label: tier === 'free' && isPremiumOnly(type) ? `${type} (Premium only)` : type,
    disabled: tier === 'free' && isPremiumOnly(type) && type !== current,
  }));
}

interface FieldsProps<R extends RecordDraft = RecordDraft> {
  record: R;
  n: number;
  errors: DraftErrors;
  onChange: (record: RecordDraft) => void;
}

type TypedRecord<T extends RecordType> = Extract<RecordDraft, { type: T }>;
/** CNAME and TXT drafts are one shape: a single value. */
type TextRecord = TypedRecord<'CNAME' | 'TXT'>;

/** The fields a record's type needs, after its type. */
function RecordFields(props: FieldsProps & { familiesOn: FamiliesOn }) {
  const { record } = props;
  switch (record.type) {
    case 'A':
    case 'AAAA':
      return <AddressFields {...props} record={record} />;
    case 'CNAME':
      return <CnameTarget {...props} record={record} />;
    case 'TXT':
      return <TxtText {...props} record={record} />;
    case 'MX':
      return <MxEntries {...props} record={record} />;
  }
}

/** A CNAME record: the host name it points at. */
function CnameTarget({ record, n, errors, onChange }: FieldsProps<TextRecord>) {
  return (
    <TextField
      label={`Record ${n} target host`}
      value={record.value}
      onChange={(value) => onChange({ ...record, value })}
      error={errors[`${record.key}.value`]}
      placeholder="target.example.com"
      spellCheck={false}
    />
  );
}

/** A TXT record: its text, typed without the quotes. */
function TxtText({ record, n, errors, onChange }: FieldsProps<TextRecord>) {
  return (
    <TextField
      label={`Record ${n} text`}
      value={record.value}
      onChange={(value) => onChange({ ...record, value })}
      error={errors[`${record.key}.value`]}
      hint="Without quotes; freedns.io adds them."
    />
  );
}

type AddressRecord = TypedRecord<'A' | 'AAAA'>;

/** An A or AAAA record: follow the public address, or a fixed one typed in. */
function AddressFields({
  record,
  n,
  errors,
  familiesOn,
  onChange,
}: FieldsProps<AddressRecord> & { familiesOn: FamiliesOn }) {
  return (
    <>
      <ValueSourceSelect record={record} n={n} familiesOn={familiesOn} onChange={onChange} />
      {record.mode === 'follow' && (
        <AddressFromField
          n={n}
          family={familyOfRecord(record.type)}
          value={record.from ?? { kind: 'public' }}
          error={errors[`${record.key}.from`]}
          onChange={(from) => onChange({ ...record, from })}
        />
      )}
      {record.mode === 'fixed' && (
        <TextField
          label={`Record ${n} ${familyLabel(familyOfRecord(record.type))} address`}
          value={record.value}
          onChange={(value) => onChange({ ...record, value })}
          error={errors[`${record.key}.value`]}
          placeholder={record.type === 'A' ? '203.0.113.7' : '2001:db8::1'}
          spellCheck={false}
        />
      )}
    </>
  );
}

/** Follow or fixed, with a warning when the family it would follow is not detected at all. */
function ValueSourceSelect({
  record,
  n,
  familiesOn,
  onChange,
}: Omit<FieldsProps<AddressRecord>, 'errors'> & { familiesOn: FamiliesOn }) {
  const family = familyLabel(familyOfRecord(record.type));
  return (
    <SelectField
      label={`Record ${n} value source`}
      value={record.mode}
      options={[
        { value: 'follow', label: `Follow the public ${family} address` },
        { value: 'fixed', label: `Fixed ${family} address` },
      ]}
      onChange={(mode) => onChange({ ...record, mode })}
      hint={
        record.mode === 'follow' && !familiesOn[familyOfRecord(record.type)]
          ? `${family} detection is off in Settings, so this record will not be updated.`
          : undefined
      }
    />
  );
}

type MxRecord = TypedRecord<'MX'>;

/** An MX record: its mail servers, each with a preference, and the button to add one. */
function MxEntries({ record, n, errors, onChange }: FieldsProps<MxRecord>) {
  const setEntry = (key: string, patch: Partial<MxEntryDraft>) =>
    onChange({
      ...record,
      entries: record.entries.map((entry) => (entry.key === key ? { ...entry, ...patch } : entry)),
    });
  const removeEntry = (key: string) =>
    onChange({ ...record, entries: record.entries.filter((e) => e.key !== key) });
  const entriesError = errors[`${record.key}.entries`];
  return (
    <div className="mx-entries stack">
      {record.entries.map((entry, i) => (
        <MxEntryRow
          key={entry.key}
          entry={entry}
          i={i}
          errorOf={(field) => errors[`${record.key}.${entry.key}.${field}`]}
          onChange={(patch) => setEntry(entry.key, patch)}
          onRemove={record.entries.length > 1 ? () => removeEntry(entry.key) : null}
        />
      ))}
      {entriesError && (
        <span className="field-error" role="alert">
          {entriesError}
        </span>
      )}
      <AddMxButton record={record} n={n} onChange={onChange} />
    </div>
  );
}

function MxEntryRow({
  entry,
  i,
  errorOf,
  onChange,
  onRemove,
}: {
  entry: MxEntryDraft;
  i: number;
  errorOf: (field: 'target' | 'preference') => string | undefined;
  onChange: (patch: Partial<MxEntryDraft>) => void;
  onRemove: (() => void) | null;
}) {
  return (
    <div className="row fields">
      <TextField
        label={`Mail server ${i + 1}`}
        value={entry.target}
        onChange={(target) => onChange({ target })}
        error={errorOf('target')}
        placeholder="mail.example.com"
        spellCheck={false}
      />
      <TextField
        label={`Preference ${i + 1}`}
        value={entry.preference}
        onChange={(preference) => onChange({ preference })}
        error={errorOf('preference')}
        inputMode="numeric"
        className="narrow"
      />
      {onRemove && (
        <button type="button" className="button button-link" onClick={onRemove}>
          Remove mail server {i + 1}
        </button>
      )}
    </div>
  );
}

function AddMxButton({ record, n, onChange }: Omit<FieldsProps<MxRecord>, 'errors'>) {
  const full = record.entries.length >= MAX_MX_RECORDS;
  return (
    <div>
      <button
        type="button"
        className="button"
        disabled={full}
        onClick={() =>
          onChange({
            ...record,
            entries: [...record.entries, { key: newKey('m'), target: '', preference: '20' }],
          })
        }
      >
        Add mail server to record {n}
      </button>
      {full && <small className="muted"> A host has at most {MAX_MX_RECORDS} mail servers.</small>}
    </div>
  );
}
