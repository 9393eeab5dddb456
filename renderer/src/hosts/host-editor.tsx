import { useState, type FormEvent } from 'react';
import type { Host } from '../../../shared/records/desired-records.js';
import { ActionButton } from '../ui/action-button.js';
import { SelectField, TextField } from '../ui/field.js';
import { Notice } from '../ui/notice.js';
import {
  draftToHost,
  emptyRecord,
  validateHostDraft,
  fromErrorsOf,
  type DraftErrors,
  type HostDraft,
  type RecordDraft,
} from './host-draft.js';
import { RecordEditor } from './record-editor.js';

/** Whether IP detection looks for each family; a followed record of a family that is off idles. */
export interface FamiliesOn {
  ipv4: boolean;
  ipv6: boolean;
}

export interface AccountChoice {
  id: string;
  username: string;
  tier: 'free' | 'premium';
}

interface HostEditorProps {
  initial: HostDraft;
  title: string;
  accounts: readonly AccountChoice[];
  /** Every saved host, so a duplicate label on the same account is refused. */
  hosts: readonly Host[];
  familiesOn: FamiliesOn;
  /** Resolves when saved; rejects with an Error whose message is shown above the form. */
  onSave: (host: Host) => Promise<void>;
  onCancel: () => void;
}

/** The draft, its errors and the save: what the form shows, apart from how. */
function useHostEditor({ initial, accounts, hosts, onSave }: HostEditorProps) {
  const [draft, setDraft] = useState<HostDraft>(initial);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const tier = accounts.find((account) => account.id === draft.accountId)?.tier ?? 'free';
  const save = async () => {
    const otherLabels = hosts
      .filter((host) => host.accountId === draft.accountId && host.id !== draft.id)
      .map((host) => host.label);
    const found = validateHostDraft(draft, { otherLabels, tier });
    setErrors(found);
    setSaveError(null);
    if (Object.keys(found).length > 0) return;
    try {
      await onSave(draftToHost(draft));
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error));
      const index = hosts.findIndex((host) => host.id === draft.id);
      setErrors(fromErrorsOf(error, draft, index === -1 ? hosts.length : index));
    }
  };
  return { draft, setDraft, errors, saveError, tier, save };
}

/** Adds or edits one host. Nothing is saved while any field shows a problem. */
export function HostEditor(props: HostEditorProps) {
  const { draft, setDraft, errors, saveError, tier, save } = useHostEditor(props);
  return (
    <form
      className="card stack host-editor"
      aria-labelledby="host-editor-title"
      noValidate
      onSubmit={(event: FormEvent) => event.preventDefault()}
    >
      <h2 id="host-editor-title">{props.title}</h2>
      {Object.keys(errors).length > 0 && (
        <Notice kind="error">Nothing was saved: correct the fields marked below.</Notice>
      )}
      {saveError && <Notice kind="error">Nothing was saved: {saveError}</Notice>}
      <HostFields draft={draft} accounts={props.accounts} errors={errors} onChange={setDraft} />
      <RecordsSection
        draft={draft}
        tier={tier}
        familiesOn={props.familiesOn}
        errors={errors}
        onChange={setDraft}
      />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={props.onCancel}>
          Cancel
        </button>
        <ActionButton variant="primary" onAction={save} busyLabel="Saving">
          Save host
        </ActionButton>
      </div>
    </form>
  );
}

interface DraftPartProps {
  draft: HostDraft;
  errors: DraftErrors;
  onChange: (draft: HostDraft) => void;
}

/** The account, the host name and whether DNS Tray keeps the host updated. */
function HostFields({
  draft,
  accounts,
  errors,
  onChange,
}: DraftPartProps & { accounts: readonly AccountChoice[] }) {
  return (
    <div className="row fields">
      <SelectField
        label="Account"
        value={draft.accountId}
        options={accounts.map((account) => ({
          value: account.id,
          label: `${account.username} (${account.tier === 'premium' ? 'Premium' : 'free'})`,
        }))}
        onChange={(accountId) => onChange({ ...draft, accountId })}
        error={errors.accountId}
      />
      <TextField
        label="Host name"
        value={draft.label}
        onChange={(label) => onChange({ ...draft, label })}
        error={errors.label}
        hint="The first label only: home for home.freedns.io."
        spellCheck={false}
        autoFocus
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.enabled}
          onChange={(event) => onChange({ ...draft, enabled: event.target.checked })}
        />
        Keep this host updated
      </label>
    </div>
  );
}

/** The host's records, each in its own editor, and the button that adds one. */
function RecordsSection({
  draft,
  tier,
  familiesOn,
  errors,
  onChange,
}: DraftPartProps & { tier: 'free' | 'premium'; familiesOn: FamiliesOn }) {
  const { setRecord, removeRecord, addRecord } = recordListEdits(draft, onChange);
  return (
    <>
      <h3>Records</h3>
      {errors.records && (
        <span className="field-error" role="alert">
          {errors.records}
        </span>
      )}
      {draft.records.map((record, index) => (
        <RecordEditor
          key={record.key}
          record={record}
          index={index}
          tier={tier}
          familiesOn={familiesOn}
          errors={errors}
          onChange={(next) => setRecord(record.key, next)}
          onRemove={() => removeRecord(record.key)}
        />
      ))}
      <div className="row">
        <button type="button" className="button" onClick={addRecord}>
          Add record
        </button>
      </div>
    </>
  );
}

/** Changing, removing and adding a record; a new one takes the first of A, AAAA not yet used. */
function recordListEdits(draft: HostDraft, onChange: (draft: HostDraft) => void) {
  const usedTypes = new Set(draft.records.map((record) => record.type));
  const nextType = (['A', 'AAAA'] as const).find((type) => !usedTypes.has(type)) ?? 'A';
  return {
    setRecord: (key: string, record: RecordDraft) =>
      onChange({ ...draft, records: draft.records.map((r) => (r.key === key ? record : r)) }),
    removeRecord: (key: string) =>
      onChange({ ...draft, records: draft.records.filter((r) => r.key !== key) }),
    addRecord: () => onChange({ ...draft, records: [...draft.records, emptyRecord(nextType)] }),
  };
}
