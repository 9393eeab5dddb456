import { z } from '../validators/z.js';
import type { ChannelSpec } from './channel-spec.js';
import { domainChannels } from './domain-channels.js';
import { engineChannels } from './engine-channels.js';
import { monitoringChannels } from './monitoring-channels.js';
import { CHANNEL_NAMES, type ChannelName } from './names.js';
import { storeChannels } from './store-channels.js';

/**
 * The one IPC contract. Every channel is declared here once, with the schema of its request
 * and of its response. The Electron preload, the Electron IPC guard, the headless HTTP bridge
 * and the renderer are all derived from this table, so a channel cannot exist in one and not
 * in the others.
 */
/** Whether the OS will show DNS Tray's notifications, and if not why (Electron shell only). */
export const DesktopNotificationSupportSchema = z.object({
  shown: z.boolean(),
  reason: z.nullable(z.string()),
});
export type DesktopNotificationSupport = z.infer<typeof DesktopNotificationSupportSchema>;

export const AppVersionSchema = z.object({
  name: z.string(),
  productName: z.string(),
  version: z.string(),
  shell: z.enum(['electron', 'headless']),
  notifications: z.optional(DesktopNotificationSupportSchema),
});
export type AppVersion = z.infer<typeof AppVersionSchema>;

export const channels = {
  'app:getVersion': { request: z.undefined(), response: AppVersionSchema },
  ...domainChannels,
  ...engineChannels,
  ...storeChannels,
  ...monitoringChannels,
} as const satisfies { [K in ChannelName]: ChannelSpec };

export type Channels = typeof channels;
export type { ChannelName };
export type ChannelRequest<K extends ChannelName> = z.input<Channels[K]['request']>;
export type ChannelResponse<K extends ChannelName> = z.output<Channels[K]['response']>;

export const channelNames: readonly ChannelName[] = CHANNEL_NAMES;

export function isChannelName(name: string): name is ChannelName {
  return Object.hasOwn(channels, name);
}
