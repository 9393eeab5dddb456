import { useEffect, useState } from 'react';
import type { EventPayload } from '../../../shared/contract/events.js';
import { Notice } from '../ui/notice.js';
import { useDomainsCore } from './domains-core.js';

type Reminder = EventPayload<'domains:reminder'> & { id: number };

const KEEP = 5;

/** Reminders the core sent while this window is open (the settings decide which are sent). */
export function DomainReminders() {
  const core = useDomainsCore();
  const [reminders, setReminders] = useState<Reminder[]>([]);
  useEffect(() => {
    let next = 0;
    return core.onReminder((payload) =>
      setReminders((list) => [{ ...payload, id: next++ }, ...list].slice(0, KEEP)),
    );
  }, [core]);
  if (reminders.length === 0) return null;
  return (
    <section aria-label="Domain reminders" data-testid="domain-reminders">
      {reminders.map((reminder) => (
        <Notice
          key={reminder.id}
          kind={
            reminder.kind === 'renewFailed'
              ? 'error'
              : reminder.kind === 'renewed'
                ? 'success'
                : 'warning'
          }
        >
          <span className="row">
            <span>{reminder.message}</span>
            <button
              type="button"
              className="button button-link"
              aria-label={`Dismiss the reminder about ${reminder.domain || 'auto-renew'}`}
              onClick={() => setReminders((list) => list.filter((r) => r.id !== reminder.id))}
            >
              Dismiss
            </button>
          </span>
        </Notice>
      ))}
    </section>
  );
}
