import { z } from '../validators/z.js';
import { domainEvents } from './domain-events.js';
import { engineEvents } from './engine-channels.js';
import { EVENT_NAMES, type EventName } from './names.js';
import { storeEvents } from './store-channels.js';

/** Events pushed from the core to every open window (IPC in Electron, SSE in headless). */
export const events = {
  'app:heartbeat': z.object({ at: z.string() }),
  ...domainEvents,
  ...engineEvents,
  ...storeEvents,
} as const satisfies { [K in EventName]: z.ZodMiniType };

export type Events = typeof events;
export type { EventName };
export type EventPayload<K extends EventName> = z.output<Events[K]>;

export const eventNames: readonly EventName[] = EVENT_NAMES;

/** A tagged event as it travels over the wire. */
export type WireEvent = { [K in EventName]: { name: K; payload: EventPayload<K> } }[EventName];
