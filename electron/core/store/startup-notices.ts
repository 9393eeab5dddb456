import type { StartupNotice } from '../../../shared/settings/store-contract.js';
import type { Clock } from '../ports.js';

/**
 * What the stores found wrong while opening (a moved-aside file, dropped fields). The shells
 * show these once at startup and the UI can list them through `app:notices`.
 */
export class StartupNotices {
  readonly #notices: StartupNotice[] = [];
  constructor(private readonly clock: Clock) {}

  add(notice: Omit<StartupNotice, 'id' | 'at'>): StartupNotice {
    const full = {
      ...notice,
      id: `notice-${this.#notices.length + 1}`,
      at: new Date(this.clock.now()).toISOString(),
    };
    this.#notices.push(full);
    return full;
  }

  list(): StartupNotice[] {
    return this.#notices.map((notice) => ({ ...notice }));
  }
}

/** The sentence a person reads when a file could not be used. */
export function describeMovedAside(
  file: string,
  reason: string,
  movedTo: string,
  keptWhat: string,
): string {
  return `${file} could not be used because ${reason}. It was moved to ${movedTo} and DNS Tray started with ${keptWhat}.`;
}
