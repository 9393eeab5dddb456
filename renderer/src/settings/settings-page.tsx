import { useEffect, useState } from 'react';
import type { Settings } from '../../../shared/settings/settings-schema.js';
import type {
  SecretSetResult,
  SecretStorage,
  UnencryptedChoice,
} from '../../../shared/settings/store-contract.js';
import { AccountsSection } from './accounts-section.js';
import { BackupSection } from './backup-section.js';
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

export function SettingsPage({ settings, passwordStorage, actions }: SettingsPageProps) {
  const [notificationsBlocked, setNotificationsBlocked] = useState<string | null>(null);
  useEffect(() => {
    actions.notificationsBlocked?.().then(setNotificationsBlocked, () => undefined);
  }, [actions]);

  return (
    <div className="page settings">
      <div className="page-header">
        <h1>Settings</h1>
      </div>
      <AccountsSection settings={settings} passwordStorage={passwordStorage} actions={actions} />
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
    </div>
  );
}
