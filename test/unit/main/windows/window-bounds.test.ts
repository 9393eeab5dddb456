import { describe, expect, it } from 'vitest';
import { parseSavedBounds, placeWindow } from '../../../../electron/main/windows/window-bounds.js';
import { WINDOW_SPECS } from '../../../../electron/main/windows/window-kinds.js';

const spec = WINDOW_SPECS.hosts;
const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const rightMonitor = { x: 1440, y: 0, width: 1920, height: 1080 };

describe('window placement', () => {
  it('opens at the default size, centred, when nothing was saved', () => {
    expect(placeWindow(undefined, spec, [laptop])).toEqual({ width: 960, height: 680 });
  });

  it('reopens where it was when that is still on a screen', () => {
    const saved = { x: 1600, y: 100, width: 1000, height: 700 };
    expect(placeWindow(saved, spec, [laptop, rightMonitor])).toEqual(saved);
  });

  it.each([
    ['on a monitor since unplugged', { x: 1600, y: 100, width: 1000, height: 700 }],
    ['with its title bar above the screen', { x: 100, y: -300, width: 1000, height: 700 }],
    ['with only a sliver on screen', { x: 1400, y: 100, width: 1000, height: 700 }],
  ])('falls back to the default when it was %s', (_name, saved) => {
    expect(placeWindow(saved, spec, [laptop])).toEqual({ width: 960, height: 680 });
  });

  it('never opens smaller than the minimum size', () => {
    const saved = { x: 10, y: 10, width: 300, height: 200 };
    expect(placeWindow(saved, spec, [laptop])).toEqual({ x: 10, y: 10, width: 800, height: 600 });
  });

  it('keeps good entries and drops bad ones from a saved file', () => {
    const raw = {
      hosts: { x: 1, y: 2, width: 900, height: 700 },
      settings: { x: 'left', y: 2, width: 900, height: 700 },
      other: { x: 1, y: 2, width: 900, height: 700 },
    };
    expect(parseSavedBounds(raw)).toEqual({ hosts: { x: 1, y: 2, width: 900, height: 700 } });
    expect(parseSavedBounds(null)).toEqual({});
    expect(parseSavedBounds('junk')).toEqual({});
  });
});
