import { describe, expect, it } from 'vitest';
import {
  isExternalLink,
  isOwnRendererUrl,
  secureWebPreferences,
  windowOptions,
} from '../../../../electron/main/windows/window-options.js';

const indexUrl = 'file:///opt/DNS%20Tray/resources/app.asar/dist/index.html';

describe('the secure window factory options', () => {
  it('isolates every window: context isolation, sandbox, no Node', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('keeps windows hidden until ready and usable at 800x600', () => {
    const options = windowOptions(
      { title: 'Hosts', width: 960, height: 680, minWidth: 800, minHeight: 600 },
      '/p.cjs',
    );
    expect(options).toMatchObject({ show: false, minWidth: 800, minHeight: 600 });
    expect(options.webPreferences?.sandbox).toBe(true);
  });

  it('allows navigation only within our own bundle', () => {
    expect(isOwnRendererUrl(`${indexUrl}#/settings`, indexUrl)).toBe(true);
    expect(isOwnRendererUrl('https://evil.example/', indexUrl)).toBe(false);
    expect(isOwnRendererUrl('file:///etc/passwd', indexUrl)).toBe(false);
    expect(isOwnRendererUrl('not a url', indexUrl)).toBe(false);
  });
});

describe('window placement and links', () => {
  it('opens at the placement it is given, centred when no position is known', () => {
    const spec = { title: 'Hosts', width: 960, height: 680, minWidth: 800, minHeight: 600 };
    expect(windowOptions(spec, '/p.cjs', { x: 5, y: 6, width: 900, height: 700 })).toMatchObject({
      x: 5,
      y: 6,
      width: 900,
      height: 700,
    });
    const centred = windowOptions(spec, '/p.cjs');
    expect(centred).toMatchObject({ width: 960, height: 680 });
    expect(centred).not.toHaveProperty('x');
  });

  it('turns off middle-click opening (Auxclick) in every window', () => {
    expect(secureWebPreferences('/p.cjs').disableBlinkFeatures).toBe('Auxclick');
  });

  it.each([
    ['https://freedns.io/account', true],
    ['http://freedns.io/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['smb://server/share', false],
    ['not a url', false],
  ])('hands %s to the OS browser: %s', (url, allowed) => {
    expect(isExternalLink(url)).toBe(allowed);
  });
});
