import { z } from 'zod';
import {
  HISTORY_LIMIT,
  HistoryEventSchema,
  type HistoryEvent,
  type NewHistoryEvent,
} from '../../../shared/settings/history-event.js';
import type { HistoryListRequest, HistoryPage } from '../../../shared/settings/store-contract.js';
import type { Clock } from '../ports.js';
import { redactOutbound } from '../outbound-redaction.js';
import type { DocumentFile } from './document-file.js';
import { JsonDocument, type DocumentSpec } from './json-document.js';
import type { StartupNotices } from './startup-notices.js';

const HistoryFileSchema = z.object({
  version: z.literal(1).default(1),
  nextId: z.number().int().nonnegative().default(0),
  events: z.array(HistoryEventSchema).default([]),
});
type HistoryFile = z.output<typeof HistoryFileSchema>;

function historySpec(limit: number): DocumentSpec<HistoryFile> {
  return {
    empty: () => HistoryFileSchema.parse({}),
    parse(value) {
      const shape = z
        .object({
          version: z.literal(1).optional(),
          nextId: z.number().optional(),
          events: z.array(z.unknown()),
        })
        .safeParse(value);
      if (!shape.success) return { error: 'it is not a DNS Tray history file' };
      // One bad line must not cost the whole log: keep every event that still parses.
      const events = shape.data.events.flatMap((event) => {
        const parsed = HistoryEventSchema.safeParse(event);
        return parsed.success ? [parsed.data] : [];
      });
      const lost = shape.data.events.length - events.length;
      const nextId = Math.max(shape.data.nextId ?? 0, ...events.map((event) => event.id + 1));
      return {
        value: { version: 1, nextId, events: events.slice(-limit) },
        dropped: lost > 0 ? [`${lost} damaged event${lost === 1 ? '' : 's'}`] : [],
      };
    },
    serialize: (value) => `${JSON.stringify(value)}\n`,
  };
}

/** Removes known secrets from free text (server messages) before it is kept anywhere. */
export type Redact = (text: string) => string;

/**
 * The activity log: an append-only ring of the last 5,000 events (address changes with their
 * sources, update outcomes, domain actions), newest kept, oldest dropped.
 */
export class HistoryStore {
  readonly #doc: JsonDocument<HistoryFile>;

  constructor(
    file: DocumentFile,
    private readonly clock: Clock,
    notices: StartupNotices,
    private readonly redact: Redact = (text) => text,
    private readonly limit = HISTORY_LIMIT,
  ) {
    this.#doc = new JsonDocument(file, historySpec(limit), clock, notices);
  }

  get path(): string {
    return this.#doc.path;
  }

  append(event: NewHistoryEvent): HistoryEvent {
    let added: HistoryEvent | undefined;
    this.#doc.update((current) => {
      added = HistoryEventSchema.parse(
        this.#scrub({ ...event, id: current.nextId, at: new Date(this.clock.now()).toISOString() }),
      );
      const events = [...current.events, added].slice(-this.limit);
      return { version: 1, nextId: current.nextId + 1, events };
    });
    return added!;
  }

  /** Newest first, filtered, one page at a time. */
  list(request: HistoryListRequest): HistoryPage {
    const since = request.since ? Date.parse(request.since) : -Infinity;
    const until = request.until ? Date.parse(request.until) : Infinity;
    const text = request.text?.toLowerCase();
    const matches = this.#doc
      .read()
      .events.filter((event) => {
        const at = Date.parse(event.at);
        if (at < since || at >= until) return false;
        if (request.kinds && !request.kinds.includes(event.kind)) return false;
        if (request.hostId && !(event.kind === 'update-outcome' && event.hostId === request.hostId))
          return false;
        if (request.domain && !(event.kind === 'domain-action' && event.domain === request.domain))
          return false;
        return !text || JSON.stringify(event).toLowerCase().includes(text);
      })
      .reverse();
    return {
      total: matches.length,
      events: matches.slice(request.offset, request.offset + request.limit),
    };
  }

  /** Every string at any depth (a domain action's details too), not only the top level. */
  #scrub<E extends object>(event: E): E {
    return redactOutbound(event, this.redact);
  }
}
