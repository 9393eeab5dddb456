import { useState } from 'react';
import type { z } from '../../../shared/validators/z.js';
import type { RecordAnswersSchema } from '../../../shared/engine/record-verification.js';
import type { Settings } from '../../../shared/settings/settings-schema.js';
import { VerifySettingsSchema } from '../../../shared/settings/verify-settings.js';
import { ActionButton } from '../ui/action-button.js';
import { TextField } from '../ui/field.js';
import { Notice } from '../ui/notice.js';
import { messageOf, parseWholeNumber, toFieldErrorMap, type FieldErrors } from './field-errors.js';
import { TableHead } from '../ui/table-head.js';

export type RecordAnswersView = z.output<typeof RecordAnswersSchema>;

interface VerifySectionProps {
  settings: Settings;
  onSave: (patch: Pick<Settings, 'engine'>) => Promise<void>;
  /** Asks every nameserver now; each record with what each server answered. */
  onAsk?: () => Promise<RecordAnswersView[]>;
}

type VerifyNotice = { kind: 'error' | 'success'; text: string } | null;
interface VerifyDraft {
  enabled: boolean;
  interval: string;
  grace: string;
  servers: string;
}

/** The fields as typed, and saving them into the engine settings once the schema accepts them. */
function useVerifyForm(settings: Settings, onSave: VerifySectionProps['onSave']) {
  const verify = settings.engine.verify;
  const [draft, setDraft] = useState<VerifyDraft>({
    enabled: verify.enabled,
    interval: String(verify.intervalMinutes),
    grace: String(verify.graceMinutes),
    servers: verify.nameservers.join(', '),
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<VerifyNotice>(null);
  const save = async () => {
    setNotice(null);
    const parsed = VerifySettingsSchema.safeParse({
      enabled: draft.enabled,
      intervalMinutes: parseWholeNumber(draft.interval),
      graceMinutes: parseWholeNumber(draft.grace),
      nameservers: draft.servers.split(/[\s,]+/).filter(Boolean),
    });
    setErrors(parsed.success ? {} : toFieldErrorMap(parsed.error));
    if (!parsed.success)
      return setNotice({ kind: 'error', text: 'Nothing was saved: correct the fields marked.' });
    try {
      await onSave({ engine: { ...settings.engine, verify: parsed.data } });
      setNotice({ kind: 'success', text: 'DNS checking saved.' });
    } catch (error) {
      setNotice({ kind: 'error', text: `Nothing was saved: ${messageOf(error)}` });
    }
  };
  const edit = (patch: Partial<VerifyDraft>) => setDraft({ ...draft, ...patch });
  return { draft, edit, errors, notice, setNotice, save };
}

/** "Checking what DNS serves": on or off, how often, the grace period, and which nameservers. */
export function VerifySection({ settings, onSave, onAsk }: VerifySectionProps) {
  const { draft, edit, errors, notice, setNotice, save } = useVerifyForm(settings, onSave);
  const [answers, setAnswers] = useState<RecordAnswersView[] | null>(null);
  const ask = async () => {
    try {
      setAnswers(await onAsk!());
    } catch (error) {
      setNotice({ kind: 'error', text: `The nameservers could not be asked: ${messageOf(error)}` });
    }
  };
  return (
    <section className="card stack" aria-labelledby="verify-title" data-testid="verify-section">
      <h2 id="verify-title">Checking what DNS serves</h2>
      <p className="muted">
        DNS Tray asks the nameservers of freedns.io for every record it wrote, and writes a record
        again when someone changed it elsewhere. This costs no freedns.io request.
      </p>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      <VerifyFields draft={draft} errors={errors} onEdit={edit} />
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

type VerifyFieldsProps = {
  draft: VerifyDraft;
  errors: FieldErrors;
  onEdit: (patch: Partial<VerifyDraft>) => void;
};

/** How often to check, and how long after an update an old answer is still expected. */
function VerifyTimingFields({ draft, errors, onEdit }: VerifyFieldsProps) {
  return (
    <>
      <TextField
        label="Check every (minutes)"
        value={draft.interval}
        onChange={(interval) => onEdit({ interval })}
        error={errors.intervalMinutes}
        hint="1 to 1440; also right after each update."
        inputMode="numeric"
        className="narrow"
      />
      <TextField
        label="Grace period after an update (minutes)"
        value={draft.grace}
        onChange={(grace) => onEdit({ grace })}
        error={errors.graceMinutes}
        hint="0 to 120: how long nameservers may still serve the old value."
        inputMode="numeric"
        className="narrow"
      />
    </>
  );
}

function VerifyFields({ draft, errors, onEdit }: VerifyFieldsProps) {
  // One message for the list: the first nameserver the schema refused.
  const serverError = Object.entries(errors).find(([field]) => field.startsWith('nameservers'));
  return (
    <>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.enabled}
          onChange={(e) => onEdit({ enabled: e.target.checked })}
        />
        Check published records
      </label>
      <VerifyTimingFields draft={draft} errors={errors} onEdit={onEdit} />
      <TextField
        label="Nameservers to ask"
        value={draft.servers}
        onChange={(servers) => onEdit({ servers })}
        error={serverError?.[1]}
        hint="Empty: look up the zone's own nameservers. Or host, host:port, [IPv6]:port, comma separated."
      />
    </>
  );
}

function NameserverAnswers({ answers }: { answers: RecordAnswersView[] }) {
  if (answers.length === 0)
    return <p className="muted">No record to check yet: nothing was written to freedns.io.</p>;
  return (
    <table className="data" data-testid="nameserver-answers">
      <caption className="visually-hidden">What each nameserver answered</caption>
      <TableHead headers={['Record', 'Nameserver', 'Answer']} />
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
