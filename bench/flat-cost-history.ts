import type { HistoryEvent } from '../shared/settings/history-event.js';

const HOUR = 3_600_000;

/**
 * `count` events spread over the hours before `now`, oldest first as history.jsonl keeps them:
 * one IPv4 change in ten, the rest update outcomes of the bench's hosts (h0, h1, ...).
 */
export function benchHistory(count: number, hosts: number, now = Date.now()): string {
  const events: HistoryEvent[] = Array.from({ length: count }, (_, id) => {
    const at = new Date(now - (count - id) * HOUR * (240 / count)).toISOString();
    const address = `203.0.113.${id % 250}`;
    if (id % 10 === 0)
      return {
        id,
        at,
        kind: 'address-changed',
        family: 'ipv4',
        from: `203.0.113.${(id + 249) % 250}`,
        to: address,
        sources: ['alpha-ipv4', 'charlie-ipv4'],
      };
    const host = id % hosts;
    return {
      id,
      at,
      kind: 'update-outcome',
      accountId: 'main',
      hostId: `h${host}`,
      hostname: `host-${String(host).padStart(4, '0')}.freedns.io`,
      recordType: 'A',
      outcome: id % 7 === 0 ? 'updated' : 'unchanged',
      value: address,
      message: `Check ${id}: the record holds ${address}.`,
    };
  });
  return events.map((event) => `${JSON.stringify(event)}\n`).join('');
}
