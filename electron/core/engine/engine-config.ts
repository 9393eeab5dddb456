import {
  EngineSettingsSchema,
  type EngineSettings,
} from '../../../shared/engine/engine-settings.js';
import type { AccountTier, Host } from '../../../shared/records/desired-records.js';
import type { AddressFamily } from '../../../shared/validators/dns.js';

/** What the engine needs from the settings: its own section, the hosts and their accounts. */
export interface EngineConfig {
  engine: EngineSettings;
  hosts: Host[];
  accounts: EngineAccount[];
}

export interface EngineAccount {
  id: string;
  username: string;
  tier: AccountTier;
  endpoint: string;
}

/** Reads the current settings each cycle, so a change applies on the next check. */
export interface EngineConfigSource {
  load(): Promise<EngineConfig>;
}

/** freedns.io passwords, asked when a request is about to be sent; null when none is set. */
export interface PasswordSource {
  password(accountId: string): Promise<string | null>;
}

export const DEFAULT_ENGINE_SETTINGS: EngineSettings = EngineSettingsSchema.parse({});

/** The families some enabled host follows, among those the settings check: only these are asked. */
export function followedFamilies(config: EngineConfig): AddressFamily[] {
  const followed = new Set<AddressFamily>();
  for (const host of config.hosts) {
    if (!host.enabled) continue;
    for (const record of host.records) {
      if (record.type === 'A' && record.mode === 'follow') followed.add('ipv4');
      if (record.type === 'AAAA' && record.mode === 'follow') followed.add('ipv6');
    }
  }
  return config.engine.families.filter((family) => followed.has(family));
}
