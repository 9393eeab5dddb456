import type { Answer } from 'dns-packet';
import type { NameserverAnswer } from '../../../shared/engine/record-verification.js';
import { canonicalAddress } from '../../../shared/validators/dns.js';
import type { AppliedHost } from '../sync/sync-ports.js';
import type { WireReply } from './dns-transport.js';

export type ManagedType = 'A' | 'AAAA' | 'CNAME' | 'TXT' | 'MX';
const RCODE_NAMES: Record<number, string> = { 1: 'FORMERR', 4: 'NOTIMP', 9: 'NOTAUTH' };

/**
 * What one nameserver's reply says about one name and type. Records of other names or types
 * are left out (servers and middleboxes add them), and the reply is judged by its code and
 * its AA flag: a server that answers without authority is lame and counts as no answer.
 */
export function readReply(
  server: string,
  reply: WireReply,
  name: string,
  type: ManagedType,
): NameserverAnswer {
  const result = (outcome: NameserverAnswer['outcome'], detail: string, values: string[] = []) => ({
    server,
    outcome,
    values,
    detail,
  });
  if (reply.kind === 'timeout')
    return result('timeout', `no answer in time over ${reply.transport.toUpperCase()}`);
  if (reply.kind === 'error') return result('error', reply.detail);
  const { packet, rcode } = reply;
  if (rcode === 2) return result('servfail', 'the server failed (SERVFAIL)');
  if (rcode === 5)
    return result(
      'refused',
      'the server refused the question (REFUSED): it does not serve this zone',
    );
  if (rcode !== 0 && rcode !== 3)
    return result('error', `unexpected reply code ${RCODE_NAMES[rcode] ?? rcode}`);
  if (!packet.flag_aa)
    return result('lame', 'the server answered without authority for the zone (lame delegation)');
  if (rcode === 3) return result('nxdomain', 'the name does not exist (NXDOMAIN)');
  const answers = packet.answers ?? [];
  const wanted = answers.filter((record) => sameName(record.name, name) && record.type === type);
  const values = [...new Set(wanted.map((record) => valueOf(record)).filter((v) => v !== null))];
  const ignored = answers.length - wanted.length;
  const note =
    ignored > 0 ? `; ${ignored} unrelated record${ignored === 1 ? '' : 's'} ignored` : '';
  const via = reply.transport === 'tcp' ? ' (over TCP after a truncated UDP answer)' : '';
  if (values.length === 0) return result('no-data', `no ${type} record${note}${via}`);
  return result('answer', `${values.join(', ')}${note}${via}`, values.sort());
}

/** The applied value of one record as DNS would show it, sorted; null when none is applied. */
export function expectedValues(
  applied: AppliedHost['records'],
  type: ManagedType,
): string[] | null {
  switch (type) {
    case 'A':
    case 'AAAA':
      return applied[type] === undefined ? null : [canonicalAddress(applied[type])];
    case 'CNAME':
      return applied.CNAME === undefined ? null : [hostname(applied.CNAME)];
    case 'TXT':
      return applied.TXT === undefined ? null : [applied.TXT];
    case 'MX':
      return applied.MX === undefined || applied.MX.length === 0
        ? null
        : applied.MX.map((entry) => `${entry.preference} ${hostname(entry.target)}`).sort();
  }
}

function valueOf(record: Answer): string | null {
  switch (record.type) {
    case 'A':
    case 'AAAA':
      return typeof record.data === 'string' ? safeAddress(record.data) : null;
    case 'CNAME':
      return typeof record.data === 'string' ? hostname(record.data) : null;
    case 'TXT': {
      // One TXT record may travel as several character-strings: together they are the value.
      const parts = Array.isArray(record.data) ? record.data : [record.data];
      return parts
        .map((part) => (typeof part === 'string' ? part : part.toString('utf8')))
        .join('');
    }
    case 'MX':
      return `${record.data.preference ?? 0} ${hostname(record.data.exchange)}`;
    default:
      return null;
  }
}

function safeAddress(value: string): string {
  try {
    return canonicalAddress(value);
  } catch {
    return value;
  }
}

function hostname(value: string): string {
  return value.toLowerCase().replace(/\.$/, '');
}

function sameName(a: string, b: string): boolean {
  return hostname(a) === hostname(b);
}
