import Conf from 'conf';
import { copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { migrateSettings } from '../../../shared/settings/settings-migrations.js';
import { salvageSettings } from '../../../shared/settings/settings-salvage.js';
import { findUnknownKeys } from '../../../shared/settings/unknown-keys.js';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  type Settings,
} from '../../../shared/settings/settings-schema.js';
import type { Clock } from '../ports.js';
import { moveAside, readJsonFile } from './atomic-file.js';
import { tryWithFileLock, withFileLock } from './file-lock.js';
import { SettingsStore, type SettingsBacking } from './settings-store.js';
import { removeStaleTemporaryFiles } from './stale-temporary-files.js';
import { describeMovedAside, type StartupNotices } from './startup-notices.js';

export const SETTINGS_FILE = 'config.json';

/** Creates the shell's backing on `<folder>/config.json` (conf here, electron-store in Electron). */
export type OpenBacking = (folder: string) => SettingsBacking;

export const openConfBacking: OpenBacking = (folder) =>
  new Conf<Record<string, unknown>>({ cwd: folder, configName: 'config', configFileMode: 0o600 });

/**
 * Opens the settings: migrates older versions (keeping a copy of the original), and moves an
 * unusable file aside before the backing library sees it (conf would throw on it), keeping
 * the valid parts when the file is of the current version.
 */
export function openSettingsStore(options: {
  folder: string;
  clock: Clock;
  notices: StartupNotices;
  openBacking?: OpenBacking;
}): SettingsStore {
  const file = path.join(options.folder, SETTINGS_FILE);
  // Never waits at startup: a live holder is writing a whole, valid file right now, and its
  // process already cleaned up and repaired the folder when it started.
  const start = tryWithFileLock(file, () => {
    removeStaleTemporaryFiles(options.folder);
    return repairSettingsFile(file, options.clock, options.notices);
  });
  const backing = (options.openBacking ?? openConfBacking)(options.folder);
  const repaired = start.held ? start.value : undefined;
  if (repaired) tryWithFileLock(file, () => (backing.store = repaired));
  return new SettingsStore(backing, (fn) => withFileLock(file, fn));
}

/** Returns the settings to write before opening, or undefined when the file is fine as it is. */
function repairSettingsFile(
  file: string,
  clock: Clock,
  notices: StartupNotices,
): Settings | undefined {
  const read = readJsonFile(file);
  if (read.kind === 'missing') return DEFAULT_SETTINGS;
  if (read.kind === 'unreadable')
    return setAside(file, read.reason, DEFAULT_SETTINGS, 'default settings', clock, notices);
  const migrated = migrateSettings(read.value);
  if (migrated.ok) {
    if (migrated.from === SETTINGS_VERSION) {
      reportUnknownKeys(file, read.value, migrated.settings, clock, notices);
      return undefined;
    }
    const backup = keepOriginal(file, migrated.from);
    notices.add({
      level: 'info',
      file: SETTINGS_FILE,
      movedTo: backup,
      message: `Settings were upgraded from version ${migrated.from} to ${SETTINGS_VERSION}; the original is kept at ${backup}.`,
    });
    return migrated.settings;
  }
  const reason = migrated.errors[0]!.message;
  if (migrated.from === SETTINGS_VERSION) {
    const { settings, dropped } = salvageSettings(read.value as Record<string, unknown>);
    const kept = dropped.includes('(everything)')
      ? 'default settings'
      : `the valid parts of the settings (left out: ${dropped.join(', ')})`;
    return setAside(file, `of invalid values (${reason})`, settings, kept, clock, notices);
  }
  return setAside(
    file,
    `it is not a settings file this DNS Tray can read (${reason})`,
    DEFAULT_SETTINGS,
    'default settings',
    clock,
    notices,
  );
}

function setAside(
  file: string,
  reason: string,
  start: Settings,
  kept: string,
  clock: Clock,
  notices: StartupNotices,
): Settings {
  const movedTo = moveAside(file, clock.now());
  notices.add({
    level: 'warning',
    file: SETTINGS_FILE,
    movedTo,
    message: describeMovedAside(SETTINGS_FILE, reason, movedTo, kept),
  });
  return start;
}

/** Unknown keys would vanish at the next save: keep a copy and say which ones. */
function reportUnknownKeys(
  file: string,
  raw: unknown,
  settings: Settings,
  clock: Clock,
  notices: StartupNotices,
): void {
  const unknown = findUnknownKeys(raw, settings);
  if (unknown.length === 0) return;
  const stamp = new Date(clock.now()).toISOString().replace(/[:.]/g, '-');
  const copy = file.replace(/\.json$/, `.unknown-${stamp}.json`);
  if (!existsSync(copy)) copyFileSync(file, copy);
  notices.add({
    level: 'warning',
    file: SETTINGS_FILE,
    movedTo: copy,
    message: `${SETTINGS_FILE} has settings this DNS Tray does not know (${unknown.join(', ')}); they are ignored and will be dropped at the next change. A copy of the file is kept at ${copy}.`,
  });
}

function keepOriginal(file: string, version: number): string {
  const backup = file.replace(/\.json$/, `.v${version}.json`);
  if (!existsSync(backup)) copyFileSync(file, backup);
  return backup;
}
