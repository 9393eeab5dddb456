import { useCallback, useEffect, useRef, useState } from 'react';
import type { HistoryEvent } from '../../../shared/settings/history-event.js';
import { dnsTray } from '../bridge/dns-tray.js';

const PAGE = 1_000;
/** The history keeps 5,000 events; reading them all in pages keeps each answer small. */
const MAX_EVENTS = 5_000;
/** After an event only the newest are asked for; more new ones than this means re-read all. */
const NEWEST = 50;

export interface HistoryState {
  events: HistoryEvent[];
  total: number;
}

async function readHistory(): Promise<HistoryState> {
  const events: HistoryEvent[] = [];
  let total = 0;
  for (let offset = 0; offset < MAX_EVENTS; offset += PAGE) {
    const page = await dnsTray.history.list({ offset, limit: PAGE });
    total = page.total;
    events.push(...page.events);
    if (events.length >= total || page.events.length < PAGE) break;
  }
  return { events, total };
}

/**
 * The newest events put in front of what is already read: one small page per outcome or
 * address change, instead of the whole history again. Undefined when too much changed.
 */
async function readNewest(known: HistoryState): Promise<HistoryState | undefined> {
  const newestId = known.events[0]?.id ?? -1;
  const page = await dnsTray.history.list({ offset: 0, limit: NEWEST });
  const fresh = page.events.filter((event) => event.id > newestId);
  if (fresh.length === page.events.length && page.total > fresh.length) return undefined;
  return { events: [...fresh, ...known.events].slice(0, MAX_EVENTS), total: page.total };
}

/** The history for the Activity window, kept current as outcomes and address changes arrive. */
export function useHistory(): { history: HistoryState | null; error: string | null } {
  const [history, setHistory] = useState<HistoryState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = useRef<HistoryState | null>(null);
  const load = useCallback(() => {
    const known = current.current;
    const read = known ? readNewest(known).then((next) => next ?? readHistory()) : readHistory();
    read.then(
      (next) => ((current.current = next), setHistory(next), setError(null)),
      (caught: unknown) => setError(caught instanceof Error ? caught.message : String(caught)),
    );
  }, []);
  useEffect(() => {
    load();
    const offOutcome = dnsTray.on('sync:outcome', load);
    const offAddress = dnsTray.on('ip:changed', load);
    return () => (offOutcome(), offAddress());
  }, [load]);
  return { history, error };
}
