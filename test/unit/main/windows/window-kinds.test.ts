import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../../../renderer/src/app/use-hash-route.js';
import {
  isWindowKind,
  WINDOW_KINDS,
  WINDOW_SPECS,
} from '../../../../electron/main/windows/window-kinds.js';

describe('window kinds', () => {
  it('open exactly the routes the renderer knows, each at its own hash route', () => {
    expect([...WINDOW_KINDS].sort()).toEqual([...ROUTES].sort());
    for (const kind of WINDOW_KINDS) expect(WINDOW_SPECS[kind].route).toBe(`/${kind}`);
  });

  it('are at least 800 × 600, the size the renderer is designed for', () => {
    for (const kind of WINDOW_KINDS) {
      expect(WINDOW_SPECS[kind].minWidth).toBeGreaterThanOrEqual(800);
      expect(WINDOW_SPECS[kind].minHeight).toBeGreaterThanOrEqual(600);
    }
  });

  it.each(['hosts', 'settings'])('accepts %s as a window name', (name) => {
    expect(isWindowKind(name)).toBe(true);
  });

  it.each(['', 'Hosts', '../settings', 'toString'])('refuses "%s" as a window name', (name) => {
    expect(isWindowKind(name)).toBe(false);
  });
});
