import { z } from '../validators/z.js';
import type { ChannelTable } from './channel-spec.js';
import type { MONITORING_CHANNEL_NAMES } from './monitoring-names.js';

export const DeliveryStatusSchema = z.object({
  /** "heartbeat" or "webhook:<id>". */
  target: z.string(),
  state: z.enum(['never', 'ok', 'failed']),
  at: z.nullable(z.string()),
  detail: z.string(),
});

/**
 * `diagnostics:export` answers one JSON file, ready to save (the Settings "Save diagnostics"
 * button); every text in it went through the core's redaction. `monitoring:status` says how
 * the last heartbeat and each webhook's last delivery went.
 */
export const monitoringChannels = {
  'diagnostics:export': {
    request: z.undefined(),
    response: z.object({ fileName: z.string(), text: z.string() }),
  },
  'monitoring:status': {
    request: z.undefined(),
    response: z.object({ deliveries: z.array(DeliveryStatusSchema) }),
  },
} as const satisfies ChannelTable<typeof MONITORING_CHANNEL_NAMES>;
