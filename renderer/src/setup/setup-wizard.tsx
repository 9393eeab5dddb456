import { useState } from 'react';
import type { Host } from '../../../shared/records/desired-records.js';
import {
  FreednsAccountSchema,
  type FreednsAccount,
} from '../../../shared/settings/settings-schema.js';
import { checkHostLabel, toHostLabel } from '../../../shared/validators/dns.js';
import type {
  SecretSetResult,
  UnencryptedChoice,
} from '../../../shared/settings/store-contract.js';
import type { HostStatusView } from '../hosts/record-status.js';
import {
  AccountStep,
  FirstUpdateStep,
  HostStep,
  type AccountForm,
  type SetupErrors,
} from './setup-steps.js';

export interface SetupActions {
  /** Saves the account and its password (the password goes to the secret store only). */
  saveAccount(
    account: FreednsAccount,
    password: string,
    whenUnencrypted?: UnencryptedChoice,
  ): Promise<SecretSetResult>;
  saveHost(host: Host): Promise<void>;
  updateNow(hostId: string): Promise<void>;
}

interface SetupWizardProps {
  actions: SetupActions;
  /** The live status of the host being set up, once it exists. */
  statusOf: (hostId: string) => HostStatusView | null;
  onDone: () => void;
  onSkip: () => void;
}

type Step = 'account' | 'host' | 'test';
const STEPS: readonly { step: Step; title: string }[] = [
  { step: 'account', title: 'Connect your freedns.io account' },
  { step: 'host', title: 'Choose your first host' },
  { step: 'test', title: 'Run the first update' },
];

/** Settings-file ids are restricted; derive one from the user name so the file reads well. */
export function accountIdFor(username: string): string {
  const id = username
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '-')
    .replace(/^[-_]+/, '');
  return (id || 'account').slice(0, 40);
}

function checkAccount(form: AccountForm): { errors: SetupErrors; account: FreednsAccount | null } {
  const errors: SetupErrors = {};
  const parsed = FreednsAccountSchema.safeParse({
    id: accountIdFor(form.username),
    username: form.username,
    tier: form.tier,
    endpoint: form.endpoint.trim(),
  });
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] === 'id' ? 'username' : (issue.path[0] as keyof AccountForm);
      errors[field] ??= issue.message;
    }
  if (form.password.length === 0) errors.password = 'Enter the freedns.io password.';
  return { errors, account: parsed.success ? parsed.data : null };
}

/** Saving the account and host, then the first update: what went wrong, or the new host's id. */
function useFirstUpdate(
  actions: SetupActions,
  form: AccountForm,
  label: string,
  onInvalid: () => void,
) {
  const [failure, setFailure] = useState<string | null>(null);
  const [hostId, setHostId] = useState<string | null>(null);
  const [choice, setChoice] = useState<string | null>(null);
  const runFirstUpdate = async (whenUnencrypted?: UnencryptedChoice) => {
    const { account } = checkAccount(form);
    if (!account) return onInvalid();
    setFailure(null);
    setChoice(null);
    const id = `${account.id}-${toHostLabel(label).toLowerCase()}`.slice(0, 40);
    try {
      const secret = await actions.saveAccount(account, form.password, whenUnencrypted);
      if (secret.outcome === 'choice-needed') return setChoice(secret.message);
      if (secret.outcome === 'not-stored') return setFailure(secret.message);
      await actions.saveHost({
        id,
        accountId: account.id,
        label: toHostLabel(label),
        enabled: true,
        records: [{ type: 'A', mode: 'follow' }],
      });
      setHostId(id);
      await actions.updateNow(id);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  return { failure, choice, hostId, runFirstUpdate };
}

/** Which step shows, the account form and host label so far, and the checks between steps. */
function useSetupSteps() {
  const [step, setStep] = useState<Step>('account');
  const [form, setForm] = useState<AccountForm>({
    username: '',
    password: '',
    tier: 'free',
    endpoint: 'https://freedns.io/request',
  });
  const [label, setLabel] = useState('');
  const [errors, setErrors] = useState<SetupErrors>({});
  const nextFromAccount = () => {
    const found = checkAccount(form).errors;
    setErrors(found);
    if (Object.keys(found).length === 0) setStep('host');
  };
  const nextFromHost = () => {
    const problem = checkHostLabel(toHostLabel(label));
    setErrors(problem ? { label: problem } : {});
    if (!problem) setStep('test');
  };
  return { step, setStep, form, setForm, label, setLabel, errors, nextFromAccount, nextFromHost };
}

/** The first update's progress, kept in the wizard so going Back and on again keeps it. */
function useFirstUpdateState(
  actions: SetupActions,
  statusOf: SetupWizardProps['statusOf'],
  steps: SetupSteps,
) {
  const update = useFirstUpdate(actions, steps.form, steps.label, () => steps.setStep('account'));
  const status = update.hostId ? statusOf(update.hostId) : null;
  const aState = status?.records.find((record) => record.type === 'A')?.state ?? null;
  return { ...update, aState };
}

type SetupSteps = ReturnType<typeof useSetupSteps>;

/** First run: account, first host, then the first update, which also tests the connection. */
export function SetupWizard({ actions, statusOf, onDone, onSkip }: SetupWizardProps) {
  const steps = useSetupSteps();
  const update = useFirstUpdateState(actions, statusOf, steps);
  const index = STEPS.findIndex((s) => s.step === steps.step);
  return (
    <div className="page setup">
      <div className="page-header">
        <h1>Set up DNS Tray</h1>
        <button type="button" className="button button-link" onClick={onSkip}>
          Skip setup
        </button>
      </div>
      <StepList step={steps.step} />
      <section className="card stack" aria-labelledby="setup-step-title">
        <h2 id="setup-step-title">
          Step {index + 1} of {STEPS.length}: {STEPS[index]!.title}
        </h2>
        <CurrentStep steps={steps} update={update} onDone={onDone} />
      </section>
    </div>
  );
}

interface CurrentStepProps {
  steps: SetupSteps;
  update: ReturnType<typeof useFirstUpdateState>;
  onDone: () => void;
}

function CurrentStep({ steps, update, onDone }: CurrentStepProps) {
  const { step, setStep, form, label, errors } = steps;
  if (step === 'account')
    return (
      <AccountStep
        form={form}
        errors={errors}
        onChange={steps.setForm}
        onNext={steps.nextFromAccount}
      />
    );
  if (step === 'host')
    return (
      <HostStep
        label={label}
        error={errors.label}
        onChange={steps.setLabel}
        onBack={() => setStep('account')}
        onNext={steps.nextFromHost}
      />
    );
  return (
    <FirstUpdateStep
      label={label}
      tier={form.tier}
      failure={update.failure}
      choice={update.choice}
      aState={update.aState}
      onRun={update.runFirstUpdate}
      onBack={() => setStep('host')}
      onDone={onDone}
    />
  );
}

function StepList({ step }: { step: Step }) {
  return (
    <ol className="steps" aria-label="Setup steps">
      {STEPS.map((s, i) => (
        <li key={s.step} aria-current={s.step === step ? 'step' : undefined}>
          {i + 1}. {s.title}
        </li>
      ))}
    </ol>
  );
}
