import { useEffect, useState } from 'react';
import {
  NOTIFICATION_EVENTS,
  type NotificationEvent,
  type Settings,
} from '../../../shared/settings/settings-schema.js';
import { SelectField } from '../ui/field.js';
import { Notice } from '../ui/notice.js';
import { messageOf } from './field-errors.js';

const EVENT_LABELS: Record<NotificationEvent, string> = {
  addressChanged: 'The public address changed',
  updateSucceeded: 'A record was updated',
  updateDeferred: 'An update waits for the quota',
  updateRejected: 'freedns.io rejected an update',
  updateFailed: 'An update failed',
  domainExpiring: 'A domain is about to expire',
  domainRenewed: 'A domain was renewed',
  domainActionFailed: 'A domain action failed',
  recordDrifted: 'A record was changed outside DNS Tray',
};

type Patch = Partial<Pick<Settings, 'notifications' | 'startup' | 'ui'>>;

/** Notifications, start at login and theme: each change is saved as soon as it is made. */
export function PreferencesSection({
  settings: saved,
  onSave,
  notificationsBlocked = null,
}: {
  settings: Settings;
  onSave: (patch: Patch) => Promise<void>;
  /** Why the OS will not show notifications, when the shell knows it will not. */
  notificationsBlocked?: string | null;
}) {
  const [error, setError] = useState<string | null>(null);
  // Show a change at once; the saved settings take over again when they arrive (or on error).
  const [shown, setShown] = useState(saved);
  useEffect(() => setShown(saved), [saved]);
  const settings = shown;
  const save = (patch: Patch) => {
    setError(null);
    setShown({ ...shown, ...patch });
    onSave(patch).catch((caught: unknown) => {
      setShown(saved);
      setError(messageOf(caught));
    });
  };
  return (
    <>
      {error && <Notice kind="error">Not saved: {error}</Notice>}
      <NotificationsCard settings={settings} blocked={notificationsBlocked} onSave={save} />
      <GeneralCard settings={settings} onSave={save} />
    </>
  );
}

interface CardProps {
  settings: Settings;
  onSave: (patch: Patch) => void;
}

function NotificationsCard({ settings, blocked, onSave }: CardProps & { blocked: string | null }) {
  const events = settings.notifications.events;
  return (
    <section className="card stack" aria-labelledby="notify-title">
      <h2 id="notify-title">Notifications</h2>
      {blocked && <Notice kind="warning">Notifications cannot be shown: {blocked}</Notice>}
      <fieldset className="plain columns">
        <legend>Notify me when</legend>
        {NOTIFICATION_EVENTS.map((name) => (
          <label className="checkbox" key={name}>
            <input
              type="checkbox"
              checked={events[name]}
              onChange={(event) =>
                onSave({
                  notifications: {
                    ...settings.notifications,
                    events: { ...events, [name]: event.target.checked },
                  },
                })
              }
            />
            {EVENT_LABELS[name]}
          </label>
        ))}
      </fieldset>
    </section>
  );
}

function GeneralCard({ settings, onSave }: CardProps) {
  const startup = (patch: Partial<Settings['startup']>) =>
    onSave({ startup: { ...settings.startup, ...patch } });
  return (
    <section className="card stack" aria-labelledby="general-title">
      <h2 id="general-title">General</h2>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={settings.startup.openAtLogin}
          onChange={(event) => startup({ openAtLogin: event.target.checked })}
        />
        Start DNS Tray when I log in
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={settings.startup.startHidden}
          onChange={(event) => startup({ startHidden: event.target.checked })}
        />
        Start in the tray without opening a window
      </label>
      <SelectField
        label="Theme"
        value={settings.ui.theme}
        options={[
          { value: 'system', label: 'Same as the system' },
          { value: 'light', label: 'Light' },
          { value: 'dark', label: 'Dark' },
        ]}
        onChange={(theme) => onSave({ ui: { ...settings.ui, theme } })}
      />
    </section>
  );
}
