import { z } from '../validators/z.js';
import { SettingsSchema } from '../settings/settings-schema.js';
import {
  AppNoticesSchema,
  HistoryListRequestSchema,
  HistoryPageSchema,
  SecretRefSchema,
  SecretSetRequestSchema,
  SecretSetResultSchema,
  SecretsStatusSchema,
  SettingsChangeResultSchema,
  SettingsExportSchema,
  SettingsImportRequestSchema,
  SettingsImportResultSchema,
  SettingsUpdateRequestSchema,
} from '../settings/store-contract.js';
import type { ChannelTable } from './channel-spec.js';
import type { STORE_CHANNEL_NAMES, STORE_EVENT_NAMES } from './store-names.js';

/**
 * Settings, secrets, history and notices. No response here can carry a secret: secrets
 * answer only "set / not set" and where they are kept.
 */
export const storeChannels = {
  'settings:get': { request: z.undefined(), response: SettingsSchema },
  'settings:update': { request: SettingsUpdateRequestSchema, response: SettingsChangeResultSchema },
  'settings:export': { request: z.undefined(), response: SettingsExportSchema },
  'settings:import': { request: SettingsImportRequestSchema, response: SettingsImportResultSchema },
  'secrets:status': { request: z.undefined(), response: SecretsStatusSchema },
  'secrets:set': { request: SecretSetRequestSchema, response: SecretSetResultSchema },
  'secrets:clear': { request: SecretRefSchema, response: SecretSetResultSchema },
  'history:list': { request: HistoryListRequestSchema, response: HistoryPageSchema },
  'app:notices': { request: z.undefined(), response: AppNoticesSchema },
} as const satisfies ChannelTable<typeof STORE_CHANNEL_NAMES>;

export const storeEvents = {
  /** The settings after any accepted change (from any window, an import, or another part). */
  'settings:changed': SettingsSchema,
} as const satisfies Record<(typeof STORE_EVENT_NAMES)[number], z.ZodMiniType>;
