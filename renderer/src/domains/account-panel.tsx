import { useState } from 'react';
import {
  FreenomConnectRequestSchema,
  type FreenomConnectRequest,
  type FreenomStatus,
  type ProbeResult,
} from '../../../shared/contract/domain-channels.js';
import { dnsTray } from '../bridge/dns-tray.js';
import { ActionButton } from '../ui/action-button.js';
import { TextField } from '../ui/field.js';
import { Notice } from '../ui/notice.js';
import { checkForm, fieldErrorOf, messageOf, type FieldErrors } from './form-check.js';

const DEFAULT_BASE_URL = 'https://api.freenom.com/v2';
const STORAGE: Record<string, string> = {
  encrypted: 'kept encrypted',
  'this-run': 'kept in memory until DNS Tray quits',
  environment: 'from the environment',
  'secrets-file': 'from the secrets file',
};

interface AccountPanelProps {
  status: FreenomStatus;
  onStatus: (status: FreenomStatus) => void;
}

/** Connect a Freenom account, then probe it: can it reach the API, and may it use it? */
export function AccountPanel({ status, onStatus }: AccountPanelProps) {
  const [email, setEmail] = useState(status.email);
  const [password, setPassword] = useState('');
  const [baseUrl, setBaseUrl] = useState(status.baseUrl || DEFAULT_BASE_URL);
  const [testMode, setTestMode] = useState(status.testMode);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [probe, setProbe] = useState<ProbeResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [choice, setChoice] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const runProbe = async () => {
    setFailure(null);
    try {
      setProbe(await dnsTray.freenom.probe());
    } catch (error) {
      setFailure(messageOf(error));
    }
  };

  const send = async (whenUnencrypted?: 'keep-for-this-run' | 'do-not-store') => {
    const request: FreenomConnectRequest = {
      email,
      baseUrl,
      testMode,
      ...(password ? { password } : {}),
      ...(whenUnencrypted ? { whenUnencrypted } : {}),
    };
    setProbe(null);
    setChoice(null);
    setFailure(null);
    try {
      const result = await dnsTray.freenom.connect(request);
      onStatus(result);
      if (result.secret?.outcome === 'choice-needed') return setChoice(result.secret.message);
      setPassword('');
      setSaved(result.secret?.message ?? null);
      if (result.connected) await runProbe();
    } catch (error) {
      const field = fieldErrorOf(error);
      if (field) setErrors(field);
      else setFailure(messageOf(error));
    }
  };

  const connect = async () => {
    const request = { email, baseUrl, testMode, ...(password ? { password } : {}) };
    const checked = checkForm(FreenomConnectRequestSchema, request);
    const missing: FieldErrors =
      !password && !status.passwordSet ? { password: 'Enter the password.' } : {};
    const found: FieldErrors = { ...(checked.ok ? {} : checked.errors), ...missing };
    setErrors(found);
    if (Object.keys(found).length === 0) await send();
  };

  return (
    <div className="card stack" data-testid="account-panel">
      <h2>Freenom account</h2>
      <p className="muted">
        The Freenom API works only for reseller accounts. The password stays in DNS Tray&apos;s
        secret store and is never shown again.
      </p>
      <div className="row">
        <TextField
          label="E-mail"
          type="email"
          value={email}
          onChange={setEmail}
          error={errors.email}
          autoComplete="username"
        />
        <TextField
          label="Password"
          type="password"
          value={password}
          onChange={setPassword}
          error={errors.password}
          autoComplete="current-password"
          hint={
            status.passwordSet
              ? `A password is set (${STORAGE[status.passwordStorage] ?? status.passwordStorage}); leave empty to keep it.`
              : undefined
          }
        />
      </div>
      <TextField
        label="API base URL"
        value={baseUrl}
        onChange={setBaseUrl}
        error={errors.baseUrl}
        hint="Freenom's address, or an emulator's."
      />
      <label className="checkbox">
        <input type="checkbox" checked={testMode} onChange={(e) => setTestMode(e.target.checked)} />
        Test mode: Freenom checks every change, then throws it away
      </label>
      <div className="row">
        <ActionButton variant="primary" onAction={connect} busyLabel="Connecting">
          Connect and check
        </ActionButton>
        {status.connected && (
          <ActionButton onAction={runProbe} busyLabel="Checking">
            Check again
          </ActionButton>
        )}
      </div>
      {choice && (
        <Notice kind="warning">
          <p>{choice}</p>
          <div className="row">
            <ActionButton variant="primary" onAction={() => send('keep-for-this-run')}>
              Keep it for this run
            </ActionButton>
            <ActionButton onAction={() => send('do-not-store')}>Do not store it</ActionButton>
          </div>
        </Notice>
      )}
      {saved && <Notice kind="info">{saved}</Notice>}
      {failure && <Notice kind="error">{failure}</Notice>}
      {probe && (
        <Notice kind={probe.canUseApi ? 'success' : 'error'}>
          <span data-testid="probe-result">{probe.message}</span>
        </Notice>
      )}
    </div>
  );
}
