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
import { TextField } from '../ui/field.js';
import { Notice } from '../ui/notice.js';
import { fieldErrorsOf, messageOf, toFieldErrorMap, type FieldErrors } from './field-errors.js';
import { PasswordChoice } from './password-choice.js';
import { AccountServerFields } from './account-server-fields.js';

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

const FIX_FIELDS = 'Nothing was saved: correct the fields marked below.';
type AccountNotice = { kind: 'error' | 'success'; text: string } | null;

/**
 * Saving one account, then its password if one was typed: the state the editor shows and the two
 * steps. When the system cannot encrypt, `choice` holds the question until the user answers it.
 */
function useAccountSave({ account, isNew, onSave, onSetPassword, onAdded }: AccountEditorProps) {
  const [form, setForm] = useState(account);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<AccountNotice>(null);
  const [choice, setChoice] = useState<{ id: string; message: string } | null>(null);
  // A new account keeps this editor until its password is dealt with; then it has an id.
  const [savedId, setSavedId] = useState<string | null>(isNew ? null : account.id);
  const finish = (message: string) =>
    isNew && onAdded ? onAdded(message) : setNotice({ kind: 'success', text: message });
  const storePassword = async (id: string, whenUnencrypted?: UnencryptedChoice) => {
    const result = await onSetPassword(id, password, whenUnencrypted);
    if (result.outcome === 'choice-needed') return setChoice({ id, message: result.message });
    setChoice(null);
    setPassword('');
    if (result.outcome === 'not-stored')
      setNotice({ kind: 'error', text: `Saved ${form.username}. ${result.message}` });
    else finish(`Saved ${form.username}. ${result.message}`);
  };
  const save = async () => {
    setNotice(null);
    const parsed = checkAccount(form, savedId);
    setErrors(parsed.success ? {} : toFieldErrorMap(parsed.error));
    if (!parsed.success) return setNotice({ kind: 'error', text: FIX_FIELDS });
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
  return { form, setForm, password, setPassword, errors, notice, choice, save, storePassword };
}

/** The id of a new account is chosen when it is saved; everything else is checked now. */
function checkAccount(form: FreednsAccount, savedId: string | null) {
  return FreednsAccountSchema.safeParse({
    ...form,
    id: savedId ?? 'new',
    endpoint: form.endpoint.trim(),
  });
}

/**
 * One freedns.io account. The password is write-only: the window learns only whether one is
 * set, and a new one is sent straight to the secret store.
 */
export function AccountEditor(props: AccountEditorProps) {
  const { account, isNew, passwordStorage, onClearPassword, onRemove } = props;
  const { form, setForm, password, setPassword, errors, notice, choice, save, storePassword } =
    useAccountSave(props);
  return (
    <section
      className="card stack"
      aria-label={`freedns.io account ${account.username || 'new account'}`}
    >
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      {choice && (
        <PasswordChoice
          message={choice.message}
          onChoose={(how) => storePassword(choice.id, how)}
        />
      )}
      <AccountFields form={form} errors={errors} onChange={setForm} />
      <PasswordField
        password={password}
        storage={passwordStorage}
        onChange={setPassword}
        onForget={onClearPassword}
      />
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

function AccountFields({
  form,
  errors,
  onChange,
}: {
  form: FreednsAccount;
  errors: FieldErrors;
  onChange: (form: FreednsAccount) => void;
}) {
  return (
    <div className="row fields">
      <TextField
        label="User name"
        value={form.username}
        onChange={(username) => onChange({ ...form, username })}
        error={errors.username ?? errors.id}
        autoComplete="off"
      />
      <AccountServerFields
        tier={form.tier}
        endpoint={form.endpoint}
        endpointError={errors.endpoint}
        onTier={(tier) => onChange({ ...form, tier })}
        onEndpoint={(endpoint) => onChange({ ...form, endpoint })}
      />
    </div>
  );
}

/** A new password (never the stored one, which is never shown) and "Forget password". */
function PasswordField({
  password,
  storage,
  onChange,
  onForget,
}: {
  password: string;
  storage: SecretStorage;
  onChange: (password: string) => void;
  onForget: () => void;
}) {
  return (
    <div className="row fields">
      <TextField
        label="New password"
        type="password"
        value={password}
        onChange={onChange}
        autoComplete="new-password"
        hint={
          <span data-testid="password-state">{describeStorage(storage)} It is never shown.</span>
        }
      />
      {storage !== 'none' && (
        <button type="button" className="button" onClick={onForget}>
          Forget password
        </button>
      )}
    </div>
  );
}
