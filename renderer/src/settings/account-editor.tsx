import { useState } from 'react';
import {
  FreednsAccountSchema,
  type FreednsAccount,
} from '../../../shared/settings/settings-schema.js';
import type {
  SecretSetResult,
  SecretStorage,
  UnencryptedChoice,
} from '../../../shared/settings/store-contract.js';
import { ActionButton } from '../ui/action-button.js';
import { SelectField, TextField } from '../ui/field.js';
import { Notice } from '../ui/notice.js';
import { fieldErrorsOf, messageOf, toFieldErrorMap, type FieldErrors } from './field-errors.js';
import { PasswordChoice } from './password-choice.js';
import { ACCOUNT_TIER_OPTIONS } from './account-tiers.js';

interface AccountEditorProps {
  account: FreednsAccount;
  isNew: boolean;
  /** Where the password is kept ("none" when there is none); never the password itself. */
  passwordStorage: SecretStorage;
  /**
   * Saves the account: a new one when `savedId` is null, else the one with that id. Resolves
   * with the id it was saved under.
   */
  onSave: (account: FreednsAccount, savedId: string | null) => Promise<string>;
  onSetPassword: (
    accountId: string,
    password: string,
    whenUnencrypted?: UnencryptedChoice,
  ) => Promise<SecretSetResult>;
  onClearPassword: () => void;
  onRemove: () => void;
  /** Called once a new account and its password are stored, with what to tell the user. */
  onAdded?: (message: string) => void;
}

const STORAGE_TEXT: Record<SecretStorage, string> = {
  encrypted: 'A password is set (kept encrypted by the system).',
  'this-run': 'A password is set (kept in memory until DNS Tray quits).',
  environment: 'A password is set (from the environment).',
  'secrets-file': 'A password is set (from the secrets file).',
  none: 'No password is set.',
};

export function describeStorage(storage: SecretStorage): string {
  return STORAGE_TEXT[storage];
}

/**
 * One freedns.io account. The password is write-only: the window learns only whether one is
 * set, and a new one is sent straight to the secret store.
 */
export function AccountEditor({
  account,
  isNew,
  passwordStorage,
  onSave,
  onSetPassword,
  onClearPassword,
  onRemove,
  onAdded,
}: AccountEditorProps) {
  const [form, setForm] = useState(account);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [choice, setChoice] = useState<{ id: string; message: string } | null>(null);
  // A new account keeps this editor until its password is dealt with; then it has an id.
  const [savedId, setSavedId] = useState<string | null>(isNew ? null : account.id);
  const name = account.username || 'new account';

  const save = async () => {
    setNotice(null);
    // The id of a new account is chosen when it is saved; check everything else now.
    const parsed = FreednsAccountSchema.safeParse({
      ...form,
      id: savedId ?? 'new',
      endpoint: form.endpoint.trim(),
    });
    if (!parsed.success) {
      setErrors(toFieldErrorMap(parsed.error));
      setNotice({ kind: 'error', text: 'Nothing was saved: correct the fields marked below.' });
      return;
    }
    setErrors({});
    try {
      const id = await onSave(parsed.data, savedId);
      setSavedId(id);
      if (password) await storePassword(id);
      else finish(`Saved ${parsed.data.username}.`);
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setNotice({ kind: 'error', text: `Nothing was saved: ${messageOf(error)}` });
    }
  };
  const storePassword = async (id: string, whenUnencrypted?: UnencryptedChoice) => {
    const result = await onSetPassword(id, password, whenUnencrypted);
    if (result.outcome === 'choice-needed') return setChoice({ id, message: result.message });
    setChoice(null);
    setPassword('');
    if (result.outcome === 'not-stored')
      setNotice({ kind: 'error', text: `Saved ${form.username}. ${result.message}` });
    else finish(`Saved ${form.username}. ${result.message}`);
  };
  const finish = (message: string) => {
    if (isNew && onAdded) onAdded(message);
    else setNotice({ kind: 'success', text: message });
  };

  return (
    <section className="card stack" aria-label={`freedns.io account ${name}`}>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      {choice && (
        <PasswordChoice
          message={choice.message}
          onChoose={(how) => storePassword(choice.id, how)}
        />
      )}
      <div className="row fields">
        <TextField
          label="User name"
          value={form.username}
          onChange={(username) => setForm({ ...form, username })}
          error={errors.username ?? errors.id}
          autoComplete="off"
        />
        <SelectField
          label="Account type"
          value={form.tier}
          options={ACCOUNT_TIER_OPTIONS}
          onChange={(tier) => setForm({ ...form, tier })}
        />
        <TextField
          label="Update endpoint"
          value={form.endpoint}
          onChange={(endpoint) => setForm({ ...form, endpoint })}
          error={errors.endpoint}
          spellCheck={false}
        />
      </div>
      <div className="row fields">
        <TextField
          label="New password"
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete="new-password"
          hint={
            <span data-testid="password-state">
              {describeStorage(passwordStorage)} It is never shown.
            </span>
          }
        />
        {passwordStorage !== 'none' && (
          <button type="button" className="button" onClick={onClearPassword}>
            Forget password
          </button>
        )}
      </div>
      <div className="row">
        <ActionButton variant="primary" onAction={save} busyLabel="Saving account">
          {isNew ? 'Add account' : 'Save account'}
        </ActionButton>
        {!isNew && (
          <button type="button" className="button button-danger-outline" onClick={onRemove}>
            Remove account
          </button>
        )}
      </div>
    </section>
  );
}
