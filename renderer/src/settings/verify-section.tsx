import { useState } from 'react';
import type { z } from 'zod';
import type { RecordAnswersSchema } from '../../../shared/engine/record-verification.js';
import type { Settings } from '../../../shared/settings/settings-schema.js';
import { VerifySettingsSchema } from '../../../shared/settings/verify-settings.js';
import { ActionButton } from '../ui/action-button.js';
import { TextField } from '../ui/field.js';
import { Notice } from '../ui/notice.js';
import { messageOf, parseWholeNumber, toFieldErrorMap, type FieldErrors } from './field-errors.js';

export type RecordAnswersView = z.output<typeof RecordAnswersSchema>;

interface VerifySectionProps {
  settings: Settings;
  onSave: (patch: Pick<Settings, 'engine'>) => Promise<void>;
  /** Asks every nameserver now; each record with what each server answered. */
  onAsk?: () => Promise<RecordAnswersView[]>;
}

/** "Checking what DNS serves": on or off, how often, the grace period, and which nameservers. */
export function VerifySection({ settings, onSave, onAsk }: VerifySectionProps) {
  const verify = settings.engine.verify;
  const [enabled, setEnabled] = useState(verify.enabled);
  const [interval, setIntervalText] = useState(String(verify.intervalMinutes));
  const [grace, setGrace] = useState(String(verify.graceMinutes));
  const [servers, setServers] = useState(verify.nameservers.join(', '));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [answers, setAnswers] = useState<RecordAnswersView[] | null>(null);

  const save = async () => {
    setNotice(null);
    const parsed = VerifySettingsSchema.safeParse({
      enabled,
      intervalMinutes: parseWholeNumber(interval),
      graceMinutes: parseWholeNumber(grace),
      nameservers: servers.split(/[\s,]+/).filter(Boolean),
    });
    if (!parsed.success) {
      setErrors(toFieldErrorMap(parsed.error));
      return setNotice({ kind: 'error', text: 'Nothing was saved: correct the fields marked.' });
    }
    setErrors({});
    try {
      await onSave({ engine: { ...settings.engine, verify: parsed.data } });
      setNotice({ kind: 'success', text: 'DNS checking saved.' });
    } catch (error) {
      setNotice({ kind: 'error', text: `Nothing was saved: ${messageOf(error)}` });
    }
  };
  const ask = async () => {
    try {
      setAnswers(await onAsk!());
    } catch (error) {
      setNotice({ kind: 'error', text: `The nameservers could not be asked: ${messageOf(error)}` });
    }
  };
  const serverError = Object.entries(errors).find(([field]) => field.startsWith('nameservers'));

  return (
    <section className="card stack" aria-labelledby="verify-title" data-testid="verify-section">
      <h2 id="verify-title">Checking what DNS serves</h2>
      <p className="muted">
        DNS Tray asks the nameservers of freedns.io for every record it wrote, and writes a record
        again when someone changed it elsewhere. This costs no freedns.io request.
      </p>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      <label className="checkbox">
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
        Check published records
      </label>
      <TextField
        label="Check every (minutes)"
        value={interval}
        onChange={setIntervalText}
        error={errors.intervalMinutes}
        hint="1 to 1440; also right after each update."
        inputMode="numeric"
        className="narrow"
      />
      <TextField
        label="Grace period after an update (minutes)"
        value={grace}
        onChange={setGrace}
        error={errors.graceMinutes}
        hint="0 to 120: how long nameservers may still serve the old value."
        inputMode="numeric"
        className="narrow"
      />
      <TextField
        label="Nameservers to ask"
        value={servers}
        onChange={setServers}
        error={serverError?.[1]}
        hint="Empty: look up the zone's own nameservers. Or host, host:port, [IPv6]:port, comma separated."
      />
      <div className="row">
        <ActionButton onAction={save} busyLabel="Saving">
          Save DNS checking
        </ActionButton>
        {onAsk && (
          <ActionButton onAction={ask} busyLabel="Asking the nameservers">
            Ask the nameservers
          </ActionButton>
        )}
      </div>
      {answers && <NameserverAnswers answers={answers} />}
    </section>
  );
}

function NameserverAnswers({ answers }: { answers: RecordAnswersView[] }) {
  if (answers.length === 0)
    return <p className="muted">No record to check yet: nothing was written to freedns.io.</p>;
  return (
    <table className="data" data-testid="nameserver-answers">
      <caption className="visually-hidden">What each nameserver answered</caption>
      <thead>
        <tr>
          <th scope="col">Record</th>
          <th scope="col">Nameserver</th>
          <th scope="col">Answer</th>
        </tr>
      </thead>
      <tbody>
        {answers.flatMap((record) =>
          record.answers.map((answer) => (
            <tr
              key={`${record.host}/${record.record}/${answer.server}`}
              data-testid="nameserver-row"
            >
              <td>
                {record.host} {record.record}
              </td>
              <td>{answer.server}</td>
              <td className="wrap">
                <span
                  className={`badge ${answer.outcome === 'answer' ? 'badge-ok' : 'badge-muted'}`}
                >
                  {answer.outcome}
                </span>{' '}
                {answer.detail}
              </td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}
