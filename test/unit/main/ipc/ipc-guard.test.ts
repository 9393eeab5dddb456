import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../../electron/main/ipc/ipc-guard.js';

const indexUrl = 'file:///app/dist/index.html';
const own = new Set([7]);

describe('IPC sender check', () => {
  it('trusts the main frame of our own window showing our bundle', () => {
    expect(
      isTrustedSender(
        { frameUrl: `${indexUrl}#/hosts`, isMainFrame: true, webContentsId: 7 },
        own,
        indexUrl,
      ),
    ).toBe(true);
  });

  it.each([
    ['a window that is not ours', { frameUrl: indexUrl, isMainFrame: true, webContentsId: 8 }],
    ['a sub-frame', { frameUrl: indexUrl, isMainFrame: false, webContentsId: 7 }],
    ['a remote page', { frameUrl: 'https://evil.example/', isMainFrame: true, webContentsId: 7 }],
    [
      'another local file',
      { frameUrl: 'file:///tmp/evil.html', isMainFrame: true, webContentsId: 7 },
    ],
    ['a destroyed frame', { frameUrl: undefined, isMainFrame: true, webContentsId: 7 }],
  ])('refuses %s', (_name, sender) => {
    expect(isTrustedSender(sender, own, indexUrl)).toBe(false);
  });
});
