// Bundles the Electron main process (ESM), the sandboxed preload (one CJS file, only
// `electron` external) and the headless shell (ESM, plain Node) into dist-electron/.
import { build } from 'esbuild';

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
  // The headless shell bundles its packages: about 14 MiB less resident than loading
  // node_modules one file at a time (issue 16). Not split into chunks: measured, chunks cost
  // ~13 MiB more at idle; what a profile imports lazily is still only run when first used.
  // nat-port-mapper stays external: its ssdp reads its own package.json.
  // Whitespace and comments minified (names kept; the source map still maps): V8 keeps the
  // whole source resident, and a comment's dash or quote made it two bytes a character,
  // 5.2 MiB where 1.9 MiB now does (one byte a character, Latin-1 only).
  build({
    ...common,
    entryPoints: { headless: 'electron/headless/main.ts' },
    format: 'esm',
    minifyWhitespace: true,
    external: ['@achingbrain/nat-port-mapper'],
    // Bundled CommonJS (undici, prom-client...) calls require() for Node's own modules.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
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
