import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../../../shared/settings/settings-schema.js';
import type { SecretsStatus } from '../../../shared/settings/store-contract.js';
import { dnsTray } from '../bridge/dns-tray.js';

export interface SettingsData {
  settings: Settings | null;
  secrets: SecretsStatus | null;
  error: string | null;
  /** Re-reads settings and secret status, e.g. after a secret changed. */
  reload(): Promise<void>;
  /** Takes the settings an accepted change answered with, without another round trip. */
  accept(settings: Settings): void;
}

/** The settings and which passwords are set, kept fresh by the settings:changed event. */
export function useSettingsData(): SettingsData {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [secrets, setSecrets] = useState<SecretsStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const [nextSettings, nextSecrets] = await Promise.all([
        dnsTray.settings.get(),
        dnsTray.secrets.status(),
      ]);
      setSettings(nextSettings);
      setSecrets(nextSecrets);
      setError(null);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }, []);

  useEffect(() => {
    void reload();
    return dnsTray.on('settings:changed', () => void reload());
  }, [reload]);

  return { settings, secrets, error, reload, accept: setSettings };
}
