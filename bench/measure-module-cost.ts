import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { row, type BenchRow, type Measurement } from './bench-row.js';
import { repoRoot } from './paths.js';
import { median } from './stats.js';
import { headlessBundle } from '../scripts/headless-bundle.mjs';
import { headlessCommand } from '../scripts/headless-command.mjs';

/**
 * What each part of the headless shell costs in resident memory, loaded the way the shipped
 * bundle loads it (esbuild, packages bundled). Parts are added in the order a profile meets
 * them; a part's cost is what it adds to the parts before it (shared Node internals count
 * once, where first loaded), each figure the median of RUNS fresh processes.
 */
const PARTS: readonly { id: string; name: string; imports: string[] }[] = [
  { id: 'node', name: 'Node and the ESM loader (an empty bundle)', imports: [] },
  {
    id: 'schemas',
    name: 'zod/mini and the shared contract and settings schemas',
    imports: [
      'shared/validators/z.ts',
      'shared/contract/index.ts',
      'shared/settings/settings-schema.ts',
    ],
  },
  {
    id: 'undici',
    name: 'undici, the parts the shell imports (every HTTP request)',
    imports: ['electron/core/http/undici-parts.ts'],
  },
  {
    id: 'stores',
    name: 'Settings, history and secrets stores (conf)',
    imports: ['electron/core/store/open-stores.ts'],
  },
  {
    id: 'core',
    name: 'Engine, sources, sync, DNS checks, monitoring, core',
    imports: ['electron/core/create-core.ts'],
  },
  {
    id: 'server',
    name: 'Headless server and routes',
    imports: ['electron/headless/server.ts', 'electron/headless/monitoring-routes.ts'],
  },
  { id: 'xml', name: 'XML parser (router SOAP answers, Freenom)', imports: ['fast-xml-parser'] },
  {
    id: 'domains',
    name: 'Domains and the Freenom client (a Freenom account)',
    imports: ['electron/core/domains/domains-api.ts'],
  },
  {
    id: 'router',
    name: 'UPnP/NAT-PMP discovery (router on, no control URL)',
    imports: ['@achingbrain/nat-port-mapper', 'default-gateway'],
  },

  { id: 'metrics', name: 'prom-client (at the first /metrics scrape)', imports: ['prom-client'] },
  {
    id: 'dns',
    name: 'dns-packet (DNS checks on)',
    imports: ['electron/core/verify/dns-transport.ts'],
  },
];
const RUNS = 3;
const command = headlessCommand(repoRoot);
/** The #! line's Node flags (its last argument is the bin file itself). */
const flags = command.args.slice(0, -1);
const work = path.join(repoRoot, 'node_modules', '.cache', 'dnstray-bench-parts');

export const moduleCost: Measurement = {
  id: 'headless.parts',
  title: 'Resident memory per part of the headless shell',
  async run(): Promise<BenchRow[]> {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    try {
      const totals: number[] = [];
      for (let i = 0; i < PARTS.length; i++) totals.push(await measureUpTo(i));
      return PARTS.map((part, i) =>
        row(
          `headless.parts.${part.id}`,
          i === 0 ? part.name : `+ ${part.name}`,
          i === 0 ? totals[0]! : totals[i]! - totals[i - 1]!,
          'MiB',
          `${i === 0 ? 'RSS' : 'added RSS'}, median of ${RUNS} fresh processes; all parts up to here: ${totals[i]!.toFixed(1)} MiB`,
        ),
      );
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
};

async function measureUpTo(last: number): Promise<number> {
  const specifiers = PARTS.slice(0, last + 1).flatMap((part) => part.imports);
  const lines = specifiers.map((spec, i) => {
    const from = spec.includes('/') && !spec.startsWith('@') ? path.join(repoRoot, spec) : spec;
    return `import * as m${i} from ${JSON.stringify(from)};`;
  });
  // Keep every namespace: a package marked side-effect free would otherwise be dropped.
  lines.push(`globalThis.parts = [${specifiers.map((_, i) => `m${i}`).join(', ')}];`);
  lines.push(
    'await new Promise((r) => setTimeout(r, 300)); globalThis.gc(); console.log(process.memoryUsage().rss);',
  );
  const entry = path.join(work, `parts-${last}.ts`);
  const outdir = path.join(work, `parts-${last}`);
  writeFileSync(entry, lines.join('\n'));
  // One file, built as the shipped bundle is: what the parts load with import() is not run.
  await build({
    ...headlessBundle,
    entryPoints: { parts: entry },
    outdir,
    outExtension: { '.js': '.mjs' },
    logLevel: 'error',
  });
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    // With the Node flags and environment the installed command starts the shell with.
    const out = execFileSync(
      process.execPath,
      [...flags, '--expose-gc', path.join(outdir, 'parts.mjs')],
      {
        encoding: 'utf8',
        env: { ...process.env, ...command.env },
      },
    );
    samples.push(Number(out.trim()) / 1024 / 1024);
  }
  return median(samples);
}
