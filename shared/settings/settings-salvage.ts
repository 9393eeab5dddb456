import { HostSchema } from '../records/desired-records.js';
import {
  FreednsAccountSchema,
  FreenomAccountSchema,
  SettingsSchema,
  type Settings,
} from './settings-schema.js';

export interface SalvageResult {
  settings: Settings;
  /** The fields that could not be kept ("hosts.2", "engine"), for the startup notice. */
  dropped: string[];
}

const SECTIONS = ['engine', 'notifications', 'startup', 'ui'] as const;

/**
 * Keeps what is still good in a current-version document that fails validation as a whole:
 * each section that parses on its own, and each account or host that does. Hosts whose
 * account was dropped go too, since they could not be updated anyway.
 */
export function salvageSettings(data: Record<string, unknown>): SalvageResult {
  const dropped: string[] = [];
  const keepItems = <T>(
    field: string,
    value: unknown,
    parse: (item: unknown) => T | undefined,
  ): T[] => {
    if (!Array.isArray(value)) {
      if (value !== undefined) dropped.push(field);
      return [];
    }
    return value.flatMap((item, index) => {
      const kept = parse(item);
      if (kept === undefined) dropped.push(`${field}.${index}`);
      return kept === undefined ? [] : [kept];
    });
  };
  const accounts = (typeof data.accounts === 'object' && data.accounts) || {};
  const freedns = keepItems(
    'accounts.freedns',
    (accounts as Record<string, unknown>).freedns,
    (item) => FreednsAccountSchema.safeParse(item).data,
  );
  const freenom = keepItems(
    'accounts.freenom',
    (accounts as Record<string, unknown>).freenom,
    (item) => FreenomAccountSchema.safeParse(item).data,
  );
  const accountIds = new Set(freedns.map((account) => account.id));
  const hosts = keepItems('hosts', data.hosts, (item) => {
    const host = HostSchema.safeParse(item).data;
    return host && accountIds.has(host.accountId) ? host : undefined;
  });
  const candidate: Record<string, unknown> = {
    accounts: {
      freedns: dedupe(freedns, 'accounts.freedns', dropped),
      freenom: dedupe(freenom, 'accounts.freenom', dropped),
    },
    hosts: dedupe(hosts, 'hosts', dropped),
  };
  for (const section of SECTIONS) {
    const parsed = SettingsSchema.shape[section].safeParse(data[section]);
    if (parsed.success) candidate[section] = parsed.data;
    else dropped.push(section);
  }
  const whole = SettingsSchema.safeParse(candidate);
  if (whole.success) return { settings: whole.data, dropped };
  return { settings: SettingsSchema.parse({}), dropped: ['(everything)'] };
}

function dedupe<T extends { id: string }>(items: T[], field: string, dropped: string[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.id.toLowerCase();
    if (seen.has(key)) dropped.push(`${field} "${item.id}" (duplicate)`);
    const first = !seen.has(key);
    seen.add(key);
    return first;
  });
}
