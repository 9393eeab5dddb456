import { describe, expect, it } from 'vitest';
import { WindowRegistry } from '../../../../electron/main/windows/window-registry.js';

describe('window registry', () => {
  it('creates a window of a kind on first demand and focuses it afterwards', () => {
    const registry = new WindowRegistry();
    expect(registry.decideOpen('settings')).toEqual({ action: 'create' });
    registry.opened('settings', 1, 11);
    expect(registry.decideOpen('settings')).toEqual({ action: 'focus', id: 1 });
    expect(registry.decideOpen('hosts')).toEqual({ action: 'create' });
  });

  it('forgets a closed window, so the next demand creates a fresh one', () => {
    const registry = new WindowRegistry();
    registry.opened('hosts', 1, 11);
    expect(registry.closed(1)).toBe('hosts');
    expect(registry.decideOpen('hosts')).toEqual({ action: 'create' });
    expect(registry.openKinds()).toEqual([]);
  });

  it('trusts exactly the web contents of open windows', () => {
    const registry = new WindowRegistry();
    registry.opened('hosts', 1, 11);
    registry.opened('activity', 2, 12);
    expect([...registry.contentsIds()]).toEqual([11, 12]);
    registry.closed(1);
    expect([...registry.contentsIds()]).toEqual([12]);
  });

  it('refuses a second window of one kind and ignores windows that are not ours', () => {
    const registry = new WindowRegistry();
    registry.opened('domains', 1, 11);
    expect(() => registry.opened('domains', 2, 12)).toThrow('a domains window is already open');
    expect(registry.closed(99)).toBeUndefined();
    expect(registry.openKinds()).toEqual(['domains']);
  });
});
