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
import { downloadText } from './download-text.js';
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

type MonitoringNotice = { kind: 'error' | 'success'; text: string } | null;

/** "Save diagnostics": the file is downloaded, and the notice says where it went or why not. */
async function saveDiagnostics(
  onExport: MonitoringSectionProps['onExportDiagnostics'],
  setNotice: (notice: MonitoringNotice) => void,
): Promise<void> {
  setNotice(null);
  try {
    const { fileName, text } = await onExport();
    downloadText(fileName, text);
    setNotice({ kind: 'success', text: `Saved ${fileName} (without passwords).` });
  } catch (error) {
    setNotice({ kind: 'error', text: `Diagnostics not saved: ${messageOf(error)}` });
  }
}

/** The draft, and saving it with a given list of webhooks (the saved one, one less, one more). */
function useMonitoringForm(
  monitoring: MonitoringSettings,
  onSave: MonitoringSectionProps['onSave'],
) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(monitoring));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<MonitoringNotice>(null);
  const save = async (hooks: readonly WebhookSettings[] = monitoring.webhooks) => {
    setNotice(null);
    const parsed = MonitoringSettingsSchema.safeParse(candidateOf(draft, hooks));
    setErrors(parsed.success ? {} : toFieldErrorMap(parsed.error));
    if (!parsed.success) return;
    try {
      await onSave({ monitoring: parsed.data });
      setDraft({ ...draft, hookId: '', hookUrl: '' });
      setNotice({ kind: 'success', text: 'Monitoring settings saved.' });
    } catch (error) {
      // The core names the field ("monitoring.heartbeat.url"); shown beside it when it is one here.
      const fields = fieldErrorsOf(error);
      setErrors({ 'heartbeat.url': fields.url ?? '', 'metrics.tokenFile': fields.tokenFile ?? '' });
      setNotice({ kind: 'error', text: `Not saved: ${messageOf(error)}` });
    }
  };
  const edit = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  return { draft, edit, errors, notice, setNotice, save };
}

/** Heartbeat, webhooks and the metrics token file, and "Save diagnostics" */
export function MonitoringSection({
  settings,
  onSave,
  onExportDiagnostics,
  onLoadDeliveries,
}: MonitoringSectionProps) {
  const monitoring = settings.monitoring;
  const { draft, edit, errors, notice, setNotice, save } = useMonitoringForm(monitoring, onSave);
  return (
    <section className="card stack" aria-labelledby="monitoring-title">
      <h2 id="monitoring-title">Monitoring</h2>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      <FailedDeliveries settings={settings} onLoad={onLoadDeliveries} />
      <HeartbeatFields draft={draft} errors={errors} onEdit={edit} />
      <h3>Webhooks</h3>
      <WebhookList
        hooks={monitoring.webhooks}
        onRemove={(id) => save(monitoring.webhooks.filter((other) => other.id !== id))}
      />
      <NewWebhookFields
        draft={draft}
        errors={errors}
        index={monitoring.webhooks.length}
        onEdit={edit}
      />
      <div className="row">
        <ActionButton onAction={() => save()} busyLabel="Saving">
          Save monitoring
        </ActionButton>
        <ActionButton
          onAction={() => saveDiagnostics(onExportDiagnostics, setNotice)}
          busyLabel="Collecting"
        >
          Save diagnostics
        </ActionButton>
      </div>
    </section>
  );
}

/** The heartbeat or webhook deliveries that failed last time; reloaded when settings change. */
function FailedDeliveries({
  settings,
  onLoad,
}: {
  settings: Settings;
  onLoad: () => Promise<Delivery[]>;
}) {
  const [deliveries, setDeliveries] = useState<Delivery[]>([]);
  useEffect(() => {
    onLoad().then(setDeliveries, () => setDeliveries([]));
  }, [onLoad, settings]);
  return deliveries
    .filter((delivery) => delivery.state === 'failed')
    .map((delivery) => (
      <Notice kind="error" key={delivery.target}>
        {delivery.detail} ({delivery.at})
      </Notice>
    ));
}

interface DraftFieldsProps {
  draft: Draft;
  errors: FieldErrors;
  onEdit: (patch: Partial<Draft>) => void;
}

function HeartbeatFields({ draft, errors, onEdit }: DraftFieldsProps) {
  return (
    <>
      <TextField
        label="Heartbeat URL"
        value={draft.heartbeatUrl}
        onChange={(heartbeatUrl) => onEdit({ heartbeatUrl })}
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
        onChange={(heartbeatStyle) => onEdit({ heartbeatStyle })}
      />
      <TextField
        label="Metrics token file"
        value={draft.tokenFile}
        onChange={(tokenFile) => onEdit({ tokenFile })}
        error={errors['metrics.tokenFile']}
        hint="A file readable only by DNS Tray holding the token /metrics accepts (headless)."
      />
    </>
  );
}

function WebhookList({
  hooks,
  onRemove,
}: {
  hooks: readonly WebhookSettings[];
  onRemove: (id: string) => Promise<unknown>;
}) {
  return (
    <>
      {hooks.length === 0 && <p className="muted">No webhook yet.</p>}
      <ul className="plain stack">
        {hooks.map((hook) => (
          <li key={hook.id} className="row">
            <span>
              {hook.id} ({hook.format}):{' '}
              {WEBHOOK_EVENTS.filter((e) => hook.events.includes(e)).length} events
            </span>
            <ActionButton
              onAction={() => onRemove(hook.id)}
              busyLabel="Removing"
              aria-label={`Remove webhook ${hook.id}`}
            >
              Remove
            </ActionButton>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The webhook being added; `index` is where it goes, which is how its errors are keyed. */
function NewWebhookFields({ draft, errors, index, onEdit }: DraftFieldsProps & { index: number }) {
  return (
    <>
      <TextField
        label="Webhook id"
        value={draft.hookId}
        onChange={(hookId) => onEdit({ hookId })}
        error={errors[`webhooks.${index}.id`]}
        hint="Its signing secret comes from DNSTRAY_WEBHOOK_SECRET_<ID>, never from this window."
      />
      <TextField
        label="Webhook URL"
        value={draft.hookUrl}
        onChange={(hookUrl) => onEdit({ hookUrl })}
        error={errors[`webhooks.${index}.url`]}
      />
      <SelectField
        label="Webhook format"
        value={draft.hookFormat}
        options={[
          { value: 'json', label: 'JSON (signed when a secret is set)' },
          { value: 'ntfy', label: 'ntfy topic' },
        ]}
        onChange={(hookFormat) => onEdit({ hookFormat })}
      />
    </>
  );
}
