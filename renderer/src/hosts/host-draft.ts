import {
  HostSchema,
  PREMIUM_ONLY_TYPES,
  type DesiredRecord,
  type Host,
  type RecordType,
} from '../../../shared/records/desired-records.js';
import { AddressFromSchema, type AddressFrom } from '../../../shared/records/address-from.js';
import { checkRecordAddress } from '../../../shared/validators/address-ranges.js';
import {
  checkHostLabel,
  checkHostname,
  checkMxPreference,
  checkTxt,
  MAX_MX_RECORDS,
  parseMxPreference,
  toHostLabel,
} from '../../../shared/validators/dns.js';

/**
 * A host as the editor holds it: every value is the text the user typed, so a half-typed
 * preference or address is kept as is and judged, field by field, with the shared validators.
 */
export interface MxEntryDraft {
  key: string;
  target: string;
  preference: string;
}
export type RecordDraft =
  | {
      key: string;
      type: 'A' | 'AAAA';
      mode: 'follow' | 'fixed';
      value: string;
      /** Where a followed address comes from; absent means the public address. */
      from?: AddressFrom;
    }
  | { key: string; type: 'CNAME' | 'TXT'; value: string }
  | { key: string; type: 'MX'; entries: MxEntryDraft[] };

export interface HostDraft {
  id: string;
  accountId: string;
  label: string;
  enabled: boolean;
  records: RecordDraft[];
}

/** Field key -> message. Keys: "label", "accountId", "records", "<recordKey>.value", ... */
export type DraftErrors = Record<string, string>;

export const RECORD_TYPES: readonly RecordType[] = ['A', 'AAAA', 'CNAME', 'TXT', 'MX'];
export const PREMIUM_REASON = 'CNAME, TXT and MX records need a Premium freedns.io account.';

let counter = 0;
/** Keys only tie React rows and error messages to a draft item; they are never saved. */
export function newKey(prefix = 'k'): string {
  counter += 1;
  return `${prefix}${counter}`;
}

export function isPremiumOnly(type: RecordType): boolean {
  return PREMIUM_ONLY_TYPES.includes(type);
}

export function emptyRecord(type: RecordType): RecordDraft {
  const key = newKey('r');
  switch (type) {
    case 'A':
    case 'AAAA':
      return { key, type, mode: 'follow', value: '' };
    case 'CNAME':
    case 'TXT':
      return { key, type, value: '' };
    case 'MX':
      return { key, type, entries: [{ key: newKey('m'), target: '', preference: '10' }] };
  }
}

export function hostToDraft(host: Host): HostDraft {
  return {
    id: host.id,
    accountId: host.accountId,
    label: host.label,
    enabled: host.enabled,
    records: host.records.map(recordToDraft),
  };
}

function recordToDraft(record: DesiredRecord): RecordDraft {
  const key = newKey('r');
  switch (record.type) {
    case 'A':
    case 'AAAA':
      return record.mode === 'follow'
        ? {
            key,
            type: record.type,
            mode: 'follow',
            value: '',
            ...(record.from && { from: record.from }),
          }
        : { key, type: record.type, mode: 'fixed', value: record.value };
    case 'CNAME':
    case 'TXT':
      return { key, type: record.type, value: record.value };
    case 'MX':
      return {
        key,
        type: 'MX',
        entries: record.entries.map((entry) => ({
          key: newKey('m'),
          target: entry.target,
          preference: String(entry.preference),
        })),
      };
  }
}

export interface DraftContext {
  /** Labels of the account's other hosts, to refuse a duplicate. */
  otherLabels: readonly string[];
  tier: 'free' | 'premium';
}

/** Every problem of the draft, keyed by the field that shows it; empty when it can be saved. */
export function validateHostDraft(draft: HostDraft, context: DraftContext): DraftErrors {
  const errors: DraftErrors = {};
  const label = toHostLabel(draft.label);
  const labelProblem = checkHostLabel(label);
  if (labelProblem) errors.label = labelProblem;
  else if (context.otherLabels.some((other) => other.toLowerCase() === label.toLowerCase()))
    errors.label = `This account already has a host named "${label}".`;
  if (!draft.accountId) errors.accountId = 'Choose the freedns.io account that owns the host.';
  if (draft.records.length === 0) errors.records = 'Add at least one record.';
  for (const record of draft.records) Object.assign(errors, validateRecord(record, context.tier));
  if (Object.keys(errors).length === 0) {
    // A new host gets its id only when saved; the rules checked here are about its records.
    const parsed = HostSchema.safeParse({ ...draftToHost(draft), id: draft.id || 'new-host' });
    if (!parsed.success) errors.records = parsed.error.issues[0]?.message ?? 'Check the records.';
  }
  return errors;
}

function validateRecord(record: RecordDraft, tier: 'free' | 'premium'): DraftErrors {
  const errors: DraftErrors = {};
  if (tier === 'free' && isPremiumOnly(record.type)) errors[`${record.key}.type`] = PREMIUM_REASON;
  const put = (field: string, problem: string | null) => {
    if (problem) errors[`${record.key}.${field}`] = problem;
  };
  switch (record.type) {
    case 'A':
      if (record.mode === 'fixed') put('value', checkRecordAddress('ipv4', record.value.trim()));
      else put('from', problemOfFrom(record.from));
      break;
    case 'AAAA':
      if (record.mode === 'fixed') put('value', checkRecordAddress('ipv6', record.value.trim()));
      else put('from', problemOfFrom(record.from));
      break;
    case 'CNAME':
      put('value', checkHostname(record.value.trim()));
      break;
    case 'TXT':
      put('value', checkTxt(record.value));
      break;
    case 'MX':
      validateMx(record.entries, put);
      break;
  }
  return errors;
}

function validateMx(
  entries: readonly MxEntryDraft[],
  put: (field: string, problem: string | null) => void,
): void {
  if (entries.length === 0) put('entries', 'Add at least one mail server.');
  if (entries.length > MAX_MX_RECORDS)
    put('entries', `A host has at most ${MAX_MX_RECORDS} MX records.`);
  const seen = new Set<string>();
  for (const entry of entries) {
    const target = entry.target.trim();
    const key = target.toLowerCase().replace(/\.$/, '');
    put(
      `${entry.key}.target`,
      checkHostname(target) ?? (seen.has(key) ? 'This mail server is listed twice.' : null),
    );
    seen.add(key);
    const preference = parseMxPreference(entry.preference);
    put(
      `${entry.key}.preference`,
      Number.isNaN(preference)
        ? 'The preference is a whole number from 0 to 65535.'
        : checkMxPreference(preference),
    );
  }
}

/** The host to save; call only when validateHostDraft found nothing. */
export function draftToHost(draft: HostDraft): Host {
  return {
    id: draft.id,
    accountId: draft.accountId,
    label: toHostLabel(draft.label),
    enabled: draft.enabled,
    records: draft.records.map(draftToRecord),
  };
}

function draftToRecord(record: RecordDraft): DesiredRecord {
  switch (record.type) {
    case 'A':
    case 'AAAA':
      return record.mode === 'follow'
        ? { type: record.type, mode: 'follow', ...fromOfDraft(record.from) }
        : record.type === 'A'
          ? { type: 'A', mode: 'fixed', value: record.value.trim() }
          : { type: 'AAAA', mode: 'fixed', value: record.value.trim() };
    case 'CNAME':
      return { type: 'CNAME', value: record.value.trim() };
    case 'TXT':
      return { type: 'TXT', value: record.value };
    case 'MX':
      return {
        type: 'MX',
        entries: record.entries.map((entry) => ({
          target: entry.target.trim(),
          preference: parseMxPreference(entry.preference),
        })),
      };
  }
}

/** A host id that no other host has, derived from the label so the settings file reads well. */
export function chooseHostId(label: string, accountId: string, taken: readonly string[]): string {
  const base = `${accountId}-${toHostLabel(label)}`.toLowerCase().replace(/[^a-z0-9_-]/g, '-');
  const trimmed = base.slice(0, 36) || 'host';
  let id = trimmed;
  for (let n = 2; taken.includes(id); n += 1) id = `${trimmed}-${n}`;
  return id;
}

/** `from` as saved: absent for the public address, the interface name trimmed. */
function fromOfDraft(from: AddressFrom | undefined): { from?: AddressFrom } {
  if (!from || from.kind === 'public') return {};
  return { from: from.kind === 'interface' ? { kind: 'interface', name: from.name.trim() } : from };
}

function problemOfFrom(from: AddressFrom | undefined): string | null {
  const saved = fromOfDraft(from).from;
  if (!saved) return null;
  const parsed = AddressFromSchema.safeParse(saved);
  return parsed.success
    ? null
    : (parsed.error.issues[0]?.message ?? 'Check where the address comes from.');
}

/**
 * The core's refusals of this host's `from` (`hosts.N.records.M.from.*`), keyed like the
 * draft's own errors so they show on the record's "Address from" field.
 */
export function fromErrorsOf(error: unknown, draft: HostDraft, hostIndex: number): DraftErrors {
  const found: DraftErrors = {};
  const list = (error as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(list)) return found;
  for (const item of list as { field?: unknown; message?: unknown }[]) {
    if (typeof item.field !== 'string' || typeof item.message !== 'string') continue;
    const match = /^hosts\.(\d+)\.records\.(\d+)\.from(?:\.|$)/.exec(item.field);
    if (!match || Number(match[1]) !== hostIndex) continue;
    const record = draft.records[Number(match[2])];
    const message = item.message.startsWith(`${item.field}: `)
      ? item.message.slice(item.field.length + 2)
      : item.message;
    if (record) found[`${record.key}.from`] ??= message;
  }
  return found;
}
