import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface AppPaths {
  /** file:// URL of the one renderer bundle; windows add a hash route. */
  indexUrl: string;
  preload: string;
  iconsDir: string;
}

/** Where the built app finds its parts: main.js and preload.cjs sit in dist-electron/. */
export function appPaths(mainModuleUrl: string): AppPaths {
  const here = path.dirname(fileURLToPath(mainModuleUrl));
  const root = path.join(here, '..');
  return {
    indexUrl: pathToFileURL(path.join(root, 'dist', 'index.html')).toString(),
    preload: path.join(here, 'preload.cjs'),
    iconsDir: path.join(root, 'build', 'icons'),
  };
}
