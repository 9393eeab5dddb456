import type { BuildOptions } from 'esbuild';

/** esbuild options of the headless bundle, but its entry and output (headless-bundle.mjs). */
export declare const headlessBundle: BuildOptions;
