import { screen, type BrowserWindow, type WebContents } from 'electron';
import { placeWindow, type WindowBoundsStore } from './window-bounds.js';
import type { WindowFactory } from './window-factory.js';
import { WINDOW_SPECS, type WindowKind } from './window-kinds.js';
import { WindowRegistry } from './window-registry.js';

/**
 * Opens at most one window of each kind, on demand, and lets it be destroyed on close so no
 * renderer process lingers while DNS Tray sits in the tray. The rules are WindowRegistry's and
 * placeWindow's (both unit-tested); this class only applies them to real windows.
 */
export class WindowManager {
  readonly #registry = new WindowRegistry();
  readonly #windows = new Map<number, BrowserWindow>();

  constructor(
    private readonly factory: WindowFactory,
    private readonly bounds: WindowBoundsStore,
  ) {}

  open(kind: WindowKind): void {
    const decision = this.#registry.decideOpen(kind);
    if (decision.action === 'focus') {
      const window = this.#windows.get(decision.id);
      if (window?.isMinimized()) window.restore();
      window?.show();
      window?.focus();
      return;
    }
    const spec = WINDOW_SPECS[kind];
    const workAreas = screen.getAllDisplays().map((display) => display.workArea);
    const placement = placeWindow(this.bounds.load(kind), spec, workAreas);
    const window = this.factory.create(spec, spec.route, placement);
    const windowId = window.id;
    this.#registry.opened(kind, windowId, window.webContents.id);
    this.#windows.set(windowId, window);
    window.on('close', () => this.bounds.save(kind, window.getNormalBounds()));
    window.on('closed', () => {
      this.#registry.closed(windowId);
      this.#windows.delete(windowId);
    });
  }

  /** The open window of a kind, if any (the smoke test talks to Hosts through it). */
  windowOf(kind: WindowKind): BrowserWindow | undefined {
    const open = this.#registry.decideOpen(kind);
    return open.action === 'focus' ? this.#windows.get(open.id) : undefined;
  }

  openKinds(): WindowKind[] {
    return this.#registry.openKinds();
  }

  /** The web contents ids the IPC guard trusts. */
  contentsIds(): ReadonlySet<number> {
    return this.#registry.contentsIds();
  }

  /** Open windows' web contents, for pushing core events. */
  eventTargets(): WebContents[] {
    return [...this.#windows.values()]
      .filter((window) => !window.isDestroyed())
      .map((window) => window.webContents);
  }
}
