import type { CoreStatus } from '../../../shared/engine/core-status.js';
import { SetupWizard, type SetupActions } from '../setup/setup-wizard.js';
import { requestUpdate } from './hosts-view.js';
import { createSettingsWriter } from './settings-actions.js';
import { toHostStatusViews } from './status-mappers.js';
import type { SettingsData } from './use-settings-data.js';

interface SetupViewProps {
  data: SettingsData;
  status: CoreStatus | null;
  onDone: () => void;
  onSkip: () => void;
}

/** First run wired to the app; each step reads the latest settings, not a stale copy. */
export function SetupView({ data, status, onDone, onSkip }: SetupViewProps) {
  const writer = createSettingsWriter(data.accept, data.reload);
  let latest = data.settings!;
  const actions: SetupActions = {
    async saveAccount(account, password, whenUnencrypted) {
      latest = await writer.upsertAccount(latest, account);
      return writer.setPassword(account.id, password, whenUnencrypted);
    },
    async saveHost(host) {
      latest = await writer.saveHost(latest, host);
    },
    updateNow: (hostId) => requestUpdate(hostId, status),
  };
  const statusOf = (hostId: string) => {
    const settings = data.settings!;
    return (
      toHostStatusViews(settings.hosts, settings.accounts.freedns, status).find(
        (s) => s.hostId === hostId,
      ) ?? null
    );
  };
  return <SetupWizard actions={actions} statusOf={statusOf} onDone={onDone} onSkip={onSkip} />;
}
