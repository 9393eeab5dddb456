import { useEffect, useState } from 'react';
import type { FreednsAccount, Settings } from '../../../shared/settings/settings-schema.js';
import type {
  SecretSetResult,
  SecretStorage,
  UnencryptedChoice,
} from '../../../shared/settings/store-contract.js';
import { ConfirmDialog } from '../ui/confirm-dialog.js';
import { Notice } from '../ui/notice.js';
import { AccountEditor } from './account-editor.js';
import { BackupSection } from './backup-section.js';
import { messageOf } from './field-errors.js';
import { IpDetectionSection } from './ip-detection-section.js';
import { MonitoringSection } from './monitoring-section.js';
import { PreferencesSection } from './preferences-section.js';
import { VerifySection, type RecordAnswersView } from './verify-section.js';
import type { FamilyCheckView } from './source-doctor.js';

/** What the Settings window does; the app shell provides it over window.dnsTray. */
export interface SettingsActions {
  /** Saves these top-level sections; rejects with the field at fault. */
  save(patch: Partial<Settings>): Promise<void>;
  setPassword(
    accountId: string,
    password: string,
    whenUnencrypted?: UnencryptedChoice,
  ): Promise<SecretSetResult>;
  clearPassword(accountId: string): Promise<void>;
  checkSources(): Promise<FamilyCheckView[]>;
  /** Asks every authoritative nameserver now. */
  checkNameservers?(): Promise<RecordAnswersView[]>;
  exportSettings(): Promise<string>;
  importSettings(json: string): Promise<void>;
  /** Why the OS will not show notifications (null when it will or nobody knows). */
  notificationsBlocked?(): Promise<string | null>;
  exportDiagnostics(): Promise<{ fileName: string; text: string }>;
  loadDeliveries(): Promise<
    { target: string; state: 'never' | 'ok' | 'failed'; at: string | null; detail: string }[]
  >;
}

interface SettingsPageProps {
  settings: Settings;
  /** Account id -> whether a password is stored; never the password itself. */
  passwordStorage: Readonly<Record<string, SecretStorage>>;
  actions: SettingsActions;
}

const NEW_ACCOUNT: FreednsAccount = {
  id: '',
  username: '',
  tier: 'free',
  endpoint: 'https://freedns.io/request',
};

function uniqueAccountId(username: string, taken: readonly string[]): string {
  const base =
    username
      .toLowerCase()
      .replace(/[^a-z0-9_-]/g, '-')
      .replace(/^[-_]+/, '')
      .slice(0, 36) || 'account';
  let id = base;
  for (let n = 2; taken.includes(id); n += 1) id = `${base}-${n}`;
  return id;
}

export function SettingsPage({ settings, passwordStorage, actions }: SettingsPageProps) {
  const [adding, setAdding] = useState(false);
  // The id a new account got, while its editor is still open for the password question.
  const [addedId, setAddedId] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [removing, setRemoving] = useState<FreednsAccount | null>(null);
  const [forgetting, setForgetting] = useState<FreednsAccount | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notificationsBlocked, setNotificationsBlocked] = useState<string | null>(null);
  useEffect(() => {
    actions.notificationsBlocked?.().then(setNotificationsBlocked, () => undefined);
  }, [actions]);
  const accounts = settings.accounts.freedns;

  const saveAccount = async (account: FreednsAccount, savedId: string | null) => {
    const id =
      savedId ??
      uniqueAccountId(
        account.username,
        accounts.map((a) => a.id),
      );
    const next = savedId
      ? accounts.map((a) => (a.id === id ? { ...account, id } : a))
      : [...accounts, { ...account, id }];
    await actions.save({ accounts: { ...settings.accounts, freedns: next } });
    if (!savedId) setAddedId(id);
    return id;
  };
  const editor = (account: FreednsAccount, isNew: boolean) => (
    <AccountEditor
      key={isNew ? 'new' : account.id}
      account={account}
      isNew={isNew}
      passwordStorage={passwordStorage[account.id] ?? 'none'}
      onSave={saveAccount}
      onSetPassword={actions.setPassword}
      onClearPassword={() => setForgetting(account)}
      onRemove={() => setRemoving(account)}
      onAdded={(message) => {
        setAdding(false);
        setAddedId(null);
        setAdded(message);
      }}
    />
  );
  const confirmed = (work: () => Promise<void>) => {
    setError(null);
    work().catch((caught: unknown) => setError(messageOf(caught)));
  };
  const usedBy = (account: FreednsAccount) =>
    settings.hosts.filter((host) => host.accountId === account.id).map((host) => host.label);

  return (
    <div className="page settings">
      <div className="page-header">
        <h1>Settings</h1>
      </div>
      {error && <Notice kind="error">{error}</Notice>}
      <section className="stack" aria-labelledby="accounts-title">
        <div className="page-header">
          <h2 id="accounts-title">freedns.io accounts</h2>
          {!adding && (
            <button
              type="button"
              className="button"
              onClick={() => (setAdding(true), setAdded(null))}
            >
              Add account
            </button>
          )}
        </div>
        {accounts.length === 0 && !adding && <p className="muted">No account yet.</p>}
        {added && <Notice kind="success">{added}</Notice>}
        {accounts
          .filter((account) => !(adding && account.id === addedId))
          .map((account) => editor(account, false))}
        {adding && editor(NEW_ACCOUNT, true)}
      </section>
      <IpDetectionSection
        settings={settings}
        onSave={(patch) => actions.save(patch)}
        onCheckSources={actions.checkSources}
      />
      <VerifySection
        settings={settings}
        onSave={(patch) => actions.save(patch)}
        onAsk={actions.checkNameservers}
      />
      <PreferencesSection
        settings={settings}
        onSave={(patch) => actions.save(patch)}
        notificationsBlocked={notificationsBlocked}
      />
      <MonitoringSection
        settings={settings}
        onSave={(patch) => actions.save(patch)}
        onExportDiagnostics={actions.exportDiagnostics}
        onLoadDeliveries={actions.loadDeliveries}
      />
      <BackupSection onExport={actions.exportSettings} onImport={actions.importSettings} />
      <ConfirmDialog
        open={removing !== null}
        title={`Remove the account ${removing?.username ?? ''}?`}
        confirmLabel="Remove account"
        danger
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const account = removing!;
          setRemoving(null);
          confirmed(async () => {
            await actions.save({
              accounts: {
                ...settings.accounts,
                freedns: accounts.filter((a) => a.id !== account.id),
              },
              hosts: settings.hosts.filter((host) => host.accountId !== account.id),
            });
            await actions.clearPassword(account.id);
          });
        }}
      >
        <p>
          Its password is forgotten
          {removing && usedBy(removing).length > 0
            ? ` and DNS Tray stops updating its hosts: ${usedBy(removing).join(', ')}.`
            : '.'}
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={forgetting !== null}
        title={`Forget the password of ${forgetting?.username ?? ''}?`}
        confirmLabel="Forget password"
        danger
        onCancel={() => setForgetting(null)}
        onConfirm={() => {
          const account = forgetting!;
          setForgetting(null);
          confirmed(() => actions.clearPassword(account.id));
        }}
      >
        <p>Updates for this account stop until you enter the password again.</p>
      </ConfirmDialog>
    </div>
  );
}
