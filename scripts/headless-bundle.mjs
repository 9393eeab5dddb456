// How the headless shell is bundled (esbuild options but the entry and output), in one place
// for scripts/build-electron.mjs and the bench's memory-per-part row.
import { fileURLToPath } from 'node:url';

// Package parts the shell never uses but that run or stay resident when bundled: each import
// resolves to a stub in bundle-stubs/ that says why (and fails loudly where it would be used).
const STUBS = [
  {
    filter: /^(ajv\/dist\/2020\.js|ajv-formats)$/,
    importer: /node_modules\/conf\//,
    stub: 'conf-ajv.mjs',
  },
  { filter: /^semver$/, importer: /node_modules\/conf\//, stub: 'conf-semver.mjs' },
  { filter: /\/locales\/index\.js$/, importer: /node_modules\/zod\//, stub: 'zod-locales.mjs' },
  { filter: /^node:http2$/, importer: /node_modules\/undici\//, stub: 'undici-http2.mjs' },
];
const unusedParts = {
  name: 'unused-parts',
  setup(esbuild) {
    for (const { filter, importer, stub } of STUBS) {
      const path = fileURLToPath(new URL(`./bundle-stubs/${stub}`, import.meta.url));
      esbuild.onResolve({ filter }, (args) =>
        importer.test(args.importer) ? { path } : undefined,
      );
    }
  },
};

// The headless shell bundles its packages: about 14 MiB less resident than loading
// node_modules one file at a time (issue 16). Not split into chunks: measured, chunks cost
// ~13 MiB more at idle; what a profile imports lazily is still only run when first used.
// nat-port-mapper stays external: its ssdp reads its own package.json.
// Whitespace and comments minified (names kept; the source map still maps): V8 keeps the
// whole source resident, and a comment's dash or quote made it two bytes a character,
// 5.2 MiB where 1.9 MiB now does (one byte a character, Latin-1 only).
export const headlessBundle = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  minifyWhitespace: true,
  external: ['@achingbrain/nat-port-mapper'],
  plugins: [unusedParts],
  // Bundled CommonJS (undici, prom-client...) calls require() for Node's own modules.
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
};
