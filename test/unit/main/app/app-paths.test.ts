import { describe, expect, it } from 'vitest';
import { appPaths } from '../../../../electron/main/app/app-paths.js';

describe('app paths', () => {
  it('finds the bundle, the preload and the icons from the built main module', () => {
    const paths = appPaths('file:///opt/DNS%20Tray/resources/app.asar/dist-electron/main.js');
    expect(paths).toEqual({
      indexUrl: 'file:///opt/DNS%20Tray/resources/app.asar/dist/index.html',
      preload: '/opt/DNS Tray/resources/app.asar/dist-electron/preload.cjs',
      iconsDir: '/opt/DNS Tray/resources/app.asar/build/icons',
    });
  });
});
