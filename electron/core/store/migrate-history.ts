import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { z } from '../../../shared/validators/z.js';
import { HistoryEventSchema, type HistoryEvent } from '../../../shared/settings/history-event.js';
import type { Clock } from '../ports.js';
import { writeFileAtomic } from './atomic-file.js';
import { diskDocument } from './document-file.js';
import { tryWithFileLock } from './file-lock.js';
import { JsonDocument, type DocumentSpec } from './json-document.js';
import type { StartupNotices } from './startup-notices.js';

export const HISTORY_FILE = 'history.jsonl';
const LEGACY_FILE = 'history.json';

/** The whole-file format before history.jsonl (rewritten on every append). */
function legacySpec(limit: number): DocumentSpec<HistoryEvent[]> {
  return {
    empty: () => [],
    parse(value) {
      const shape = z.object({ events: z.array(z.unknown()) }).safeParse(value);
      if (!shape.success) return { error: 'it is not a DNS Tray history file' };
      // One bad event must not cost the whole log: keep every event that still parses.
      const events = shape.data.events.flatMap((event) => {
        const parsed = HistoryEventSchema.safeParse(event);
        return parsed.success ? [parsed.data] : [];
      });
      const lost = shape.data.events.length - events.length;
      return {
        value: events.slice(-limit),
        dropped: lost > 0 ? [`${lost} damaged event${lost === 1 ? '' : 's'}`] : [],
      };
    },
    serialize: (events) => `${JSON.stringify({ version: 1, events })}\n`,
  };
}

/**
 * Converts an earlier version's history.json into history.jsonl once, keeping the original as
 * history.v1.json with a notice. A damaged one is handled as before (moved aside, named in a
 * notice, its readable events kept), so its original is already kept and is not kept twice.
 */
export function migrateLegacyHistory(options: {
  folder: string;
  clock: Clock;
  notices: StartupNotices;
  limit: number;
}): void {
  const { folder, clock, notices } = options;
  const target = path.join(folder, HISTORY_FILE);
  const legacy = path.join(folder, LEGACY_FILE);
  // Never waits: a live holder of the lock is another DNS Tray converting it right now.
  tryWithFileLock(target, () => {
    if (existsSync(target) || !existsSync(legacy)) return;
    const before = notices.list().length;
    const events = new JsonDocument(
      diskDocument(folder, LEGACY_FILE),
      legacySpec(options.limit),
      clock,
      notices,
    ).read();
    writeFileAtomic(target, events.map((event) => `${JSON.stringify(event)}\n`).join(''));
    if (notices.list().length > before) {
      rmSync(legacy, { force: true });
      return;
    }
    const backup = freeName(path.join(folder, 'history.v1.json'));
    renameSync(legacy, backup);
    notices.add({
      level: 'info',
      file: LEGACY_FILE,
      movedTo: backup,
      message: `The history was converted to ${HISTORY_FILE}, which stays fast however long it grows; the original is kept at ${backup}.`,
    });
  });
}

function freeName(file: string): string {
  for (let attempt = 1; ; attempt++) {
    if (!existsSync(file)) return file;
    file = file.replace(/(-\d+)?\.json$/, `-${attempt}.json`);
  }
}
