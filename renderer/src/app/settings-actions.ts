import type { Host } from '../../../shared/records/desired-records.js';
import type { FreednsAccount, Settings } from '../../../shared/settings/settings-schema.js';
import { dnsTray } from '../bridge/dns-tray.js';
import type { SettingsActions } from '../settings/settings-page.js';

/**
 * The settings changes every window makes, over window.dnsTray. A refused change throws the
 * bridge's DnsTrayError naming every field (fieldErrorsOf reads it, in Electron and in a
 * browser alike); an accepted one hands the new settings to `accept`.
 */
export interface SettingsWriter extends Pick<
  SettingsActions,
  'setPassword' | 'clearPassword' | 'exportSettings'
> {
  save(patch: Partial<Settings>): Promise<Settings>;
  saveHost(settings: Settings, host: Host): Promise<Settings>;
  deleteHost(settings: Settings, hostId: string): Promise<Settings>;
  upsertAccount(settings: Settings, account: FreednsAccount): Promise<Settings>;
  importSettings(json: string): Promise<Settings>;
}

export function createSettingsWriter(
  accept: (settings: Settings) => void,
  reloadSecrets: () => Promise<void>,
): SettingsWriter {
  const save = async (patch: Partial<Settings>): Promise<Settings> => {
    const result = await dnsTray.settings.update({ patch });
    accept(result.settings);
    return result.settings;
  };
  return {
    save,
    ...listWriters(save),
    async setPassword(accountId, password, whenUnencrypted) {
      const result = await dnsTray.secrets.set({
        service: 'freedns',
        accountId,
        secret: password,
        ...(whenUnencrypted ? { whenUnencrypted } : {}),
      });
      await reloadSecrets();
      return result;
    },
    async clearPassword(accountId) {
      await dnsTray.secrets.clear({ service: 'freedns', accountId });
      await reloadSecrets();
    },
    async exportSettings() {
      return (await dnsTray.settings.export()).json;
    },
    async importSettings(json) {
      const result = await dnsTray.settings.import({ json });
      accept(result.settings);
      return result.settings;
    },
  };
}

/** Hosts and accounts are whole lists in the settings: each change replaces its list. */
function listWriters(save: (patch: Partial<Settings>) => Promise<Settings>) {
  return {
    saveHost(settings: Settings, host: Host) {
      const exists = settings.hosts.some((h) => h.id === host.id);
      const hosts = exists
        ? settings.hosts.map((h) => (h.id === host.id ? host : h))
        : [...settings.hosts, host];
      return save({ hosts });
    },
    deleteHost(settings: Settings, hostId: string) {
      return save({ hosts: settings.hosts.filter((host) => host.id !== hostId) });
    },
    upsertAccount(settings: Settings, account: FreednsAccount) {
      const list = settings.accounts.freedns;
      const freedns = list.some((a) => a.id === account.id)
        ? list.map((a) => (a.id === account.id ? account : a))
        : [...list, account];
      return save({ accounts: { ...settings.accounts, freedns } });
    },
  };
}
