import { MAX_MX_RECORDS } from '../../../shared/validators/dns.js';
import { familyLabel, familyOfRecord } from '../../../shared/engine/family-label.js';
import type { RecordType } from '../../../shared/records/desired-records.js';
import { SelectField, TextField } from '../ui/field.js';
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
  const typeOptions = RECORD_TYPES.map((type) => ({
    value: type,
    label: tier === 'free' && isPremiumOnly(type) ? `${type} (Premium only)` : type,
    disabled: tier === 'free' && isPremiumOnly(type) && type !== record.type,
  }));
  const changeType = (type: RecordType) => onChange({ ...emptyRecord(type), key: record.key });
  return (
    <fieldset className="record-editor" data-testid={`record-${n}`}>
      <legend>Record {n}</legend>
      <div className="row fields">
        <SelectField
          label={`Record ${n} type`}
          value={record.type}
          options={typeOptions}
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

function RecordFields({
  record,
  n,
  errors,
  familiesOn,
  onChange,
}: {
  record: RecordDraft;
  n: number;
  errors: DraftErrors;
  familiesOn: FamiliesOn;
  onChange: (record: RecordDraft) => void;
}) {
  const valueError = errors[`${record.key}.value`];
  switch (record.type) {
    case 'A':
    case 'AAAA': {
      const family = familyLabel(familyOfRecord(record.type));
      return (
        <>
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
          {record.mode === 'fixed' && (
            <TextField
              label={`Record ${n} ${family} address`}
              value={record.value}
              onChange={(value) => onChange({ ...record, value })}
              error={valueError}
              placeholder={record.type === 'A' ? '203.0.113.7' : '2001:db8::1'}
              spellCheck={false}
            />
          )}
        </>
      );
    }
    case 'CNAME':
      return (
        <TextField
          label={`Record ${n} target host`}
          value={record.value}
          onChange={(value) => onChange({ ...record, value })}
          error={valueError}
          placeholder="target.example.com"
          spellCheck={false}
        />
      );
    case 'TXT':
      return (
        <TextField
          label={`Record ${n} text`}
          value={record.value}
          onChange={(value) => onChange({ ...record, value })}
          error={valueError}
          hint="Without quotes; freedns.io adds them."
        />
      );
    case 'MX':
      return <MxEntries record={record} n={n} errors={errors} onChange={onChange} />;
  }
}

function MxEntries({
  record,
  n,
  errors,
  onChange,
}: {
  record: Extract<RecordDraft, { type: 'MX' }>;
  n: number;
  errors: DraftErrors;
  onChange: (record: RecordDraft) => void;
}) {
  const setEntry = (key: string, patch: Partial<MxEntryDraft>) =>
    onChange({
      ...record,
      entries: record.entries.map((entry) => (entry.key === key ? { ...entry, ...patch } : entry)),
    });
  const entriesError = errors[`${record.key}.entries`];
  return (
    <div className="mx-entries stack">
      {record.entries.map((entry, i) => (
        <div className="row fields" key={entry.key}>
          <TextField
            label={`Mail server ${i + 1}`}
            value={entry.target}
            onChange={(target) => setEntry(entry.key, { target })}
            error={errors[`${record.key}.${entry.key}.target`]}
            placeholder="mail.example.com"
            spellCheck={false}
          />
          <TextField
            label={`Preference ${i + 1}`}
            value={entry.preference}
            onChange={(preference) => setEntry(entry.key, { preference })}
            error={errors[`${record.key}.${entry.key}.preference`]}
            inputMode="numeric"
            className="narrow"
          />
          {record.entries.length > 1 && (
            <button
              type="button"
              className="button button-link"
              onClick={() =>
                onChange({ ...record, entries: record.entries.filter((e) => e.key !== entry.key) })
              }
            >
              Remove mail server {i + 1}
            </button>
          )}
        </div>
      ))}
      {entriesError && (
        <span className="field-error" role="alert">
          {entriesError}
        </span>
      )}
      <div>
        <button
          type="button"
          className="button"
          disabled={record.entries.length >= MAX_MX_RECORDS}
          onClick={() =>
            onChange({
              ...record,
              entries: [...record.entries, { key: newKey('m'), target: '', preference: '20' }],
            })
          }
        >
          Add mail server to record {n}
        </button>
        {record.entries.length >= MAX_MX_RECORDS && (
          <small className="muted"> A host has at most {MAX_MX_RECORDS} mail servers.</small>
        )}
      </div>
    </div>
  );
}
