import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
}));

const { WindowManager } = await import('../../../../electron/main/windows/window-manager.js');

/** Just what WindowManager touches of a BrowserWindow; `close()` runs Electron's default. */
class FakeWindow extends EventEmitter {
  static nextId = 1;
  readonly id = FakeWindow.nextId++;
  readonly webContents = { id: 100 + this.id };
  destroyed = false;
  hidden = false;
  isDestroyed = () => this.destroyed;
  isMinimized = () => false;
  getNormalBounds = () => ({ x: 10, y: 10, width: 800, height: 600 });
  show = () => void (this.hidden = false);
  hide = () => void (this.hidden = true);
  focus = () => undefined;
  restore = () => undefined;
  /** Electron: 'close' may be cancelled with preventDefault; otherwise destroyed, then 'closed'. */
  close(): void {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (prevented) return;
    this.destroyed = true;
    this.emit('closed');
  }
}

function setUp() {
  const made: FakeWindow[] = [];
  const saved: string[] = [];
  const factory = {
    indexUrl: 'file:///index.html',
    create: () => {
      const window = new FakeWindow();
      made.push(window);
      return window as never;
    },
  };
  const bounds = { load: () => undefined, save: (kind: string) => void saved.push(kind) };
  return { made, saved, manager: new WindowManager(factory, bounds as never) };
}

describe('window manager: a closed window releases its renderer', () => {
  it('lets a closed window be destroyed (never cancels the close to hide it) and forgets it', () => {
    const { made, saved, manager } = setUp();
    manager.open('hosts');
    made[0]!.close();
    expect(made[0]!.destroyed).toBe(true);
    expect(made[0]!.hidden).toBe(false);
    expect(saved).toEqual(['hosts']);
    expect(manager.openKinds()).toEqual([]);
    expect(manager.eventTargets()).toEqual([]);
    expect(manager.contentsIds().size).toBe(0);
  });

  it('creates a fresh window after a close instead of showing a kept one', () => {
    const { made, manager } = setUp();
    manager.open('domains');
    made[0]!.close();
    manager.open('domains');
    expect(made).toHaveLength(2);
    expect(manager.windowOf('domains')).toBe(made[1]);
  });

  it('focuses the open window of a kind rather than making a second renderer', () => {
    const { made, manager } = setUp();
    manager.open('activity');
    manager.open('activity');
    expect(made).toHaveLength(1);
    expect([...manager.contentsIds()]).toEqual([made[0]!.webContents.id]);
  });
});
