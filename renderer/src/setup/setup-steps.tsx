import type { UnencryptedChoice } from '../../../shared/settings/store-contract.js';
import { toHostLabel } from '../../../shared/validators/dns.js';
import { RecordStatusBadge, type RecordState } from '../hosts/record-status.js';
import { PasswordChoice } from '../settings/password-choice.js';
import { ActionButton } from '../ui/action-button.js';
import { TextField } from '../ui/field.js';
import { Notice } from '../ui/notice.js';
import { AccountServerFields } from '../settings/account-server-fields.js';

/** The three steps of the first-run setup; the wizard holds their state and does the work. */
export interface AccountForm {
  username: string;
  password: string;
  tier: 'free' | 'premium';
  endpoint: string;
}
export type SetupErrors = Partial<Record<keyof AccountForm | 'label', string>>;

interface AccountStepProps {
  form: AccountForm;
  errors: SetupErrors;
  onChange: (form: AccountForm) => void;
  onNext: () => void;
}

export function AccountStep({ form, errors, onChange, onNext }: AccountStepProps) {
  return (
    <>
      <p>
        DNS Tray keeps your freedns.io hosts on your public address. Enter the account it should
        use; the password is kept in the system's secret store, never in the settings file.
      </p>
      <AccountCredentialFields form={form} errors={errors} onChange={onChange} />
      <div className="row fields">
        <AccountServerFields
          tier={form.tier}
          endpoint={form.endpoint}
          endpointError={errors.endpoint}
          endpointHint="Change it only to use another server, such as the local emulator."
          onTier={(tier) => onChange({ ...form, tier })}
          onEndpoint={(endpoint) => onChange({ ...form, endpoint })}
        />
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onNext}>
          Next
        </button>
      </div>
    </>
  );
}

function AccountCredentialFields({ form, errors, onChange }: Omit<AccountStepProps, 'onNext'>) {
  return (
    <div className="row fields">
      <TextField
        label="User name"
        value={form.username}
        onChange={(username) => onChange({ ...form, username })}
        error={errors.username}
        autoComplete="username"
        autoFocus
      />
      <TextField
        label="Password"
        type="password"
        value={form.password}
        onChange={(password) => onChange({ ...form, password })}
        error={errors.password}
        autoComplete="current-password"
      />
    </div>
  );
}

export function HostStep({
  label,
  error,
  onChange,
  onBack,
  onNext,
}: {
  label: string;
  error: string | undefined;
  onChange: (label: string) => void;
  onBack: () => void;
  onNext: () => void;
}) {
  return (
    <>
      <p>
        Name the host to keep up to date. DNS Tray gives it an A record that follows your public
        IPv4 address; you can add more records later in Hosts.
      </p>
      <TextField
        label="Host name"
        value={label}
        onChange={onChange}
        error={error}
        hint="The first label only: home for home.freedns.io."
        spellCheck={false}
        autoFocus
      />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onBack}>
          Back
        </button>
        <button type="button" className="button button-primary" onClick={onNext}>
          Next
        </button>
      </div>
    </>
  );
}

interface FirstUpdateStepProps {
  label: string;
  tier: 'free' | 'premium';
  failure: string | null;
  /** The question to ask when the system cannot encrypt the password, if it was raised. */
  choice: string | null;
  /** The state of the new host's A record, once the update ran. */
  aState: RecordState | null;
  onRun: (whenUnencrypted?: UnencryptedChoice) => Promise<void>;
  onBack: () => void;
  onDone: () => void;
}

export function FirstUpdateStep(props: FirstUpdateStepProps) {
  const { label, tier, failure, choice, aState, onRun } = props;
  return (
    <>
      <p>
        freedns.io has no read-only call, so the first update is also the connection test: it checks
        your user name and password and sets <strong>{toHostLabel(label)}.freedns.io</strong> to
        your public IPv4 address.
        {tier === 'free' &&
          ' On a free account it uses one of the two updates the host gets per day.'}
      </p>
      {failure && <Notice kind="error">{failure}</Notice>}
      {choice && <PasswordChoice message={choice} onChoose={onRun} />}
      {aState && <FirstUpdateResult label={label} aState={aState} />}
      <FirstUpdateActions {...props} />
    </>
  );
}

/** How the new host's A record came out, with a hint when freedns.io refused it. */
function FirstUpdateResult({ label, aState }: { label: string; aState: RecordState }) {
  return (
    <>
      <p data-testid="setup-result">
        {toHostLabel(label)}.freedns.io A record: <RecordStatusBadge state={aState} />
      </p>
      {aState.kind === 'rejected' && (
        <Notice kind="error">
          freedns.io refused the update. Check the account details and try again.
        </Notice>
      )}
    </>
  );
}

function FirstUpdateActions({ aState, onRun, onBack, onDone }: FirstUpdateStepProps) {
  return (
    <div className="dialog-actions">
      <button type="button" className="button" onClick={onBack}>
        Back
      </button>
      {aState?.kind === 'in-sync' ? (
        <button type="button" className="button button-primary" onClick={onDone}>
          Go to Hosts
        </button>
      ) : (
        <ActionButton variant="primary" onAction={() => onRun()} busyLabel="Updating">
          Save and run the first update
        </ActionButton>
      )}
    </div>
  );
}
