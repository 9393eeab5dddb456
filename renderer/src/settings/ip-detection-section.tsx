import { useState } from 'react';
import { z } from 'zod';
import { EngineSettingsSchema } from '../../../shared/engine/engine-settings.js';
import type { Settings } from '../../../shared/settings/settings-schema.js';
import { ActionButton } from '../ui/action-button.js';
import { TextField } from '../ui/field.js';
import { Notice } from '../ui/notice.js';
import {
  fieldErrorsOf,
  messageOf,
  parseWholeNumber,
  toFieldErrorMap,
  type FieldErrors,
} from './field-errors.js';
import { SourceDoctor, type FamilyCheckView } from './source-doctor.js';
import { SourcesEditor } from './sources-editor.js';

interface IpDetectionSectionProps {
  settings: Settings;
  onSave: (patch: Pick<Settings, 'engine'>) => Promise<void>;
  onCheckSources: () => Promise<FamilyCheckView[]>;
}

const NumbersSchema = z.object({
  agreement: EngineSettingsSchema.shape.agreement,
  pollSeconds: EngineSettingsSchema.shape.pollSeconds,
  stableChecks: EngineSettingsSchema.shape.stableChecks,
});
type NumberField = keyof z.input<typeof NumbersSchema>;
const NUMBER_FIELDS: readonly NumberField[] = ['agreement', 'pollSeconds', 'stableChecks'];

/** Where the public address comes from, how sure DNS Tray must be, and how often it looks. */
export function IpDetectionSection({ settings, onSave, onCheckSources }: IpDetectionSectionProps) {
  const engine = settings.engine;
  const [families, setFamilies] = useState({
    ipv4: engine.families.includes('ipv4'),
    ipv6: engine.families.includes('ipv6'),
  });
  const [text, setText] = useState<Record<NumberField, string>>({
    agreement: String(engine.agreement),
    pollSeconds: String(engine.pollSeconds),
    stableChecks: String(engine.stableChecks),
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);

  const save = async () => {
    setNotice(null);
    const numbers = Object.fromEntries(
      NUMBER_FIELDS.map((field) => [field, parseWholeNumber(text[field])]),
    );
    const found: FieldErrors = {};
    for (const field of NUMBER_FIELDS)
      if (Number.isNaN(numbers[field])) found[field] = 'Enter a whole number.';
    const parsed = NumbersSchema.safeParse(numbers);
    if (!parsed.success) Object.assign(found, { ...toFieldErrorMap(parsed.error), ...found });
    if (!families.ipv4 && !families.ipv6)
      found.families = 'Keep at least one address family (IPv4 or IPv6).';
    setErrors(found);
    if (Object.keys(found).length > 0 || !parsed.success)
      return setNotice({ kind: 'error', text: 'Nothing was saved: correct the fields marked.' });
    try {
      await onSave({
        engine: {
          ...engine,
          ...parsed.data,
          families: (['ipv4', 'ipv6'] as const).filter((family) => families[family]),
        },
      });
      setNotice({ kind: 'success', text: 'IP detection saved.' });
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setNotice({ kind: 'error', text: `Nothing was saved: ${messageOf(error)}` });
    }
  };
  const numberField = (field: NumberField, label: string, hint: string) => (
    <TextField
      label={label}
      value={text[field]}
      onChange={(value) => setText({ ...text, [field]: value })}
      error={errors[field]}
      hint={hint}
      inputMode="numeric"
      className="narrow"
    />
  );

  return (
    <section className="card stack" aria-labelledby="ip-title">
      <h2 id="ip-title">IP detection</h2>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      <fieldset className="plain">
        <legend>Address families to keep</legend>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={families.ipv4}
            onChange={(event) => setFamilies({ ...families, ipv4: event.target.checked })}
          />
          IPv4 (A records)
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={families.ipv6}
            onChange={(event) => setFamilies({ ...families, ipv6: event.target.checked })}
          />
          IPv6 (AAAA records)
        </label>
        {errors.families && (
          <span className="field-error" role="alert">
            {errors.families}
          </span>
        )}
      </fieldset>
      <div className="row fields">
        {numberField(
          'agreement',
          'Sources that must agree',
          'An address is believed only when this many independent sources give it.',
        )}
        {numberField('pollSeconds', 'Poll interval (seconds)', 'How often the sources are asked.')}
        {numberField(
          'stableChecks',
          'Stability checks',
          'Checks in a row that must see a new address before an update is spent.',
        )}
      </div>
      <div>
        <ActionButton variant="primary" onAction={save} busyLabel="Saving">
          Save IP detection
        </ActionButton>
      </div>
      <h3>Sources</h3>
      <SourcesEditor
        sources={engine.sources}
        onSave={(sources) => onSave({ engine: { ...engine, sources } })}
      />
      <p className="muted">
        Check sources asks every configured source at once and shows what each answered.
      </p>
      <SourceDoctor onCheck={onCheckSources} />
    </section>
  );
}
