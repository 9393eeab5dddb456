import { describe, expect, it } from 'vitest';
import { canonicalFilePath, isSameFileUrl } from '../../../../electron/main/ipc/sender-url.js';
import { isOwnRendererUrl } from '../../../../electron/main/windows/window-options.js';

const winIndex = 'file:///C:/Program%20Files/DNS%20Tray/resources/app.asar/dist/index.html';
const posixIndex = 'file:///opt/DNS%20Tray/resources/app.asar/dist/index.html';

describe('sender URL equality', () => {
  it.each([
    [
      'a lower-case drive letter',
      'file:///c:/Program%20Files/DNS%20Tray/resources/app.asar/dist/index.html',
    ],
    [
      'escaped letters',
      'file:///C:/Program%20Files/DNS%20Tr%61y/resources/app.asar/dist/index.html',
    ],
    [
      'the legacy C| spelling',
      'file:///C|/Program%20Files/DNS%20Tray/resources/app.asar/dist/index.html',
    ],
    ['a hash route', `${winIndex}#/settings`],
    [
      'file://localhost',
      'file://localhost/C:/Program%20Files/DNS%20Tray/resources/app.asar/dist/index.html',
    ],
  ])('win32: our bundle with %s is our bundle', (_name, url) => {
    expect(isSameFileUrl(url, winIndex, 'win32')).toBe(true);
    expect(isOwnRendererUrl(url, winIndex, 'win32')).toBe(true);
  });

  it.each(['darwin', 'linux'] as const)(
    '%s: escapes are compared decoded, case is not folded',
    (platform) => {
      expect(
        isSameFileUrl(
          'file:///opt/DNS Tray/resources/app.asar/dist/index.html',
          posixIndex,
          platform,
        ),
      ).toBe(true);
      expect(
        isSameFileUrl(
          'file:///opt/dns%20tray/resources/app.asar/dist/index.html',
          posixIndex,
          platform,
        ),
      ).toBe(false);
    },
  );

  it.each(['darwin', 'linux', 'win32'] as const)(
    '%s: another file, a remote page or junk is not ours',
    (platform) => {
      const index = platform === 'win32' ? winIndex : posixIndex;
      expect(isOwnRendererUrl('file:///etc/passwd', index, platform)).toBe(false);
      expect(isOwnRendererUrl('https://evil.example/dist/index.html', index, platform)).toBe(false);
      expect(
        isOwnRendererUrl(
          'file://evil-host/opt/DNS%20Tray/resources/app.asar/dist/index.html',
          index,
          platform,
        ),
      ).toBe(false);
      expect(isOwnRendererUrl('not a url', index, platform)).toBe(false);
      expect(canonicalFilePath('file:///bad%E0%A4%A', platform)).toBeNull();
    },
  );
});
