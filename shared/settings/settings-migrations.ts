import type { z } from '../validators/z.js';
import {
  SETTINGS_VERSION,
  SettingsSchema,
  toFieldErrors,
  type FieldError,
  type Settings,
} from './settings-schema.js';
import { DEFAULT_ECHO_SOURCES } from '../engine/default-echo-sources.js';
import { SettingsV1Schema, type SettingsV1 } from './settings-v1.js';

/** The ids that version 1's single logins get once accounts become lists. */
export const V1_FREEDNS_ACCOUNT_ID = 'freedns';
export const V1_FREENOM_ACCOUNT_ID = 'freenom';

export type MigrationResult =
  | { ok: true; settings: Settings; from: number }
  | { ok: false; from: number | null; errors: FieldError[] };

type Step = (data: unknown) => { ok: true; data: unknown } | { ok: false; error: z.core.$ZodError };

/** MIGRATIONS[n] turns a version-n document into a version-(n+1) one. */
const MIGRATIONS: Record<number, Step> = {
  1: (data) => {
    const parsed = SettingsV1Schema.safeParse(data);
    return parsed.success
      ? { ok: true, data: migrateV1ToV2(parsed.data) }
      : { ok: false, error: parsed.error };
  },
};

/** Reads a settings document of any known version and returns it in the current shape. */
export function migrateSettings(raw: unknown): MigrationResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      ok: false,
      from: null,
      errors: [{ field: '', message: 'The settings are not a JSON object.' }],
    };
  }
  const found = (raw as { version?: unknown }).version ?? guessVersion(raw);
  if (typeof found !== 'number' || !Number.isInteger(found) || found < 1) {
    return {
      ok: false,
      from: null,
      errors: [{ field: 'version', message: 'version: not a known settings version.' }],
    };
  }
  if (found > SETTINGS_VERSION) {
    const message = `version: written by a newer DNS Tray (settings version ${found}; this one reads up to ${SETTINGS_VERSION}).`;
    return { ok: false, from: found, errors: [{ field: 'version', message }] };
  }
  let data: unknown = raw;
  for (let version = found; version < SETTINGS_VERSION; version++) {
    const step = MIGRATIONS[version]!(data);
    if (!step.ok) return { ok: false, from: found, errors: toFieldErrors(step.error) };
    data = step.data;
  }
  const parsed = SettingsSchema.safeParse(data);
  return parsed.success
    ? { ok: true, settings: parsed.data, from: found }
    : { ok: false, from: found, errors: toFieldErrors(parsed.error) };
}

const V1_ONLY_KEYS = ['freedns', 'freenom', 'pollIntervalSec', 'sources', 'theme', 'openAtLogin'];

/** A hand-written file may omit `version`: only version 1's own keys make it version 1. */
function guessVersion(raw: object): number {
  return Object.keys(raw).some((key) => V1_ONLY_KEYS.includes(key)) ? 1 : SETTINGS_VERSION;
}

function migrateV1ToV2(v1: SettingsV1): unknown {
  const freedns = v1.freedns
    ? [
        {
          id: V1_FREEDNS_ACCOUNT_ID,
          username: v1.freedns.username,
          tier: v1.freedns.premium ? 'premium' : 'free',
          ...(v1.freedns.endpoint ? { endpoint: v1.freedns.endpoint } : {}),
        },
      ]
    : [];
  const freenom = v1.freenom
    ? [
        {
          id: V1_FREENOM_ACCOUNT_ID,
          email: v1.freenom.email,
          testMode: v1.freenom.testMode,
          ...(v1.freenom.baseUrl ? { baseUrl: v1.freenom.baseUrl } : {}),
        },
      ]
    : [];
  const hosts = v1.hosts.map((host) => ({
    id: host.label.toLowerCase(),
    accountId: V1_FREEDNS_ACCOUNT_ID,
    label: host.label,
    enabled: host.enabled,
    records: [
      ...(host.ipv4 ? [{ type: 'A', mode: 'follow' }] : []),
      ...(host.ipv6 ? [{ type: 'AAAA', mode: 'follow' }] : []),
    ],
  }));
  // Version 1 only knew IPv4 echo services answering in plain text.
  const sources = v1.sources.map((url, index) => ({
    id: `v1-source-${index + 1}`,
    name: `Source ${index + 1}`,
    family: 'ipv4',
    url,
    format: 'plain',
  }));
  return {
    version: 2,
    accounts: { freedns, freenom },
    hosts,
    engine: {
      pollSeconds: Math.min(Math.max(v1.pollIntervalSec, 15), 86_400),
      // Listing sources replaces the built-in ones, so the IPv6 ones are kept, and one IPv4
      // source of its own must be enough, as it was in version 1.
      ...(sources.length > 0
        ? {
            sources: [...sources, ...DEFAULT_ECHO_SOURCES.filter((s) => s.family === 'ipv6')],
            agreement: Math.min(2, sources.length),
          }
        : {}),
    },
    startup: { openAtLogin: v1.openAtLogin },
    ui: { theme: v1.theme },
  };
}
