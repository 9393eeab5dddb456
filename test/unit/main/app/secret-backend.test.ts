import { describe, expect, it } from 'vitest';
import {
  chooseSecretBackend,
  describeUnavailableEncryption,
  hasSecretServiceOnBus,
  needsSecretServiceCheck,
  secretBackendInUse,
  type RunCommand,
} from '../../../../electron/main/app/secret-backend.js';

describe('which secret backend keeps passwords', () => {
  it('darwin: the Keychain, win32: DPAPI, never a bus check or a switch', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      expect(needsSecretServiceCheck(platform, {}, [])).toBe(false);
      expect(chooseSecretBackend(platform, true, true)).toEqual({ passwordStore: null });
    }
    expect(secretBackendInUse('darwin', '')).toBe('macos-keychain');
    expect(secretBackendInUse('win32', '')).toBe('windows-dpapi');
  });

  it.each([
    ['i3', { XDG_CURRENT_DESKTOP: 'i3' }],
    ['sway', { XDG_CURRENT_DESKTOP: 'sway' }],
    ['Hyprland', { XDG_CURRENT_DESKTOP: 'Hyprland' }],
    ['a bare session', {}],
  ])('linux on %s: asks the bus, and uses the Secret Service when it has an owner', (_n, env) => {
    expect(needsSecretServiceCheck('linux', env, ['dnstray'])).toBe(true);
    expect(chooseSecretBackend('linux', true, true)).toEqual({ passwordStore: 'gnome-libsecret' });
    expect(chooseSecretBackend('linux', true, false)).toEqual({ passwordStore: null });
  });

  it.each([
    ['GNOME (ubuntu:GNOME)', { XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' }],
    ['KDE', { XDG_CURRENT_DESKTOP: 'KDE', KDE_SESSION_VERSION: '6' }],
    ['XFCE', { XDG_CURRENT_DESKTOP: 'XFCE' }],
  ])('linux on %s: leaves it to Chromium (KWallet included)', (_n, env) => {
    expect(needsSecretServiceCheck('linux', env, [])).toBe(false);
    expect(chooseSecretBackend('linux', false, true)).toEqual({ passwordStore: null });
  });

  it('linux: an explicit --password-store from the user wins', () => {
    expect(needsSecretServiceCheck('linux', {}, ['--password-store=basic'])).toBe(false);
  });

  it.each([
    ['gnome_libsecret', 'secret-service'],
    ['kwallet5', 'kwallet'],
    ['basic_text', 'basic-text'],
  ] as const)('linux: %s is %s', (selected, backend) => {
    expect(secretBackendInUse('linux', selected)).toBe(backend);
  });

  it('names the backend in the "this run only" message', () => {
    expect(describeUnavailableEncryption('basic-text')).toMatch(/basic_text/);
    expect(describeUnavailableEncryption('kwallet')).toMatch(/KWallet did not answer/);
    expect(describeUnavailableEncryption('macos-keychain')).toMatch(/macOS Keychain/);
  });
});

describe('asking the session bus', () => {
  const reply = (answers: Record<string, string | null>): RunCommand => {
    return async (file) => answers[file] ?? null;
  };

  it('reads dbus-send NameHasOwner', async () => {
    const yes = 'method return time=1 sender=org.freedesktop.DBus\n   boolean true\n';
    const no = 'method return time=1 sender=org.freedesktop.DBus\n   boolean false\n';
    expect(await hasSecretServiceOnBus(reply({ 'dbus-send': yes }))).toBe(true);
    expect(await hasSecretServiceOnBus(reply({ 'dbus-send': no }))).toBe(false);
  });

  it('falls back to gdbus, and reads a missing bus or a timeout as "no"', async () => {
    expect(await hasSecretServiceOnBus(reply({ gdbus: '(true,)\n' }))).toBe(true);
    expect(await hasSecretServiceOnBus(reply({ gdbus: '(false,)\n' }))).toBe(false);
    expect(await hasSecretServiceOnBus(reply({}))).toBe(false);
  });
});
