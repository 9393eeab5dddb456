import { z } from '../validators/z.js';
import { CoreStatusSchema, SourceCheckSchema } from '../engine/core-status.js';
import { FamilySchema } from '../engine/engine-settings.js';
import { OutcomeEventSchema } from '../engine/record-outcome.js';
import type { ChannelTable } from './channel-spec.js';
import type { ENGINE_CHANNEL_NAMES } from './engine-names.js';
import { DriftEventSchema } from '../engine/record-verification.js';

const HostIdSchema = z.string().check(z.minLength(1, 'hostId: name a host.'));

/**
 * The engine's channels. `sync:updateNow` checks now (all hosts, or one) without waiting for the
 * poll; `sync:pause` stops writes for a while (or until resumed); `sync:resume` also clears a
 * host's pause after a fatal rejection; `ip:checkSources` is the Settings doctor.
 */
export const engineChannels = {
  'status:get': { request: z.undefined(), response: CoreStatusSchema },
  'sync:updateNow': {
    request: z.optional(z.object({ hostId: z.optional(HostIdSchema) })),
    response: z.object({ started: z.boolean() }),
  },
  'sync:pause': {
    request: z.object({
      minutes: z.optional(
        z
          .number()
          .check(
            z.int('minutes: a whole number.'),
            z.gte(1, 'minutes: at least 1.'),
            z.lte(7 * 24 * 60, 'minutes: at most a week.'),
          ),
      ),
    }),
    response: CoreStatusSchema,
  },
  'sync:resume': {
    request: z.optional(z.object({ hostId: z.optional(HostIdSchema) })),
    response: CoreStatusSchema,
  },
  'ip:checkSources': { request: z.undefined(), response: SourceCheckSchema },
} as const satisfies ChannelTable<typeof ENGINE_CHANNEL_NAMES>;

export const engineEvents = {
  'status:changed': CoreStatusSchema,
  'ip:changed': z.object({
    family: FamilySchema,
    address: z.string(),
    previous: z.nullable(z.string()),
    at: z.string(),
  }),
  'sync:outcome': OutcomeEventSchema,
  /** A record was changed outside DNS Tray: repaired, or left for a person. */
  'dns:drift': DriftEventSchema,
} as const;
