import { useState } from 'react';
import {
  FreenomConnectRequestSchema,
  type FreenomConnectRequest,
  type FreenomStatus,
  type ProbeResult,
} from '../../../shared/contract/domain-channels.js';
import { ActionButton } from '../ui/action-button.js';
import { TextField } from '../ui/field.js';
import { Notice } from '../ui/notice.js';
import { useDomainsCore } from './domains-core.js';
import { DomainForm, SubmitButton } from './domain-form.js';
import { useSetFreenomStatus } from './domains-queries.js';
import { checkForm, messageOf, reportFailure, type FieldErrors } from './form-check.js';

const DEFAULT_BASE_URL = 'https://api.freenom.com/v2';
const STORAGE: Record<string, string> = {
  encrypted: 'kept encrypted',
  'this-run': 'kept in memory until DNS Tray quits',
  environment: 'from the environment',
  'secrets-file': 'from the secrets file',
};

type Draft = { email: string; password: string; baseUrl: string; testMode: boolean };
type Unencrypted = 'keep-for-this-run' | 'do-not-store';

function draftOf(status: FreenomStatus): Draft {
  return {
    email: status.email,
    password: '',
    baseUrl: status.baseUrl || DEFAULT_BASE_URL,
    testMode: status.testMode,
  };
}

/** The fields the form checks; a password is needed only when none is stored yet. */
function connectErrors(draft: Draft, status: FreenomStatus): FieldErrors {
  const { password, ...rest } = draft;
  const checked = checkForm(FreenomConnectRequestSchema, {
    ...rest,
    ...(password ? { password } : {}),
  });
  const missing: FieldErrors =
    !password && !status.passwordSet ? { password: 'Enter the password.' } : {};
  return { ...(checked.ok ? {} : checked.errors), ...missing };
}

/** The request as the core takes it: no password means "keep the stored one". */
function connectRequest(draft: Draft, whenUnencrypted?: Unencrypted): FreenomConnectRequest {
  const { password, ...rest } = draft;
  return {
    ...rest,
    ...(password ? { password } : {}),
    ...(whenUnencrypted ? { whenUnencrypted } : {}),
  };
}

/** Connect, then probe: can the account reach the API, and may it use it? */
function useFreenomConnect(draft: Draft, clearPassword: () => void) {
  const core = useDomainsCore();
  const setStatus = useSetFreenomStatus();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [probe, setProbe] = useState<ProbeResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [choice, setChoice] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const runProbe = async () => {
    setFailure(null);
    try {
      setProbe(await core.freenom.probe());
    } catch (error) {
      setFailure(messageOf(error));
    }
  };
  const send = async (whenUnencrypted?: Unencrypted) => {
    setProbe(null);
    setChoice(null);
    setFailure(null);
    try {
      const result = await core.freenom.connect(connectRequest(draft, whenUnencrypted));
      setStatus(result);
      if (result.secret?.outcome === 'choice-needed') return setChoice(result.secret.message);
      clearPassword();
      setSaved(result.secret?.message ?? null);
      if (result.connected) await runProbe();
    } catch (error) {
      reportFailure(error, setErrors, setFailure);
    }
  };
  const connect = async (status: FreenomStatus) => {
    const found = connectErrors(draft, status);
    setErrors(found);
    if (Object.keys(found).length === 0) await send();
  };
  return { errors, probe, failure, choice, saved, runProbe, send, connect };
}

/** Connect a Freenom account, then probe it: can it reach the API, and may it use it? */
export function AccountPanel({ status }: { status: FreenomStatus }) {
  const [draft, setDraft] = useState(() => draftOf(status));
  const account = useFreenomConnect(draft, () => setDraft((d) => ({ ...d, password: '' })));
  return (
    <div className="card stack" data-testid="account-panel">
      <h2>Freenom account</h2>
      <p className="muted">
        The Freenom API works only for reseller accounts. The password stays in DNS Tray&apos;s
        secret store and is never shown again.
      </p>
      <DomainForm
        className="stack"
        onSubmit={() => account.connect(status)}
        errors={account.errors}
      >
        <AccountFields draft={draft} onChange={setDraft} errors={account.errors} status={status} />
        <div className="row">
          <SubmitButton busyLabel="Connecting">Connect and check</SubmitButton>
          {status.connected && (
            <ActionButton onAction={account.runProbe} busyLabel="Checking">
              Check again
            </ActionButton>
          )}
        </div>
      </DomainForm>
      {account.choice && <StorageChoice message={account.choice} onChoose={account.send} />}
      {account.saved && <Notice kind="info">{account.saved}</Notice>}
      {account.failure && <Notice kind="error">{account.failure}</Notice>}
      {account.probe && (
        <Notice kind={account.probe.canUseApi ? 'success' : 'error'}>
          <span data-testid="probe-result">{account.probe.message}</span>
        </Notice>
      )}
    </div>
  );
}

/** No safe storage here: keep the password for this run only, or do not store it at all. */
function StorageChoice({
  message,
  onChoose,
}: {
  message: string;
  onChoose: (c: Unencrypted) => Promise<void>;
}) {
  return (
    <Notice kind="warning">
      <p>{message}</p>
      <div className="row">
        <ActionButton variant="primary" onAction={() => onChoose('keep-for-this-run')}>
          Keep it for this run
        </ActionButton>
        <ActionButton onAction={() => onChoose('do-not-store')}>Do not store it</ActionButton>
      </div>
    </Notice>
  );
}

interface AccountFieldsProps {
  draft: Draft;
  onChange: (draft: Draft) => void;
  errors: FieldErrors;
  status: FreenomStatus;
}

/** The sign-in, then where the API is and whether Freenom only tests the changes. */
function AccountFields({ draft, onChange, errors, status }: AccountFieldsProps) {
  const set = (patch: Partial<Draft>) => onChange({ ...draft, ...patch });
  return (
    <>
      <SignInFields draft={draft} onChange={onChange} errors={errors} status={status} />
      <TextField
        label="API base URL"
        value={draft.baseUrl}
        onChange={(baseUrl) => set({ baseUrl })}
        error={errors.baseUrl}
        hint="Freenom's address, or an emulator's."
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.testMode}
          onChange={(e) => set({ testMode: e.target.checked })}
        />
        Test mode: Freenom checks every change, then throws it away
      </label>
    </>
  );
}

/** E-mail and password; a stored password is kept when the field is left empty. */
function SignInFields({ draft, onChange, errors, status }: AccountFieldsProps) {
  const set = (patch: Partial<Draft>) => onChange({ ...draft, ...patch });
  const stored = STORAGE[status.passwordStorage] ?? status.passwordStorage;
  return (
    <div className="row">
      <TextField
        label="E-mail"
        type="email"
        value={draft.email}
        onChange={(email) => set({ email })}
        error={errors.email}
        autoComplete="username"
      />
      <TextField
        label="Password"
        type="password"
        value={draft.password}
        onChange={(password) => set({ password })}
        error={errors.password}
        autoComplete="current-password"
        hint={
          status.passwordSet ? `A password is set (${stored}); leave empty to keep it.` : undefined
        }
      />
    </div>
  );
}
