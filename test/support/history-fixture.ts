import type { HistoryEvent, NewHistoryEvent } from '../../shared/settings/history-event.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * Ten days of a busy free-account history for host "home" (id demo-home): a new IPv4 address
 * every morning, a no-change check every twenty minutes, a second change on even days that the
 * quota defers, one refused and one failed update. Oldest first, as history.jsonl keeps it.
 */
export function busyHistory(now: number, days = 10): HistoryEvent[] {
  const events: HistoryEvent[] = [];
  const push = (at: number, event: NewHistoryEvent) =>
    events.push({ ...event, id: events.length, at: new Date(at).toISOString() } as HistoryEvent);
  const outcome = (
    at: number,
    result: 'updated' | 'unchanged' | 'deferred' | 'rejected' | 'failed',
    value: string | null,
    message: string,
  ) =>
    push(at, {
      kind: 'update-outcome',
      accountId: 'demo',
      hostId: 'demo-home',
      hostname: 'home.freedns.io',
      recordType: 'A',
      outcome: result,
      value,
      message,
    });
  const start = Math.floor((now - days * DAY) / DAY) * DAY;
  let previous: string | null = null;
  for (let day = 0; day < days; day += 1) {
    const base = start + day * DAY;
    const address = `203.0.113.${100 + day}`;
    push(base + 6 * 60 * MINUTE, {
      kind: 'address-changed',
      family: 'ipv4',
      from: previous,
      to: address,
      sources: ['alpha-ipv4', 'charlie-ipv4'],
    });
    outcome(base + 6 * 60 * MINUTE + 5_000, 'updated', address, 'Updated the A record of home.');
    previous = address;
    for (let minute = 20; minute < 24 * 60; minute += 20)
      outcome(base + minute * MINUTE, 'unchanged', address, 'No change.');
    if (day % 2 === 0)
      outcome(base + 20 * 60 * MINUTE, 'deferred', null, 'quota: next update after 00:00 UTC');
  }
  outcome(start + 3 * DAY + MINUTE, 'rejected', null, 'Invalid username or password.');
  outcome(start + 5 * DAY + MINUTE, 'failed', null, 'timed out after 5 s');
  return events.sort((a, b) => a.at.localeCompare(b.at)).map((event, id) => ({ ...event, id }));
}

/** The history file as the history store writes it. */
export function historyFile(events: readonly HistoryEvent[]): string {
  return events.map((event) => `${JSON.stringify(event)}\n`).join('');
}
