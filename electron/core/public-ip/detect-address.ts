import type { AddressFamily } from '../../../shared/validators/dns.js';
import { label } from './address-policy.js';
import type { AddressSource, SourceAnswer } from './source-answer.js';

/**
 * The tri-state result of one check for one family, with every answer kept as provenance.
 * Only `known` may ever lead to a write.
 */
export type Detection =
  | {
      family: AddressFamily;
      state: 'known';
      address: string;
      agreedBy: string[];
      answers: SourceAnswer[];
      /** Said in the status beside the address (the multi-WAN hold). */
      notice?: string;
    }
  | { family: AddressFamily; state: 'absent'; detail: string; answers: SourceAnswer[] }
  | { family: AddressFamily; state: 'unknown'; reason: string; answers: SourceAnswer[] };

export interface DetectOptions {
  /** How many sources must give the same address. */
  agreement: number;
  /** The doctor waits for every source; a normal check stops as soon as enough agree. */
  waitForAll?: boolean;
  /** Cancels every question still open (shutdown). */
  signal?: AbortSignal;
}

/**
 * Asks every source of the family at once and settles as soon as `agreement` of them name the
 * same address: a slow or stalled operator cannot delay a check that others already decided.
 */
export async function detectAddress(
  family: AddressFamily,
  sources: readonly AddressSource[],
  options: DetectOptions,
): Promise<Detection> {
  const answers: SourceAnswer[] = [];
  const signal = options.signal ?? new AbortController().signal;
  if (sources.length === 0)
    return { family, state: 'unknown', reason: `no ${label(family)} source is enabled`, answers };
  return new Promise<Detection>((resolve) => {
    let pending = sources.length;
    // Local sources (interfaces, router) cost nothing and carry notices such as double NAT:
    // an early agreement of echo services still waits for them.
    let localPending = sources.filter((source) => source.kind !== 'echo').length;
    let settled = false;
    const finish = (detection: Detection): void => {
      if (settled) return;
      settled = true;
      // Stragglers are not aborted: that would destroy kept-alive connections, which costs
      // more than reading a few bytes; each is bounded by its own timeout anyway.
      resolve(detection);
    };
    for (const source of sources) {
      void source.ask(signal).then((answer) => {
        if (settled) return;
        answers.push(answer);
        pending -= 1;
        if (source.kind !== 'echo') localPending -= 1;
        const agreed = agreedAddress(answers, options.agreement);
        if (agreed && !options.waitForAll && localPending === 0)
          finish(known(family, agreed, answers));
        else if (pending === 0) finish(conclude(family, answers, options.agreement));
      });
    }
  });
}

function votesByAddress(answers: readonly SourceAnswer[]): Map<string, string[]> {
  const votes = new Map<string, string[]>();
  for (const answer of answers) {
    if (answer.outcome !== 'address') continue;
    votes.set(answer.address, [...(votes.get(answer.address) ?? []), answer.sourceId]);
  }
  return votes;
}

function agreedAddress(answers: readonly SourceAnswer[], agreement: number): string | null {
  const agreed = [...votesByAddress(answers)].filter(([, ids]) => ids.length >= agreement);
  return agreed.length === 1 ? agreed[0]![0] : null;
}

function known(family: AddressFamily, address: string, answers: SourceAnswer[]): Detection {
  return {
    family,
    state: 'known',
    address,
    agreedBy: votesByAddress(answers).get(address) ?? [],
    answers,
  };
}

function conclude(family: AddressFamily, answers: SourceAnswer[], agreement: number): Detection {
  const votes = [...votesByAddress(answers)];
  const agreed = votes.filter(([, ids]) => ids.length >= agreement);
  if (agreed.length === 1) return known(family, agreed[0]![0], answers);
  if (agreed.length > 1)
    return {
      family,
      state: 'unknown',
      reason: `sources disagree: ${votes.map(([a, ids]) => `${a} (${ids.length})`).join(' vs ')}`,
      answers,
    };
  if (answers.every((answer) => answer.outcome === 'none'))
    return {
      family,
      state: 'absent',
      detail: `no ${label(family)} connectivity: every source said so`,
      answers,
    };
  if (votes.length === 0)
    return {
      family,
      state: 'unknown',
      reason: `no source gave a usable ${label(family)} address`,
      answers,
    };
  const best = votes.sort((a, b) => b[1].length - a[1].length)[0]!;
  return {
    family,
    state: 'unknown',
    reason:
      votes.length > 1
        ? `sources disagree: ${votes.map(([a, ids]) => `${a} (${ids.length})`).join(' vs ')}; ${agreement} must agree`
        : `only ${best[1].length} source${best[1].length === 1 ? '' : 's'} gave ${best[0]}; ${agreement} must agree`,
    answers,
  };
}
