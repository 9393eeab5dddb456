import { DAILY_UPDATE_LIMIT, type AccountTier } from '../../../shared/records/desired-records.js';

/** The freedns.io account types as a choice, each saying its daily update limit. */
export const ACCOUNT_TIER_OPTIONS: readonly { value: AccountTier; label: string }[] = [
  { value: 'free', label: `Free (${DAILY_UPDATE_LIMIT.free} updates per host per day)` },
  { value: 'premium', label: `Premium (${DAILY_UPDATE_LIMIT.premium} updates per host per day)` },
];
