import type { AccountTier } from './desired-records.js';

/** An account's tier; an account not (or no longer) in the list counts as free, the safe limit. */
export function tierOf(
  accounts: readonly { id: string; tier: AccountTier }[],
  accountId: string,
): AccountTier {
  return accounts.find((account) => account.id === accountId)?.tier ?? 'free';
}
