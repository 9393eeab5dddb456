import type { CoreStatus } from '../../../shared/engine/core-status.js';
import { DAILY_UPDATE_LIMIT } from '../../../shared/records/desired-records.js';
import { tierOf } from '../../../shared/records/tier-of.js';
import type { Settings } from '../../../shared/settings/settings-schema.js';
import { ActivityPage } from '../activity/activity-page.js';
import { useHistory } from './use-history.js';

/** The Activity window wired to the app: the history (kept current) and each host's daily quota. */
export function ActivityView({
  settings,
  status,
}: {
  settings: Settings;
  status: CoreStatus | null;
}) {
  const { history, error } = useHistory();
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
