import {
  HISTORY_LIMIT,
  HistoryEventSchema,
  type HistoryEvent,
  type NewHistoryEvent,
} from '../../../shared/settings/history-event.js';
import type { HistoryListRequest, HistoryPage } from '../../../shared/settings/store-contract.js';
import type { Clock } from '../ports.js';
import { redactOutbound } from '../outbound-redaction.js';
import type { AppendLog } from './append-log.js';
import type { StartupNotices } from './startup-notices.js';

/** Removes known secrets from free text (server messages) before it is kept anywhere. */
export type Redact = (text: string) => string;

const NEWLINE = 0x0a;

/**
 * The activity log: the last 5,000 events (address changes with their sources, update
 * outcomes, domain actions), one JSON line each in history.jsonl. An append writes one line,
 * so it costs the same however long the log is; the file is cut back to the newest 5,000
 * once it holds twice that. Every process keeps the newest events in memory and reads only
 * the lines other processes added since, so listing a page never re-reads the file.
 */
export class HistoryStore {
  /** Newest last; up to twice the limit, trimmed in batches so an append never copies it. */
  #events: HistoryEvent[] = [];
  #identity: string | undefined;
  /** Bytes of the file already taken in, always at the end of a complete line. */
  #offset = 0;
  #linesInFile = 0;
  #nextId = 0;

  constructor(
    private readonly log: AppendLog,
    private readonly clock: Clock,
    private readonly notices: StartupNotices,
    private readonly redact: Redact = (text) => text,
    private readonly limit = HISTORY_LIMIT,
  ) {
    // Another live process is writing the file: read it now, and leave damage to a later look.
    if (!this.log.tryLock(() => this.#openChecked()).held) this.#catchUp();
  }

  get path(): string {
    return this.log.path;
  }

  /** Adds one event; done before this returns unless another process holds the file. */
  append(event: NewHistoryEvent): Promise<HistoryEvent> {
    return this.log.withLock(() => {
      const { size } = this.#catchUp();
      // Under the lock nobody else is writing: text after the last full line is a line torn
      // by a writer killed mid-append. Cut it off so the new line starts clean.
      if (size > this.#offset) this.log.truncate(this.#offset);
      const added = HistoryEventSchema.parse(
        this.#scrub({ ...event, id: this.#nextId, at: new Date(this.clock.now()).toISOString() }),
      );
      const line = `${JSON.stringify(added)}\n`;
      this.log.append(line);
      this.#identity = this.log.stat()?.identity;
      this.#offset += Buffer.byteLength(line);
      this.#keep(added);
      this.#linesInFile++;
      if (this.#linesInFile >= 2 * this.limit) this.#compact();
      return added;
    });
  }

  /** Newest first, filtered, one page at a time. */
  list(request: HistoryListRequest): HistoryPage {
    this.#catchUp();
    const since = request.since ? Date.parse(request.since) : -Infinity;
    const until = request.until ? Date.parse(request.until) : Infinity;
    const text = request.text?.toLowerCase();
    const matches = this.#events
      .slice(-this.limit)
      .filter((event) => {
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

  /** The first read: lines damaged by hand or by the disk are skipped, kept aside and named. */
  #openChecked(): void {
    const { damaged } = this.#catchUp();
    if (damaged === 0) return;
    const movedTo = this.log.copyAside(this.clock.now());
    this.#compact();
    this.notices.add({
      level: 'warning',
      file: this.log.name,
      movedTo,
      message: `${this.log.name} had ${damaged} damaged line${damaged === 1 ? '' : 's'}; DNS Tray kept the other events, and the original is kept at ${movedTo}.`,
    });
  }

  /**
   * Takes in the lines added since the last look (by this or another process), or everything
   * when the file was replaced (compacted elsewhere). Returns the file's current size.
   */
  #catchUp(): { size: number; damaged: number } {
    const stat = this.log.stat();
    if (!stat) {
      if (this.#identity !== undefined) this.#reset(undefined);
      return { size: 0, damaged: 0 };
    }
    if (stat.identity !== this.#identity || stat.size < this.#offset) this.#reset(stat.identity);
    const bytes = this.log.read(this.#offset, stat.size);
    const end = bytes.lastIndexOf(NEWLINE);
    if (end < 0) return { size: stat.size, damaged: 0 };
    let damaged = 0;
    for (const line of bytes.subarray(0, end).toString('utf8').split('\n')) {
      if (line.trim() === '') continue;
      this.#linesInFile++;
      const event = parseLine(line);
      if (event) this.#keep(event);
      else damaged++;
    }
    this.#offset += end + 1;
    return { size: stat.size, damaged };
  }

  #reset(identity: string | undefined): void {
    this.#identity = identity;
    this.#events = [];
    this.#offset = 0;
    this.#linesInFile = 0;
  }

  #keep(event: HistoryEvent): void {
    this.#events.push(event);
    this.#nextId = Math.max(this.#nextId, event.id + 1);
    if (this.#events.length > 2 * this.limit) this.#events = this.#events.slice(-this.limit);
  }

  /** Rewrites the file with the newest events only (temp file + rename, so a crash is safe). */
  #compact(): void {
    const kept = this.#events.slice(-this.limit);
    const text = kept.map((event) => `${JSON.stringify(event)}\n`).join('');
    this.log.replace(text);
    this.#events = kept;
    this.#identity = this.log.stat()?.identity;
    this.#offset = Buffer.byteLength(text);
    this.#linesInFile = kept.length;
  }

  /** Every string at any depth (a domain action's details too), not only the top level. */
  #scrub<E extends object>(event: E): E {
    return redactOutbound(event, this.redact);
  }
}

function parseLine(line: string): HistoryEvent | undefined {
  try {
    const parsed = HistoryEventSchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
