import type {
  NameserverAnswer,
  RecordVerification,
} from '../../../shared/engine/record-verification.js';

export interface JudgeInput {
  /** The applied value as DNS shows it (sorted). */
  expected: string[];
  answers: NameserverAnswer[];
  now: number;
  /** When freedns.io last accepted this record; the grace period counts from there. */
  lastUpdateAt: number | null;
  graceMs: number;
  previous: RecordVerification | undefined;
}

const COUNTED = new Set<NameserverAnswer['outcome']>(['answer', 'no-data', 'nxdomain']);

/**
 * The state of one record from what every nameserver answered. Only answers with authority
 * count; a server that timed out, failed or is lame says nothing either way.
 */
export function judgeRecord(input: JudgeInput): Omit<RecordVerification, 'needsAttention'> {
  const { answers, expected, now, previous } = input;
  const at = new Date(now).toISOString();
  const counted = answers.filter((answer) => COUNTED.has(answer.outcome));
  const base = { answers, checkedAt: at, lastPublishedAt: previous?.lastPublishedAt ?? null };
  if (counted.length === 0)
    return {
      ...base,
      state: 'unknown',
      detail: `no nameserver answered: ${answers.map((a) => `${a.server}: ${a.detail}`).join('; ') || 'none to ask'}`,
      dnsSays: null,
      driftedSince: null,
    };
  const wanted = expected.join(', ');
  const agreeing = counted.filter((answer) => answer.values.join(', ') === wanted);
  const silent = answers.length - counted.length;
  const silentNote = silent > 0 ? ` (${silent} of ${answers.length} did not answer)` : '';
  if (agreeing.length === counted.length)
    return {
      ...base,
      state: 'published',
      detail: `every nameserver answers ${wanted}${silentNote}`,
      dnsSays: wanted,
      driftedSince: null,
      lastPublishedAt: at,
    };
  const other = counted.find((answer) => answer.values.join(', ') !== wanted)!;
  const says = saysOf(other);
  const withinGrace = input.lastUpdateAt !== null && now - input.lastUpdateAt < input.graceMs;
  if (withinGrace)
    return {
      ...base,
      state: 'propagating',
      detail: `${agreeing.length} of ${counted.length} nameservers answer ${wanted} so far${silentNote}`,
      dnsSays: says,
      driftedSince: null,
    };
  const since = previous?.state === 'drifted' && previous.driftedSince ? previous.driftedSince : at;
  return {
    ...base,
    state: 'drifted',
    detail: `DNS says ${says}, DNS Tray set ${wanted} (${other.server})`,
    dnsSays: says,
    driftedSince: since,
  };
}

function saysOf(answer: NameserverAnswer): string {
  if (answer.outcome === 'nxdomain') return 'the name does not exist';
  if (answer.outcome === 'no-data') return 'no such record';
  return answer.values.join(', ');
}
