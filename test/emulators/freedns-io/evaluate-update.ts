import {
  canonicalAddress,
  checkHostname,
  checkIPv4,
  checkIPv6,
  MAX_MX_RECORDS,
} from '../../../shared/validators/dns.js';
import type { FreednsSeed, MessageKey } from './freedns-seed.js';
import type { Account, HostRecords, MxEntry } from './freedns-store.js';

type Vars = Record<string, string | number>;
export type Verdict =
  | { kind: 'fail'; key: MessageKey; vars: Vars }
  | { kind: 'noop'; vars: Vars }
  | { kind: 'change'; key: 'updated' | 'deleted'; vars: Vars; apply(records: HostRecords): void };

export interface UpdateRequest {
  params: URLSearchParams;
  /** GET is the router form: `record` may be left out (A, or AAAA for an IPv6 `myip`). */
  method: 'GET' | 'POST';
  clientAddress: string;
  account: Account;
  label: string;
  records: HostRecords;
}

const TYPES = ['A', 'AAAA', 'CNAME', 'TXT', 'MX'] as const;
type RecordType = (typeof TYPES)[number];
const PREMIUM_ONLY: readonly RecordType[] = ['CNAME', 'TXT', 'MX'];

/** Decides what one authenticated request for an owned host does, without changing anything. */
export function evaluateUpdate(request: UpdateRequest, seed: FreednsSeed): Verdict {
  const { params, account, label } = request;
  const value = params.get('value') ?? params.get('myip') ?? undefined;
  const recordParam = params.get('record') ?? defaultRecord(request.method, value);
  if (recordParam === undefined) return fail('missingParameter', { name: 'record' });
  const record = recordParam.toUpperCase();
  const vars: Vars = { record, host: label, value: value ?? '' };
  if (!isRecordType(record)) return fail('badType', vars);
  if (PREMIUM_ONLY.includes(record) && account.tier !== 'premium')
    return fail('premiumRequired', vars);
  const deleting = params.get('delete') === '1' || params.get('delete') === 'true';
  if (record === 'MX') return evaluateMx(request, value, deleting, vars);
  if (deleting) return evaluateDelete(request.records, record, value, vars);
  if (record === 'A' || record === 'AAAA')
    return evaluateAddress(request, record, value || request.clientAddress, vars);
  if (!value) return fail('missingValue', vars);
  if (record === 'CNAME') {
    if (checkHostname(value)) return fail('malformedValue', vars);
    if (sameName(request.records.CNAME, value)) return { kind: 'noop', vars };
    return change('updated', vars, (records) => (records.CNAME = value));
  }
  if (value.includes('"') && seed.quotedTxt === 'reject') return fail('malformedValue', vars);
  if (request.records.TXT === value) return { kind: 'noop', vars };
  return change('updated', vars, (records) => (records.TXT = value));
}

function evaluateAddress(
  request: UpdateRequest,
  record: 'A' | 'AAAA',
  address: string,
  vars: Vars,
): Verdict {
  const problem = record === 'A' ? checkIPv4(address) : checkIPv6(address);
  if (problem) return fail('malformedValue', { ...vars, value: address });
  const canonical = canonicalAddress(address);
  const shown = { ...vars, value: canonical };
  if (request.records[record] === canonical) return { kind: 'noop', vars: shown };
  return change('updated', shown, (records) => (records[record] = canonical));
}

function evaluateDelete(
  records: HostRecords,
  record: 'A' | 'AAAA' | 'CNAME' | 'TXT',
  value: string | undefined,
  vars: Vars,
): Verdict {
  // Every delete needs a `value`, blank for these types (docs/freedns-io.md#deleting-a-record).
  if (value === undefined) return fail('missingValue', vars);
  if (records[record] === undefined) return { kind: 'noop', vars };
  return change('deleted', vars, (target) => delete target[record]);
}

function evaluateMx(
  request: UpdateRequest,
  value: string | undefined,
  deleting: boolean,
  vars: Vars,
): Verdict {
  const entries = request.records.MX;
  if (!value) return fail('missingValue', vars);
  const preferenceText = request.params.get('preference');
  const preference = preferenceText === null ? undefined : Number(preferenceText);
  if (preference !== undefined && !/^\d{1,5}$/.test(preferenceText ?? '')) {
    return fail('malformedValue', { ...vars, value: preferenceText ?? '' });
  }
  if (preference !== undefined && preference > 65535)
    return fail('malformedValue', { ...vars, value: preference });
  if (deleting) {
    const index = findMx(entries, value);
    if (index < 0) return fail('mxNotFound', { ...vars, target: value });
    return change('deleted', vars, (records) => records.MX.splice(findMx(records.MX, value), 1));
  }
  if (checkHostname(value)) return fail('malformedValue', vars);
  const replace = request.params.get('replace');
  if (replace) return evaluateMxReplace(entries, replace, { target: value, preference }, vars);
  const existing = entries[findMx(entries, value)];
  const wanted = preference ?? 10;
  if (existing && existing.preference === wanted) return { kind: 'noop', vars };
  if (existing)
    return change('updated', vars, (records) => {
      records.MX[findMx(records.MX, value)]!.preference = wanted;
    });
  if (entries.length >= MAX_MX_RECORDS) return fail('mxLimit', { ...vars, max: MAX_MX_RECORDS });
  return change('updated', vars, (records) =>
    records.MX.push({ target: value, preference: wanted }),
  );
}

function evaluateMxReplace(
  entries: MxEntry[],
  replace: string,
  wanted: { target: string; preference: number | undefined },
  vars: Vars,
): Verdict {
  const index = findMx(entries, replace);
  if (index < 0) return fail('mxNotFound', { ...vars, target: replace });
  const old = entries[index]!;
  const next = { target: wanted.target, preference: wanted.preference ?? old.preference };
  if (sameName(old.target, next.target) && old.preference === next.preference)
    return { kind: 'noop', vars };
  return change('updated', vars, (records) => {
    records.MX[findMx(records.MX, replace)] = next;
  });
}

function defaultRecord(method: 'GET' | 'POST', value: string | undefined): string | undefined {
  if (method !== 'GET') return undefined;
  return value?.includes(':') ? 'AAAA' : 'A';
}

function isRecordType(value: string): value is RecordType {
  return (TYPES as readonly string[]).includes(value);
}

function findMx(entries: MxEntry[], target: string): number {
  return entries.findIndex((entry) => sameName(entry.target, target));
}

function sameName(a: string | undefined, b: string): boolean {
  const norm = (name: string) => name.toLowerCase().replace(/\.$/, '');
  return a !== undefined && norm(a) === norm(b);
}

function fail(key: MessageKey, vars: Vars): Verdict {
  return { kind: 'fail', key, vars };
}

function change(key: 'updated' | 'deleted', vars: Vars, apply: (r: HostRecords) => void): Verdict {
  return { kind: 'change', key, vars, apply };
}
