import { useCallback, useEffect, useState } from 'react';
import type { CoreStatus } from '../../../shared/engine/core-status.js';
import { DAILY_UPDATE_LIMIT } from '../../../shared/records/desired-records.js';
import { tierOf } from '../../../shared/records/tier-of.js';
import type { HistoryEvent } from '../../../shared/settings/history-event.js';
import type { Settings } from '../../../shared/settings/settings-schema.js';
import { ActivityPage } from '../activity/activity-page.js';
import { dnsTray } from '../bridge/dns-tray.js';

const PAGE = 1_000;
/** The history keeps 5,000 events; reading them all in pages keeps each answer small. */
const MAX_EVENTS = 5_000;

async function readHistory(): Promise<{ events: HistoryEvent[]; total: number }> {
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

/** The Activity window wired to the app: re-reads the history when an outcome or address arrives. */
export function ActivityView({
  settings,
  status,
}: {
  settings: Settings;
  status: CoreStatus | null;
}) {
  const [history, setHistory] = useState<{ events: HistoryEvent[]; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    readHistory().then(
      (next) => (setHistory(next), setError(null)),
      (caught: unknown) => setError(caught instanceof Error ? caught.message : String(caught)),
    );
  }, []);
  useEffect(() => {
    load();
    const offOutcome = dnsTray.on('sync:outcome', load);
    const offAddress = dnsTray.on('ip:changed', load);
    return () => (offOutcome(), offAddress());
  }, [load]);

  const hosts = settings.hosts.map((host) => ({
    id: host.id,
    label: host.label,
    dailyLimit:
      status?.hosts.find((h) => h.hostId === host.id)?.dailyLimit ??
      DAILY_UPDATE_LIMIT[tierOf(settings.accounts.freedns, host.accountId)],
  }));
  return (
    <ActivityPage
      events={history?.events ?? null}
      total={history?.total ?? 0}
      error={error}
      hosts={hosts}
      now={Date.now()}
    />
  );
}
