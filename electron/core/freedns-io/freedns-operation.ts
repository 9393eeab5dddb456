import { assertNever } from '../../../shared/lang/assert-never.js';
import { familyOfRecord } from '../../../shared/engine/family-label.js';
import { checkRecordAddress } from '../../../shared/validators/address-ranges.js';
import {
  checkHostLabel,
  checkHostname,
  checkMxPreference,
  checkTxt,
  toHostLabel,
} from '../../../shared/validators/dns.js';
import { type FreednsInvalid } from './freedns-result.js';

/**
 * Every change the freedns.io update API can make, one member per operation. `host` may be
 * the label ("home") or the full name ("home.freedns.io"); only the label is sent.
 */
export type FreednsOperation =
  /** No `value`: the server takes the address the request comes from. */
  | { op: 'set-address'; host: string; type: 'A' | 'AAAA'; value?: string }
  | { op: 'set-cname'; host: string; target: string }
  /** Raw text: the server adds the surrounding double quotes itself. */
  | { op: 'set-txt'; host: string; text: string }
  | { op: 'add-mx'; host: string; target: string; preference?: number }
  | { op: 'replace-mx'; host: string; oldTarget: string; target: string; preference?: number }
  | { op: 'delete-mx'; host: string; target: string }
  | { op: 'delete-record'; host: string; type: 'A' | 'AAAA' | 'CNAME' | 'TXT' };

/** The parameters of one request (without username and password), or why none can be sent. */
export type BuiltRequest = { params: [string, string][] } | FreednsInvalid;

export function buildUpdateParams(operation: FreednsOperation): BuiltRequest {
  const host = toHostLabel(operation.host);
  const hostProblem = checkHostLabel(host);
  if (hostProblem) return invalid('host', hostProblem);
  const base: [string, string][] = [['host', host]];
  const checked = (
    field: FreednsInvalid['field'],
    problem: string | null,
    params: [string, string][],
  ): BuiltRequest => (problem ? invalid(field, problem) : { params: [...base, ...params] });

  // Types are checked at run time too: operations may come from stored plans.
  if (operation.op === 'set-address' && !['A', 'AAAA'].includes(operation.type))
    return invalid('type', 'Only A and AAAA records follow an address.');
  if (operation.op === 'delete-record' && !['A', 'AAAA', 'CNAME', 'TXT'].includes(operation.type))
    return invalid('type', 'Choose A, AAAA, CNAME or TXT; delete MX entries one by one.');
  switch (operation.op) {
    case 'set-address': {
      const record: [string, string] = ['record', operation.type];
      if (operation.value === undefined) return { params: [...base, record] };
      const family = familyOfRecord(operation.type);
      const problem = checkRecordAddress(family, operation.value);
      return checked('value', problem, [record, ['value', operation.value]]);
    }
    case 'set-cname':
      return checked('target', checkHostname(operation.target), [
        ['record', 'CNAME'],
        ['value', operation.target],
      ]);
    case 'set-txt':
      return checked('value', checkTxt(operation.text), [
        ['record', 'TXT'],
        ['value', operation.text],
      ]);
    case 'add-mx':
      return buildMx(base, operation.target, operation.preference ?? 10, []);
    case 'replace-mx': {
      const oldProblem = checkHostname(operation.oldTarget);
      if (oldProblem) return invalid('replace', oldProblem);
      const preference = operation.preference;
      return buildMx(base, operation.target, preference, [['replace', operation.oldTarget]]);
    }
    case 'delete-mx':
      return checked('target', checkHostname(operation.target), [
        ['record', 'MX'],
        ['delete', '1'],
        ['value', operation.target],
      ]);
    case 'delete-record':
      // A delete needs a blank `value` for these (docs/freedns-io.md#deleting-a-record).
      return {
        params: [...base, ['record', operation.type], ['delete', '1'], ['value', '']],
      };
    default:
      return assertNever(operation);
  }
}

function buildMx(
  base: [string, string][],
  target: string,
  preference: number | undefined,
  extra: [string, string][],
): BuiltRequest {
  const targetProblem = checkHostname(target);
  if (targetProblem) return invalid('target', targetProblem);
  if (preference !== undefined) {
    const problem = checkMxPreference(preference);
    if (problem) return invalid('preference', problem);
  }
  const preferenceParam: [string, string][] =
    preference === undefined ? [] : [['preference', String(preference)]];
  return {
    params: [...base, ['record', 'MX'], ...extra, ...preferenceParam, ['value', target]],
  };
}

function invalid(field: FreednsInvalid['field'], message: string): FreednsInvalid {
  return { kind: 'invalid', field, message };
}

/** Values a server message may echo back, so they do not sway the rejection's reading. */
export function echoedValues(params: [string, string][]): string[] {
  return params.filter(([name]) => name !== 'record' && name !== 'delete').map(([, v]) => v);
}
