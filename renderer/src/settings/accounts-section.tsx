import { useState } from 'react';
import type { FreednsAccount, Settings } from '../../../shared/settings/settings-schema.js';
import type { SecretStorage } from '../../../shared/settings/store-contract.js';
import { ConfirmDialog } from '../ui/confirm-dialog.js';
import { Notice } from '../ui/notice.js';
import { AccountEditor } from './account-editor.js';
import { messageOf } from './field-errors.js';
import type { SettingsActions } from './settings-page.js';

interface AccountsSectionProps {
  settings: Settings;
  /** Account id -> whether a password is stored; never the password itself. */
  passwordStorage: Readonly<Record<string, SecretStorage>>;
  actions: Pick<SettingsActions, 'save' | 'setPassword' | 'clearPassword'>;
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

/** The accounts list with `account` saved in it: a new one gets an id of its own. */
function withAccount(
  accounts: readonly FreednsAccount[],
  account: FreednsAccount,
  savedId: string | null,
): { id: string; next: FreednsAccount[] } {
  const id =
    savedId ??
    uniqueAccountId(
      account.username,
      accounts.map((a) => a.id),
    );
  const next = savedId
    ? accounts.map((a) => (a.id === id ? { ...account, id } : a))
    : [...accounts, { ...account, id }];
  return { id, next };
}

/** The freedns.io accounts: one editor each, "Add account", and the removal confirmations. */
export function AccountsSection({ settings, passwordStorage, actions }: AccountsSectionProps) {
  const [removing, setRemoving] = useState<FreednsAccount | null>(null);
  const [forgetting, setForgetting] = useState<FreednsAccount | null>(null);
  const { error, remove, forget } = useConfirmedChanges(settings, actions);
  return (
    <>
      {error && <Notice kind="error">{error}</Notice>}
      <AccountList
        settings={settings}
        passwordStorage={passwordStorage}
        actions={actions}
        onRemove={setRemoving}
        onForget={setForgetting}
      />
      <RemoveAccountDialog
        account={removing}
        hostLabels={settings.hosts.filter((h) => h.accountId === removing?.id).map((h) => h.label)}
        onCancel={() => setRemoving(null)}
        onConfirm={(account) => (setRemoving(null), remove(account))}
      />
      <ConfirmDialog
        open={forgetting !== null}
        title={`Forget the password of ${forgetting?.username ?? ''}?`}
        confirmLabel="Forget password"
        danger
        onCancel={() => setForgetting(null)}
        onConfirm={() => (setForgetting(null), forget(forgetting!))}
      >
        <p>Updates for this account stop until you enter the password again.</p>
      </ConfirmDialog>
    </>
  );
}

/** Removing an account or forgetting its password, once confirmed; a failure is shown above. */
function useConfirmedChanges(settings: Settings, actions: AccountsSectionProps['actions']) {
  const [error, setError] = useState<string | null>(null);
  const confirmed = (work: () => Promise<void>) => {
    setError(null);
    work().catch((caught: unknown) => setError(messageOf(caught)));
  };
  const remove = (account: FreednsAccount) =>
    confirmed(async () => {
      const freedns = settings.accounts.freedns.filter((a) => a.id !== account.id);
      await actions.save({
        accounts: { ...settings.accounts, freedns },
        hosts: settings.hosts.filter((host) => host.accountId !== account.id),
      });
      await actions.clearPassword(account.id);
    });
  const forget = (account: FreednsAccount) => confirmed(() => actions.clearPassword(account.id));
  return { error, remove, forget };
}

interface AccountListProps extends AccountsSectionProps {
  onRemove: (account: FreednsAccount) => void;
  onForget: (account: FreednsAccount) => void;
}

function AccountList({ settings, passwordStorage, actions, onRemove, onForget }: AccountListProps) {
  const [adding, setAdding] = useState(false);
  // The id a new account got, while its editor is still open for the password question.
  const [addedId, setAddedId] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const accounts = settings.accounts.freedns;
  const saveAccount = async (account: FreednsAccount, savedId: string | null) => {
    const { id, next } = withAccount(accounts, account, savedId);
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
      onClearPassword={() => onForget(account)}
      onRemove={() => onRemove(account)}
      onAdded={(message) => (setAdding(false), setAddedId(null), setAdded(message))}
    />
  );
  return (
    <section className="stack" aria-labelledby="accounts-title">
      <AccountsHeader adding={adding} onAdd={() => (setAdding(true), setAdded(null))} />
      {accounts.length === 0 && !adding && <p className="muted">No account yet.</p>}
      {added && <Notice kind="success">{added}</Notice>}
      {accounts
        .filter((account) => !(adding && account.id === addedId))
        .map((account) => editor(account, false))}
      {adding && editor(NEW_ACCOUNT, true)}
    </section>
  );
}

/** The title, and "Add account" unless a new account's editor is already open. */
function AccountsHeader({ adding, onAdd }: { adding: boolean; onAdd: () => void }) {
  return (
    <div className="page-header">
      <h2 id="accounts-title">freedns.io accounts</h2>
      {!adding && (
        <button type="button" className="button" onClick={onAdd}>
          Add account
        </button>
      )}
    </div>
  );
}

function RemoveAccountDialog({
  account,
  hostLabels,
  onCancel,
  onConfirm,
}: {
  account: FreednsAccount | null;
  /** The hosts that stop being updated with it. */
  hostLabels: readonly string[];
  onCancel: () => void;
  onConfirm: (account: FreednsAccount) => void;
}) {
  return (
    <ConfirmDialog
      open={account !== null}
      title={`Remove the account ${account?.username ?? ''}?`}
      confirmLabel="Remove account"
      danger
      onCancel={onCancel}
      onConfirm={() => onConfirm(account!)}
    >
      <p>
        Its password is forgotten
        {hostLabels.length > 0
          ? ` and DNS Tray stops updating its hosts: ${hostLabels.join(', ')}.`
          : '.'}
      </p>
    </ConfirmDialog>
  );
}
