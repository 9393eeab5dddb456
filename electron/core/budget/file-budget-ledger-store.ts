import { mkdir, readFile, rename, writeFile, open } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { BudgetLedgerStore, LedgerEntry } from './request-budget.js';

const LedgerFileSchema = z.object({
  version: z.literal(1),
  entries: z.array(
    z.object({
      id: z.number().int(),
      at: z.number(),
      hostId: z.string(),
      kind: z.enum(['update', 'request', 'quota-used', 'rate-limited']),
    }),
  ),
});

/**
 * The ledger as a JSON file, replaced atomically (write, fsync, rename) so a crash leaves
 * either the old or the new ledger. An unreadable ledger is refused loudly rather than read
 * as empty, because an empty ledger would allow exceeding the quotas.
 */
export function createFileBudgetLedgerStore(file: string): BudgetLedgerStore {
  return {
    async load() {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        if ((error as { code?: string }).code === 'ENOENT') return [];
        throw error;
      }
      const parsed = LedgerFileSchema.safeParse(safeJson(text));
      if (!parsed.success)
        throw new Error(`The request ledger ${file} is damaged; move it aside to start a new one.`);
      return parsed.data.entries;
    },
    async save(entries: readonly LedgerEntry[]) {
      await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      const temporary = `${file}.tmp`;
      await writeFile(temporary, JSON.stringify({ version: 1, entries }), { mode: 0o600 });
      const handle = await open(temporary, 'r');
      await handle.sync();
      await handle.close();
      await rename(temporary, file);
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
