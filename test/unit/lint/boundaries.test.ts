import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: root });

async function restrictedImportErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('runtime boundaries are enforced by lint', () => {
  it.each([
    ['electron/core/some-module.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    [
      'electron/headless/some-module.ts',
      "import { app } from 'electron';\nexport const a = app;\n",
    ],
    ['shared/some-module.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    [
      'shared/some-module.ts',
      "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
    ],
    [
      'renderer/src/some-module.ts',
      "import { readFileSync } from 'fs';\nexport const r = readFileSync;\n",
    ],
    [
      'renderer/src/some-module.ts',
      "import { createCore } from '../../electron/core/create-core.js';\nexport const c = createCore;\n",
    ],
    [
      'renderer/src/some-module.ts',
      "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n",
    ],
  ])('fails %s importing what it must not', async (file, code) => {
    const errors = await restrictedImportErrors(file, code);
    expect(errors.length).toBe(1);
  });

  it.each([
    ['electron/main/some-module.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    [
      'renderer/src/some-module.ts',
      "import { channels } from '../../shared/contract/index.js';\nexport const c = channels;\n",
    ],
    [
      'electron/core/some-module.ts',
      "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
    ],
  ])('allows %s its own imports', async (file, code) => {
    expect(await restrictedImportErrors(file, code)).toEqual([]);
  });
});
