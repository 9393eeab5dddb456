import type { WindowKind } from './window-kinds.js';

export type OpenDecision = { action: 'create' } | { action: 'focus'; id: number };

/**
 * Which of our windows are open, keyed by kind: at most one of each. Pure bookkeeping, so the
 * window manager's rules are unit-tested without Electron; the web-contents ids it holds are
 * also what the IPC guard trusts.
 */
export class WindowRegistry {
  readonly #byKind = new Map<WindowKind, { windowId: number; contentsId: number }>();

  decideOpen(kind: WindowKind): OpenDecision {
    const open = this.#byKind.get(kind);
    return open ? { action: 'focus', id: open.windowId } : { action: 'create' };
  }

  opened(kind: WindowKind, windowId: number, contentsId: number): void {
    if (this.#byKind.has(kind)) throw new Error(`a ${kind} window is already open`);
    this.#byKind.set(kind, { windowId, contentsId });
  }

  /** Forgets a closed window; returns its kind, or undefined if it was not ours. */
  closed(windowId: number): WindowKind | undefined {
    for (const [kind, open] of this.#byKind) {
      if (open.windowId === windowId) {
        this.#byKind.delete(kind);
        return kind;
      }
    }
    return undefined;
  }

  /** The web contents the IPC guard accepts messages from and events are pushed to. */
  contentsIds(): ReadonlySet<number> {
    return new Set([...this.#byKind.values()].map((open) => open.contentsId));
  }

  openKinds(): WindowKind[] {
    return [...this.#byKind.keys()];
  }
}
