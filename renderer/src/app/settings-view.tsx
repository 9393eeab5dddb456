import { dnsTray } from '../bridge/dns-tray.js';
import { SettingsPage, type SettingsActions } from '../settings/settings-page.js';
import { createSettingsWriter } from './settings-actions.js';
import { toFamilyCheckViews } from './status-mappers.js';
import type { SettingsData } from './use-settings-data.js';

export function SettingsView({ data }: { data: SettingsData }) {
  const writer = createSettingsWriter(data.accept, data.reload);
  const passwordStorage = Object.fromEntries(
    (data.secrets?.accounts ?? [])
      .filter((entry) => entry.service === 'freedns')
      .map((entry) => [entry.accountId, entry.set ? entry.storage : ('none' as const)]),
  );
  const actions: SettingsActions = {
    save: async (patch) => void (await writer.save(patch)),
    setPassword: writer.setPassword,
    clearPassword: writer.clearPassword,
    checkSources: async () => toFamilyCheckViews(await dnsTray.ip.checkSources()),
    checkNameservers: async () => (await dnsTray.ip.checkSources()).nameservers ?? [],
    exportSettings: writer.exportSettings,
    importSettings: async (json) => void (await writer.importSettings(json)),
    notificationsBlocked: async () => {
      const support = (await dnsTray.app.getVersion()).notifications;
      return support && !support.shown ? support.reason : null;
    },
    exportDiagnostics: () => dnsTray.diagnostics.export(),
    loadDeliveries: async () => (await dnsTray.monitoring.status()).deliveries,
  };
  return (
    <SettingsPage settings={data.settings!} passwordStorage={passwordStorage} actions={actions} />
  );
}
