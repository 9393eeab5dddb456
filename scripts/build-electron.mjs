// Bundles the Electron main process (ESM), the sandboxed preload (one CJS file, only
// `electron` external) and the headless shell (ESM, plain Node) into dist-electron/.
import { build } from 'esbuild';
import { headlessBundle } from './headless-bundle.mjs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'error',
};

await Promise.all([
  build({
    ...common,
    entryPoints: { main: 'electron/main/main.ts' },
    format: 'esm',
    packages: 'external',
    outdir: 'dist-electron',
  }),
  build({
    ...common,
    ...headlessBundle,
    entryPoints: { headless: 'electron/headless/main.ts' },
    outdir: 'dist-electron',
  }),
  build({
    ...common,
    entryPoints: ['electron/preload/preload.ts'],
    format: 'cjs',
    external: ['electron'],
    outfile: 'dist-electron/preload.cjs',
  }),
]);
