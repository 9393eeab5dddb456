import { mkdir, open, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { AppliedHost, AppliedRecordStore } from './sync-ports.js';

const AppliedHostSchema = z.object({
  records: z.object({
    A: z.string().optional(),
    AAAA: z.string().optional(),
    CNAME: z.string().optional(),
    TXT: z.string().optional(),
    MX: z.array(z.object({ target: z.string(), preference: z.number() })).optional(),
  }),
  lastUpdateAt: z.partialRecord(z.enum(['A', 'AAAA', 'CNAME', 'TXT', 'MX']), z.number()),
  paused: z
    .object({
      fingerprint: z.string(),
      reason: z.string(),
      serverMessage: z.string(),
      at: z.number(),
    })
    .optional(),
});
const FileSchema = z.object({
  version: z.literal(1),
  hosts: z.record(z.string(), AppliedHostSchema),
});

/**
 * Applied values as one JSON file, replaced atomically. A damaged file is refused loudly:
 * reading it as empty would resend every record and spend the day's updates.
 */
export function createFileAppliedRecordStore(file: string): AppliedRecordStore {
  let cache: Record<string, AppliedHost> | null = null;

  async function load(): Promise<Record<string, AppliedHost>> {
    if (cache) return cache;
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as { code?: string }).code !== 'ENOENT') throw error;
      return (cache = {});
    }
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      // reported below
    }
    const parsed = FileSchema.safeParse(json);
    if (!parsed.success)
      throw new Error(`The applied-records file ${file} is damaged; move it aside to start over.`);
    return (cache = parsed.data.hosts as Record<string, AppliedHost>);
  }

  return {
    async get(hostId) {
      const hosts = await load();
      return hosts[hostId] ? structuredClone(hosts[hostId]) : undefined;
    },
    async set(hostId, applied) {
      const hosts = { ...(await load()), [hostId]: structuredClone(applied) };
      await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      const temporary = `${file}.tmp`;
      await writeFile(temporary, JSON.stringify({ version: 1, hosts }), { mode: 0o600 });
      const handle = await open(temporary, 'r');
      await handle.sync();
      await handle.close();
      await rename(temporary, file);
      cache = hosts;
    },
  };
}
