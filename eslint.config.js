// Lint rules, including the runtime boundaries of DESIGN.md: no `electron` in the core, the
// headless shell or shared/, and the renderer may import only shared/, its own files and
// browser packages (no Node built-ins, nothing from electron/).
import js from '@eslint/js';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const noElectron = {
  paths: [
    {
      name: 'electron',
      message:
        'electron may only be imported under electron/main and electron/preload (DESIGN.md).',
    },
  ],
  patterns: [
    {
      group: ['electron/*'],
      message: 'electron may only be imported under electron/main and electron/preload.',
    },
  ],
};

// Production code takes z from shared/validators/z.js: zod/mini with zod's English messages.
// Classic zod costs the headless shell ~1.8 MiB at idle and would mix two kinds of schema.
const classicZod = ['zod', 'zod/v4'].map((name) => ({
  name,
  message: "Import z from shared/validators/z.js (zod/mini with zod's English messages).",
}));

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-electron/',
      'release/',
      'test-results/',
      'playwright-report/',
      '.ci-out/',
      'test/fixtures/lint/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: [
      'electron/**/*.ts',
      'scripts/**/*.mjs',
      'bin/**/*.mjs',
      'test/**/*.ts',
      'bench/**/*.ts',
      '*.config.ts',
      '*.config.js',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/headless/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [...noElectron.paths, ...classicZod], patterns: noElectron.patterns },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: classicZod }] },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...noElectron.paths,
            ...classicZod,
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'shared/ runs in every runtime: no Node built-ins.',
            })),
          ],
          patterns: [
            ...noElectron.patterns,
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ depends on nothing of the app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...noElectron.paths,
            ...classicZod,
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'The renderer has no Node: talk to the app through window.dnsTray.',
            })),
          ],
          patterns: [
            ...noElectron.patterns,
            {
              group: ['**/electron/**', '**/test/**', '**/scripts/**', '**/build/**'],
              message: 'The renderer may import only shared/ and its own files.',
            },
          ],
        },
      ],
    },
  },
);
