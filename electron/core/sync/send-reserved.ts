import type { RequestBudget } from '../budget/request-budget.js';
import type { FreednsResult } from '../freedns-io/index.js';

/**
 * What a result means for the ledger entry reserved before sending: `keep` (an update may have
 * happened), `no-update` (a request was sent but changed nothing), `release` (nothing was sent).
 */
export type LedgerEffect = 'keep' | 'no-update' | 'release';

export function ledgerEffectOf(result: FreednsResult): LedgerEffect {
  switch (result.kind) {
    case 'accepted':
      return result.noChange ? 'no-update' : 'keep';
    case 'rejected':
      // A refusal changes nothing on the server: it cost a request, not an update.
      return 'no-update';
    case 'transient':
      // The request may have been applied: it stays counted as an update.
      return 'keep';
    case 'invalid':
      // Refused by the client before anything left this machine.
      return 'release';
  }
}

/**
 * Reserves an update in the ledger (saved before sending, so a crash can only over-count), sends,
 * and settles the reservation from the result, in this one place: no path can leave a request
 * that was never sent counted. A send that throws keeps its reservation (it may have gone out).
 */
export async function sendReserved(
  budget: RequestBudget,
  hostId: string,
  send: () => Promise<FreednsResult>,
): Promise<FreednsResult> {
  const entry = await budget.recordRequest(hostId);
  const result = await send();
  const effect = ledgerEffectOf(result);
  if (effect === 'no-update') await budget.settleAsNoUpdate(entry);
  else if (effect === 'release') await budget.release(entry);
  return result;
}
