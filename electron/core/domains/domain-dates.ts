/**
 * Expiry arithmetic for Freenom domains. Freenom writes dates as YYYYMMDD (one doc example uses
 * YYYY-MM-DD, docs/freenom.md#dates: both are read). A domain is usable through its UTC expiry day.
 */
export const DAY_MS = 86_400_000;

/** Free domains renew only in their last 14 days (docs/freenom.md#renewal-window). */
export const FREE_RENEWAL_WINDOW_DAYS = 14;

export function parseFreenomDate(text: string | undefined): number | null {
  const match = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(text?.trim() ?? '');
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(ms) || new Date(ms).getUTCDate() !== Number(match[3]) ? null : ms;
}

export function startOfUtcDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/** Whole days from today (UTC) to the expiry day: 0 on the day itself, negative after. */
export function daysToExpiry(expiry: number, now: number): number {
  return Math.round((expiry - startOfUtcDay(now)) / DAY_MS);
}

export type RenewalWindow =
  | { state: 'not-yet'; opensAt: number }
  | { state: 'open'; closesAt: number }
  | { state: 'expired' };

/**
 * Where a domain stands against its renewal window: it opens `windowDays` before the expiry
 * day and closes at the end of that day. Paid domains can renew any time (window = always).
 */
export function renewalWindow(
  type: 'FREE' | 'PAID',
  expiry: number,
  now: number,
  windowDays = FREE_RENEWAL_WINDOW_DAYS,
): RenewalWindow {
  const closesAt = expiry + DAY_MS;
  if (now >= closesAt) return { state: 'expired' };
  const opensAt = type === 'PAID' ? Number.NEGATIVE_INFINITY : expiry - windowDays * DAY_MS;
  return now >= opensAt ? { state: 'open', closesAt } : { state: 'not-yet', opensAt };
}
