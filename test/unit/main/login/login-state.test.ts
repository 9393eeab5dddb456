import { describe, expect, it } from 'vitest';
import {
  isLoginItemOn,
  loginBackend,
  loginItemQueryFor,
  loginItemSettingsFor,
  wasStartedAtLogin,
  type LoginItemFacts,
} from '../../../../electron/main/login/login-state.js';

const exe = 'C:\\Program Files\\DNS Tray\\DNS Tray.exe';
type LaunchItem = Electron.LoginItemSettings['launchItems'][number];
const runKey = (enabled: boolean): LaunchItem => ({
  name: 'io.dnstray.app',
  path: exe,
  args: ['--hidden'],
  scope: 'user',
  enabled,
});
const facts = (overrides: Partial<LoginItemFacts>): LoginItemFacts => ({
  openAtLogin: false,
  executableWillLaunchAtLogin: false,
  launchItems: [],
  ...overrides,
});

describe('where start at login is kept', () => {
  it.each([
    ['darwin', 'login-item'],
    ['win32', 'login-item'],
    ['linux', 'xdg-autostart'],
  ] as const)('%s uses %s', (platform, backend) => {
    expect(loginBackend(platform)).toBe(backend);
  });
});

describe('whether start at login is on', () => {
  it('win32: a Run key switched off in Task Manager reads as off, though openAtLogin says on', () => {
    const disabled = facts({ openAtLogin: true, launchItems: [runKey(false)] });
    expect(isLoginItemOn('win32', disabled)).toBe(false);
    expect(isLoginItemOn('win32', facts({ openAtLogin: true, launchItems: [runKey(true)] }))).toBe(
      true,
    );
  });

  it('win32: without launch items, executableWillLaunchAtLogin decides', () => {
    expect(isLoginItemOn('win32', facts({ openAtLogin: true }))).toBe(false);
    expect(isLoginItemOn('win32', facts({ executableWillLaunchAtLogin: true }))).toBe(true);
  });

  it('darwin: openAtLogin is the truth', () => {
    expect(isLoginItemOn('darwin', facts({ openAtLogin: true }))).toBe(true);
    expect(
      isLoginItemOn('darwin', facts({ openAtLogin: false, launchItems: [runKey(true)] })),
    ).toBe(false);
  });
});

describe('what is written to the login item', () => {
  it('win32 starts this executable hidden, and reads back with the same path and args', () => {
    expect(loginItemSettingsFor('win32', true, exe)).toEqual({
      openAtLogin: true,
      path: exe,
      args: ['--hidden'],
    });
    expect(loginItemQueryFor('win32', exe)).toEqual({ path: exe, args: ['--hidden'] });
  });

  it('darwin passes no args (macOS ignores them and reports wasOpenedAtLogin)', () => {
    expect(loginItemSettingsFor('darwin', false, '/Applications/DNS Tray.app')).toEqual({
      openAtLogin: false,
    });
    expect(loginItemQueryFor('darwin', '/x')).toEqual({});
  });
});

describe('whether this run was started at login', () => {
  it('darwin asks macOS and ignores argv', () => {
    expect(wasStartedAtLogin('darwin', ['--hidden'], () => false)).toBe(false);
    expect(wasStartedAtLogin('darwin', [], () => true)).toBe(true);
  });

  it.each(['win32', 'linux'] as const)('%s reads --hidden from argv', (platform) => {
    expect(wasStartedAtLogin(platform, ['dnstray', '--hidden'], () => false)).toBe(true);
    expect(wasStartedAtLogin(platform, ['dnstray'], () => true)).toBe(false);
  });
});
