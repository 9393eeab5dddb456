/**
 * Epoch milliseconds as the ISO 8601 text that status, outcomes and history carry. A missing
 * time stays missing (null), so callers need not test before converting.
 */
export function toIso(ms: number): string;
export function toIso(ms: number | null | undefined): string | null;
export function toIso(ms: number | null | undefined): string | null {
  return ms == null ? null : new Date(ms).toISOString();
}

/** The UTC calendar day of a time, "2026-11-23", as domain expiry dates are written. */
export function toIsoDate(ms: number): string;
export function toIsoDate(ms: number | null): string | null;
export function toIsoDate(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString().slice(0, 10);
}
