import { migrateSettings } from '../../../shared/settings/settings-migrations.js';
import type { FieldError, Settings } from '../../../shared/settings/settings-schema.js';

export const EXPORT_FORMAT = 'dnstray-settings';

/**
 * Settings as a file the user can keep or move to another machine. Settings never hold
 * secrets, so neither does the export; passwords are entered again after an import.
 */
export function exportSettings(
  settings: Settings,
  now: number,
): { fileName: string; json: string } {
  const day = new Date(now).toISOString().slice(0, 10);
  const document = { format: EXPORT_FORMAT, exportedAt: new Date(now).toISOString(), settings };
  return {
    fileName: `dnstray-settings-${day}.json`,
    json: `${JSON.stringify(document, null, 2)}\n`,
  };
}

export type ImportResult =
  { ok: true; settings: Settings; fromVersion: number } | { ok: false; errors: FieldError[] };

/** Reads an export (or a bare config.json), migrating older versions; errors name the field. */
export function importSettings(json: string): ImportResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return fail('', 'The file is not valid JSON, so it cannot be a DNS Tray settings export.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return fail('', 'The file does not hold a settings object.');
  }
  const record = parsed as Record<string, unknown>;
  if ('format' in record && record.format !== EXPORT_FORMAT) {
    return fail('format', `format: expected "${EXPORT_FORMAT}", this file is something else.`);
  }
  const migrated = migrateSettings('format' in record ? record.settings : record);
  if (!migrated.ok) return { ok: false, errors: migrated.errors };
  return { ok: true, settings: migrated.settings, fromVersion: migrated.from };
}

function fail(field: string, message: string): ImportResult {
  return { ok: false, errors: [{ field, message }] };
}
