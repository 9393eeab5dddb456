import {
  SettingsSchema,
  toFieldErrors,
  type Settings,
} from '../../../shared/settings/settings-schema.js';
import type { SettingsChangeResult } from '../../../shared/settings/store-contract.js';
import { fileRevision } from './document-file.js';
import { mergePatch } from './merge-patch.js';

/**
 * What the settings store needs from its file: both `conf` (headless, tests) and
 * `electron-store` (the tray app) provide exactly this, on the same `config.json`, and both
 * write it atomically (temporary file, then rename).
 */
export interface SettingsBacking {
  readonly path: string;
  store: Record<string, unknown>;
}

/**
 * Serialises read-modify-write across processes; the disk store passes a file lock, which
 * runs `fn` at once when the file is free and waits without blocking when it is not.
 */
export type RunLocked = <T>(fn: () => T) => Promise<T>;

type Listener = (settings: Settings) => void;

/**
 * The one owner of the user's settings. Every change is validated as a whole before anything
 * is written, so a refused change leaves the file exactly as it was, and the answer names
 * each wrong field.
 */
export class SettingsStore {
  #lastGood: Settings;
  /** The file revision #lastGood was read from; unchanged file, no re-parse. */
  #seen: string | undefined;
  readonly #listeners = new Set<Listener>();

  constructor(
    private readonly backing: SettingsBacking,
    private readonly locked: RunLocked = async (fn) => fn(),
  ) {
    this.#lastGood = SettingsSchema.parse(backing.store);
  }

  get path(): string {
    return this.backing.path;
  }

  /**
   * The current settings, re-read when the file changed, so a change made by another process
   * (the other shell on the same folder) is seen and announced to listeners.
   */
  get(): Settings {
    const revision = fileRevision(this.backing.path);
    if (revision !== undefined && revision === this.#seen) return structuredClone(this.#lastGood);
    try {
      const parsed = SettingsSchema.safeParse(this.backing.store);
      if (parsed.success) {
        const changed = JSON.stringify(parsed.data) !== JSON.stringify(this.#lastGood);
        this.#lastGood = parsed.data;
        this.#seen = revision;
        if (changed) this.#announce(parsed.data);
      }
    } catch {
      // Damaged after startup (by hand or by another program): keep serving the last good copy;
      // the next successful write replaces the damage.
    }
    return structuredClone(this.#lastGood);
  }

  /** Applies a deep partial change (objects merge; arrays and values replace). */
  update(patch: Record<string, unknown>): Promise<SettingsChangeResult> {
    return this.#change((current) => mergePatch(current, patch));
  }

  /** Replaces the whole settings, e.g. after an import. */
  replace(next: unknown): Promise<SettingsChangeResult> {
    return this.#change(() => next);
  }

  onChange(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async #change(produce: (current: Settings) => unknown): Promise<SettingsChangeResult> {
    const result = await this.locked((): SettingsChangeResult => {
      const before = this.get();
      const parsed = SettingsSchema.safeParse(produce(before));
      if (!parsed.success) return { ok: false, errors: toFieldErrors(parsed.error) };
      if (JSON.stringify(parsed.data) !== JSON.stringify(before)) this.backing.store = parsed.data;
      this.#lastGood = parsed.data;
      this.#seen = fileRevision(this.backing.path);
      return { ok: true, settings: structuredClone(parsed.data) };
    });
    if (result.ok) this.#announce(result.settings);
    return result;
  }

  #announce(settings: Settings): void {
    for (const listener of this.#listeners) listener(structuredClone(settings));
  }
}
