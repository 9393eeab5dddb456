/**
 * Calendar days as the contract writes them: "YYYY-MM-DD", counted in UTC (a domain expires on
 * a UTC day). Only for day values; instants a person reads go through format-time.ts.
 */
export function formatUtcDay(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

/** The start (00:00 UTC) of a "YYYY-MM-DD" day, in epoch ms; NaN when it is not one. */
export function parseUtcDay(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}
