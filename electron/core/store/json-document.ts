import type { Clock } from '../ports.js';
import type { DocumentFile } from './document-file.js';
import { describeMovedAside, type StartupNotices } from './startup-notices.js';
import { assertNever } from '../../../shared/lang/assert-never.js';

export interface DocumentSpec<T> {
  empty(): T;
  /** Parses a stored value; `dropped` lists the parts that had to be left out. */
  parse(value: unknown): { value: T; dropped: string[] } | { error: string };
  serialize(value: T): string;
  /**
   * What to start from when the file cannot be used at all, and how to say it ("a cautious
   * ledger ..."). Without it the document starts empty; a store whose empty value would be
   * unsafe (the request ledger) gives a cautious one instead.
   */
  fallback?(): { value: T; startedWith: string };
}

/**
 * A crash-safe JSON document with a schema. An unreadable or invalid file is moved aside and
 * reported, never silently replaced; when only some parts are bad, the good parts are kept.
 * Reads are cached until another writer changes the file.
 */
export class JsonDocument<T> {
  #cache: { revision: string; value: T } | undefined;

  constructor(
    private readonly file: DocumentFile,
    private readonly spec: DocumentSpec<T>,
    private readonly clock: Clock,
    private readonly notices: StartupNotices,
  ) {}

  get path(): string {
    return this.file.path;
  }

  /**
   * The document, repaired on the way when it is damaged. Never waits: while another live
   * process holds the lock (it is writing this file), a damaged copy is salvaged in memory
   * and the repair is left to the next read.
   */
  read(): T {
    const revision = this.file.revision();
    if (this.#cache?.revision === revision) return this.#cache.value;
    const attempt = this.file.tryLock(() => this.#load(true));
    if (!attempt.held) return this.#load(false);
    this.#cache = { revision: this.file.revision(), value: attempt.value };
    return attempt.value;
  }

  /** Read-modify-write under the file lock; `change` must return a value of the schema. */
  update(change: (current: T) => T): Promise<T> {
    return this.file.withLock(() => {
      const next = change(this.read());
      this.file.write(this.spec.serialize(next));
      this.#cache = { revision: this.file.revision(), value: next };
      return next;
    });
  }

  #load(repair: boolean): T {
    const read = this.file.read();
    switch (read.kind) {
      case 'missing':
        return this.spec.empty();
      case 'unreadable':
        return this.#replaceWhole(read.reason, repair);
      case 'json': {
        const parsed = this.spec.parse(read.value);
        if ('error' in parsed) return this.#replaceWhole(parsed.error, repair);
        if (parsed.dropped.length === 0) return parsed.value;
        const reason = `these parts were invalid: ${parsed.dropped.join(', ')}`;
        return repair ? this.#replace(reason, parsed.value, 'the valid parts') : parsed.value;
      }
      default:
        return assertNever(read);
    }
  }

  #replaceWhole(reason: string, repair: boolean): T {
    const fallback = this.spec.fallback?.();
    if (!repair) return fallback?.value ?? this.spec.empty();
    if (fallback) return this.#replace(reason, fallback.value, fallback.startedWith);
    return this.#replace(reason, this.spec.empty(), 'empty');
  }

  #replace(reason: string, value: T, kept: string): T {
    const movedTo = this.file.moveAside(this.clock.now());
    this.file.write(this.spec.serialize(value));
    this.notices.add({
      level: 'warning',
      file: this.file.name,
      movedTo,
      message: describeMovedAside(
        this.file.name,
        reason,
        movedTo,
        kept === 'empty' ? `an empty ${this.file.name}` : kept,
      ),
    });
    return value;
  }
}
