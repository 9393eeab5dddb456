import { describe, expect, it } from 'vitest';
import {
  APP_USER_MODEL_ID,
  macSignatureFrom,
  notificationIdentity,
  notificationSupport,
} from '../../../../electron/main/notifications/notification-identity.js';

describe('who notifications come from', () => {
  it('win32: the installer shortcut AppUserModelId, set first thing', () => {
    expect(notificationIdentity('win32')).toEqual({
      appUserModelId: 'io.dnstray.app',
      desktopName: null,
    });
  });
  it('darwin: the bundle id, nothing to set at run time', () => {
    expect(notificationIdentity('darwin')).toEqual({ appUserModelId: null, desktopName: null });
  });
  it('linux: the desktop file', () => {
    expect(notificationIdentity('linux')).toEqual({
      appUserModelId: null,
      desktopName: 'dnstray.desktop',
    });
  });
});

describe('whether notifications can be shown', () => {
  it.each(['darwin', 'win32', 'linux'] as const)('%s: not when the system has none', (platform) => {
    const support = notificationSupport(platform, {
      supported: false,
      macSignature: 'signed',
      shortcutAppUserModelId: APP_USER_MODEL_ID,
    });
    expect(support.shown).toBe(false);
    expect(support.reason).toMatch(/does not support desktop notifications/);
  });

  it('darwin: not from an unsigned build; an ad-hoc or real signature is fine', () => {
    expect(notificationSupport('darwin', { supported: true, macSignature: 'unsigned' })).toEqual({
      shown: false,
      reason: expect.stringMatching(/only from signed apps/),
    });
    for (const macSignature of ['ad-hoc', 'signed', 'unknown'] as const) {
      expect(notificationSupport('darwin', { supported: true, macSignature }).shown).toBe(true);
    }
  });

  it('win32: not without a Start menu shortcut carrying our AppUserModelId', () => {
    for (const shortcut of [null, 'electron.app.Electron']) {
      const support = notificationSupport('win32', {
        supported: true,
        shortcutAppUserModelId: shortcut,
      });
      expect(support).toEqual({ shown: false, reason: expect.stringMatching(/installer/) });
    }
    expect(
      notificationSupport('win32', { supported: true, shortcutAppUserModelId: APP_USER_MODEL_ID }),
    ).toEqual({ shown: true, reason: null });
  });

  it('linux: shown when the system supports them', () => {
    expect(notificationSupport('linux', { supported: true })).toEqual({
      shown: true,
      reason: null,
    });
  });

  it.each([
    ['code object is not signed at all', 'unsigned'],
    ['Executable=/Applications/DNS Tray.app\nSignature=adhoc\nTeamIdentifier=not set', 'ad-hoc'],
    ['Authority=Developer ID Application: DNS Tray (TEAM)\nTeamIdentifier=TEAM', 'signed'],
    ['', 'unknown'],
  ] as const)('reads codesign output "%s" as %s', (output, signature) => {
    expect(macSignatureFrom(output)).toBe(signature);
  });
  it('reads a codesign that did not run as unknown', () => {
    expect(macSignatureFrom(null)).toBe('unknown');
  });
});
