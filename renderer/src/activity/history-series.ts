import type { HistoryEvent } from '../../../shared/settings/history-event.js';

/**
 * Pure shaping of the history for the Activity window: the filter, and the two chart series.
 * Kept apart from React so each rule can be read (and tested) on its own.
 */
export const UPDATE_OUTCOMES = ['updated', 'unchanged', 'deferred', 'rejected', 'failed'] as const;
export type UpdateOutcome = (typeof UPDATE_OUTCOMES)[number];

export type TypeFilter =
  'all' | 'address-changed' | 'A' | 'AAAA' | 'CNAME' | 'TXT' | 'MX' | 'domain-action' | 'notice';
export type OutcomeFilter = 'all' | UpdateOutcome | 'succeeded' | 'skipped';

export interface HistoryFilter {
  /** A host id, or "all". */
  host: string;
  type: TypeFilter;
  outcome: OutcomeFilter;
}

export const NO_FILTER: HistoryFilter = { host: 'all', type: 'all', outcome: 'all' };

/** The type shown in the table: the record type of an update, else the kind of event. */
export function typeOf(event: HistoryEvent): Exclude<TypeFilter, 'all'> {
  return event.kind === 'update-outcome' ? event.recordType : event.kind;
}

export function outcomeOf(event: HistoryEvent): string | null {
  switch (event.kind) {
    case 'update-outcome':
    case 'domain-action':
      return event.outcome;
    case 'address-changed':
      return event.to === null ? 'lost' : 'changed';
    case 'notice':
      return event.level;
  }
}

export function matchesFilter(event: HistoryEvent, filter: HistoryFilter): boolean {
  if (filter.host !== 'all' && !(event.kind === 'update-outcome' && event.hostId === filter.host))
    return false;
  if (filter.type !== 'all' && typeOf(event) !== filter.type) return false;
  if (filter.outcome !== 'all' && outcomeOf(event) !== filter.outcome) return false;
  return true;
}

export interface AddressPoint {
  at: number;
  address: string;
}

/** The accepted public address of one family over time, oldest first ("none" when lost). */
export function addressSeries(
  events: readonly HistoryEvent[],
  family: 'ipv4' | 'ipv6',
): AddressPoint[] {
  return events
    .flatMap((event) =>
      event.kind === 'address-changed' && event.family === family
        ? [{ at: Date.parse(event.at), address: event.to ?? 'none' }]
        : [],
    )
    .sort((a, b) => a.at - b.at);
}

/** How much of an address series one chart draws: a readable chart, and a flat cost. */
export const CHART_WINDOW = { addresses: 8, changes: 40 } as const;

/**
 * The newest part of an address series (oldest first) that a chart draws: as many of the latest
 * changes as fit within `addresses` distinct addresses and `changes` points. A chart of every
 * change of years would be thousands of points and hundreds of rows of addresses, slow to draw
 * and unreadable; the table lists every change.
 */
export function recentAddresses(
  points: readonly AddressPoint[],
  limit: { addresses: number; changes: number } = CHART_WINDOW,
): AddressPoint[] {
  const seen = new Set<string>();
  let first = points.length;
  while (first > 0 && points.length - first < limit.changes) {
    const address = points[first - 1]!.address;
    if (!seen.has(address) && seen.size === limit.addresses) break;
    seen.add(address);
    first -= 1;
  }
  return points.slice(first);
}

export type DayCounts = { day: string } & Record<UpdateOutcome, number>;

/** Local calendar day of an ISO time, as YYYY-MM-DD. */
export function dayOf(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Update outcomes counted per day, oldest day first, for the stacked bar chart. */
export function updatesPerDay(events: readonly HistoryEvent[], hostId = 'all'): DayCounts[] {
  const days = new Map<string, DayCounts>();
  for (const event of events) {
    if (event.kind !== 'update-outcome') continue;
    if (hostId !== 'all' && event.hostId !== hostId) continue;
    const day = dayOf(event.at);
    let counts = days.get(day);
    if (!counts) {
      counts = { day, updated: 0, unchanged: 0, deferred: 0, rejected: 0, failed: 0 };
      days.set(day, counts);
    }
    counts[event.outcome] += 1;
  }
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
}
