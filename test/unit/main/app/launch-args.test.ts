import { describe, expect, it } from 'vitest';
import {
  initialWindow,
  windowForSecondInstance,
} from '../../../../electron/main/app/launch-args.js';

const exe = '/opt/DNS Tray/dnstray';

describe('launch arguments', () => {
  it.each([
    ['a plain start', [exe], false, 'hosts'],
    ['a start from our autostart entry', [exe, '--hidden'], false, null],
    ['a macOS login item', [exe], true, null],
    ['a named window', [exe, '--open=settings'], false, 'settings'],
    ['a named window at login', [exe, '--hidden', '--open=activity'], true, 'activity'],
    ['an unknown window name', [exe, '--open=../../etc'], false, 'hosts'],
  ] as const)('shows the right window for %s', (_name, argv, atLogin, expected) => {
    expect(initialWindow(argv, atLogin)).toBe(expected);
  });

  it('always shows a window when launched again while running', () => {
    expect(windowForSecondInstance([exe, '--hidden'])).toBe('hosts');
    expect(windowForSecondInstance([exe, '--open=domains'])).toBe('domains');
  });
});
