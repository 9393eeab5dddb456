import { useEffect, useState } from 'react';
import {
  MonitoringSettingsSchema,
  WEBHOOK_EVENTS,
  type MonitoringSettings,
  type WebhookSettings,
} from '../../../shared/settings/monitoring-settings.js';
import type { Settings } from '../../../shared/settings/settings-schema.js';
import { ActionButton } from '../ui/action-button.js';
import { SelectField, TextField } from '../ui/field.js';
import { Notice } from '../ui/notice.js';
import { fieldErrorsOf, messageOf, toFieldErrorMap, type FieldErrors } from './field-errors.js';

interface MonitoringSectionProps {
  settings: Settings;
  onSave: (patch: Pick<Settings, 'monitoring'>) => Promise<void>;
  /** The diagnostics file (version, OS, settings, status, history), secrets removed. */
  onExportDiagnostics: () => Promise<{ fileName: string; text: string }>;
  /** How the last heartbeat and each webhook's last delivery went. */
  onLoadDeliveries: () => Promise<Delivery[]>;
}

interface Delivery {
  target: string;
  state: 'never' | 'ok' | 'failed';
  at: string | null;
  detail: string;
}

interface Draft {
  heartbeatUrl: string;
  heartbeatStyle: 'healthchecks' | 'uptime-kuma';
  tokenFile: string;
  hookId: string;
  hookUrl: string;
  hookFormat: 'json' | 'ntfy';
}

function draftOf(monitoring: MonitoringSettings): Draft {
  return {
    heartbeatUrl: monitoring.heartbeat?.url ?? '',
    heartbeatStyle: monitoring.heartbeat?.style ?? 'healthchecks',
    tokenFile: monitoring.metrics.tokenFile ?? '',
    hookId: '',
    hookUrl: '',
    hookFormat: 'json',
  };
}

/** The settings a draft stands for; an empty heartbeat URL or token path means "none". */
function candidateOf(draft: Draft, hooks: readonly WebhookSettings[]): unknown {
  const adding = draft.hookId.trim() !== '' || draft.hookUrl.trim() !== '';
  return {
    heartbeat: draft.heartbeatUrl.trim()
      ? { url: draft.heartbeatUrl.trim(), style: draft.heartbeatStyle }
      : null,
    webhooks: adding
      ? [...hooks, { id: draft.hookId.trim(), url: draft.hookUrl.trim(), format: draft.hookFormat }]
      : hooks,
    metrics: { tokenFile: draft.tokenFile.trim() || null },
  };
}

/** Heartbeat, webhooks and the metrics token file, and "Save diagnostics". */
export function MonitoringSection({
  settings,
  onSave,
  onExportDiagnostics,
  onLoadDeliveries,
}: MonitoringSectionProps) {
  const monitoring = settings.monitoring;
  const [draft, setDraft] = useState<Draft>(() => draftOf(monitoring));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [deliveries, setDeliveries] = useState<Delivery[]>([]);
  useEffect(() => {
    onLoadDeliveries().then(setDeliveries, () => setDeliveries([]));
  }, [onLoadDeliveries, settings]);
  const hookIndex = monitoring.webhooks.length;
  const edit = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });

  const save = async (hooks: readonly WebhookSettings[] = monitoring.webhooks) => {
    setNotice(null);
    const parsed = MonitoringSettingsSchema.safeParse(candidateOf(draft, hooks));
    if (!parsed.success) {
      setErrors(toFieldErrorMap(parsed.error));
      return;
    }
    setErrors({});
    try {
      await onSave({ monitoring: parsed.data });
      setDraft({ ...draft, hookId: '', hookUrl: '' });
      setNotice({ kind: 'success', text: 'Monitoring settings saved.' });
    } catch (error) {
      // The core names the field ("monitoring.heartbeat.url"); shown beside it when it is one here.
      const fields = fieldErrorsOf(error);
      setErrors({
        'heartbeat.url': fields.url ?? '',
        'metrics.tokenFile': fields.tokenFile ?? '',
      });
      setNotice({ kind: 'error', text: `Not saved: ${messageOf(error)}` });
    }
  };

  const saveDiagnostics = async () => {
    setNotice(null);
    try {
      const { fileName, text } = await onExportDiagnostics();
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      URL.revokeObjectURL(url);
      setNotice({ kind: 'success', text: `Saved ${fileName} (without passwords).` });
    } catch (error) {
      setNotice({ kind: 'error', text: `Diagnostics not saved: ${messageOf(error)}` });
    }
  };

  return (
    <section className="card stack" aria-labelledby="monitoring-title">
      <h2 id="monitoring-title">Monitoring</h2>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      {deliveries
        .filter((delivery) => delivery.state === 'failed')
        .map((delivery) => (
          <Notice kind="error" key={delivery.target}>
            {delivery.detail} ({delivery.at})
          </Notice>
        ))}
      <TextField
        label="Heartbeat URL"
        value={draft.heartbeatUrl}
        onChange={(heartbeatUrl) => edit({ heartbeatUrl })}
        error={errors['heartbeat.url']}
        hint="Pinged after each check, at most once a minute. Leave empty for none."
        placeholder="https://hc-ping.com/your-check-id"
      />
      <SelectField
        label="Heartbeat style"
        value={draft.heartbeatStyle}
        options={[
          { value: 'healthchecks', label: 'healthchecks.io (URL, URL/fail)' },
          { value: 'uptime-kuma', label: 'Uptime Kuma push (?status=up|down)' },
        ]}
        onChange={(heartbeatStyle) => edit({ heartbeatStyle })}
      />
      <TextField
        label="Metrics token file"
        value={draft.tokenFile}
        onChange={(tokenFile) => edit({ tokenFile })}
        error={errors['metrics.tokenFile']}
        hint="A file readable only by DNS Tray holding the token /metrics accepts (headless)."
      />
      <h3>Webhooks</h3>
      {monitoring.webhooks.length === 0 && <p className="muted">No webhook yet.</p>}
      <ul className="plain stack">
        {monitoring.webhooks.map((hook) => (
          <li key={hook.id} className="row">
            <span>
              {hook.id} ({hook.format}):{' '}
              {WEBHOOK_EVENTS.filter((e) => hook.events.includes(e)).length} events
            </span>
            <ActionButton
              onAction={() => save(monitoring.webhooks.filter((other) => other.id !== hook.id))}
              busyLabel="Removing"
              aria-label={`Remove webhook ${hook.id}`}
            >
              Remove
            </ActionButton>
          </li>
        ))}
      </ul>
      <TextField
        label="Webhook id"
        value={draft.hookId}
        onChange={(hookId) => edit({ hookId })}
        error={errors[`webhooks.${hookIndex}.id`]}
        hint="Its signing secret comes from DNSTRAY_WEBHOOK_SECRET_<ID>, never from this window."
      />
      <TextField
        label="Webhook URL"
        value={draft.hookUrl}
        onChange={(hookUrl) => edit({ hookUrl })}
        error={errors[`webhooks.${hookIndex}.url`]}
      />
      <SelectField
        label="Webhook format"
        value={draft.hookFormat}
        options={[
          { value: 'json', label: 'JSON (signed when a secret is set)' },
          { value: 'ntfy', label: 'ntfy topic' },
        ]}
        onChange={(hookFormat) => edit({ hookFormat })}
      />
      <div className="row">
        <ActionButton onAction={() => save()} busyLabel="Saving">
          Save monitoring
        </ActionButton>
        <ActionButton onAction={saveDiagnostics} busyLabel="Collecting">
          Save diagnostics
        </ActionButton>
      </div>
    </section>
  );
}
