import type { Host, RecordType } from '../../../shared/records/desired-records.js';
import { familyLabel, familyOfRecord } from '../../../shared/engine/family-label.js';
import type { AddressFamily } from '../../../shared/validators/dns.js';
import type { FreednsOperation } from '../freedns-io/index.js';
import type { Detection } from '../public-ip/detect-address.js';
import type { AppliedHost, MxEntry } from './sync-ports.js';

/**
 * One step of a host's plan. `matched`: nothing to send. `waiting`: the value depends on an
 * address that is not known. `send`: one request, and how the applied values change when
 * freedns.io accepts it.
 */
export type PlanItem =
  | { kind: 'matched'; record: RecordType; entry?: string; value: string }
  | { kind: 'waiting'; record: RecordType; reason: string }
  | {
      kind: 'send';
      record: RecordType;
      /** MX: the entry (its target) this step is about; outcomes are told apart by it. */
      entry?: string;
      operation: FreednsOperation;
      value: string;
      /** Set for A/AAAA that follow the public address: subject to the stability rule. */
      follows?: AddressFamily;
      apply(applied: AppliedHost['records']): AppliedHost['records'];
    };

export type Detections = Partial<Record<AddressFamily, Detection>>;

/** Compares the desired records of a host with what was last applied; nothing sent on a match. */
export function planHost(
  host: Host,
  detections: Detections,
  applied: AppliedHost['records'],
): PlanItem[] {
  const items: PlanItem[] = [];
  const wanted = new Set(host.records.map((record) => record.type));
  for (const record of host.records) {
    switch (record.type) {
      case 'A':
      case 'AAAA': {
        const family = familyOfRecord(record.type);
        if (record.mode === 'fixed')
          items.push(planValue(host, record.type, record.value, applied));
        else items.push(planFollow(host, record.type, family, detections[family], applied));
        break;
      }
      case 'CNAME':
      case 'TXT':
        items.push(planValue(host, record.type, record.value, applied));
        break;
      case 'MX':
        items.push(...planMx(host.label, record.entries, applied.MX ?? []));
        break;
    }
  }
  for (const type of ['A', 'AAAA', 'CNAME', 'TXT'] as const) {
    if (!wanted.has(type) && applied[type] !== undefined) items.push(planDelete(host.label, type));
  }
  if (!wanted.has('MX')) items.push(...planMx(host.label, [], applied.MX ?? []));
  return items;
}

function planFollow(
  host: Host,
  type: 'A' | 'AAAA',
  family: AddressFamily,
  detection: Detection | undefined,
  applied: AppliedHost['records'],
): PlanItem {
  const name = familyLabel(family);
  if (!detection) return { kind: 'waiting', record: type, reason: `${name} is not being checked` };
  switch (detection.state) {
    case 'unknown':
      return {
        kind: 'waiting',
        record: type,
        reason: `${name} address unknown (${detection.reason}); nothing is written`,
      };
    case 'absent':
      return {
        kind: 'waiting',
        record: type,
        reason: `no ${name} connectivity; the record is left as it is`,
      };
    case 'known':
      return {
        ...planValue(host, type, detection.address, applied),
        ...(applied[type] === detection.address ? {} : { follows: family }),
      };
  }
}

function planValue(
  host: Host,
  type: 'A' | 'AAAA' | 'CNAME' | 'TXT',
  value: string,
  applied: AppliedHost['records'],
): PlanItem {
  if (applied[type] === value) return { kind: 'matched', record: type, value };
  const operation: FreednsOperation =
    type === 'CNAME'
      ? { op: 'set-cname', host: host.label, target: value }
      : type === 'TXT'
        ? { op: 'set-txt', host: host.label, text: value }
        : { op: 'set-address', host: host.label, type, value };
  return {
    kind: 'send',
    record: type,
    operation,
    value,
    apply: (records) => ({ ...records, [type]: value }),
  };
}

function planDelete(label: string, type: 'A' | 'AAAA' | 'CNAME' | 'TXT'): PlanItem {
  return {
    kind: 'send',
    record: type,
    operation: { op: 'delete-record', host: label, type },
    value: '(deleted)',
    apply: (records) => {
      const next = { ...records };
      delete next[type];
      return next;
    },
  };
}

const key = (target: string): string => target.toLowerCase().replace(/\.$/, '');
export const formatMx = (entry: MxEntry): string => `${entry.preference} ${entry.target}`;

/** MX is a set: replace where one entry became another, then delete, then add (max 4 at once). */
function planMx(
  label: string,
  desired: readonly MxEntry[],
  applied: readonly MxEntry[],
): PlanItem[] {
  const appliedByKey = new Map(applied.map((entry) => [key(entry.target), entry]));
  const desiredKeys = new Set(desired.map((entry) => key(entry.target)));
  const items: PlanItem[] = [];
  const adds: MxEntry[] = [];
  for (const entry of desired) {
    const old = appliedByKey.get(key(entry.target));
    if (!old) adds.push(entry);
    else if (old.preference !== entry.preference) items.push(mxReplace(label, old, entry));
    else
      items.push({
        kind: 'matched',
        record: 'MX',
        entry: key(entry.target),
        value: formatMx(entry),
      });
  }
  const removes = applied.filter((entry) => !desiredKeys.has(key(entry.target)));
  while (adds.length > 0 && removes.length > 0)
    items.push(mxReplace(label, removes.shift()!, adds.shift()!));
  for (const old of removes)
    items.push({
      kind: 'send',
      record: 'MX',
      entry: key(old.target),
      operation: { op: 'delete-mx', host: label, target: old.target },
      value: `(deleted ${old.target})`,
      apply: (records) => ({
        ...records,
        MX: (records.MX ?? []).filter((e) => key(e.target) !== key(old.target)),
      }),
    });
  for (const entry of adds)
    items.push({
      kind: 'send',
      record: 'MX',
      entry: key(entry.target),
      operation: { op: 'add-mx', host: label, target: entry.target, preference: entry.preference },
      value: formatMx(entry),
      apply: (records) => ({ ...records, MX: [...(records.MX ?? []), entry] }),
    });
  return items;
}

function mxReplace(label: string, old: MxEntry, entry: MxEntry): PlanItem {
  return {
    kind: 'send',
    record: 'MX',
    entry: key(entry.target),
    operation: {
      op: 'replace-mx',
      host: label,
      oldTarget: old.target,
      target: entry.target,
      preference: entry.preference,
    },
    value: formatMx(entry),
    apply: (records) => ({
      ...records,
      MX: (records.MX ?? []).map((e) => (key(e.target) === key(old.target) ? entry : e)),
    }),
  };
}
