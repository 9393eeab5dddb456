import { useState } from 'react';
import { z } from '../../../shared/validators/z.js';
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

type NumberTexts = Record<NumberField, string>;
type Families = { ipv4: boolean; ipv6: boolean };
type IpNotice = { kind: 'error' | 'success'; text: string } | null;

/** The numbers as typed and the families ticked -> the errors to show, or the values to save. */
function checkIpDetection(text: Record<NumberField, string>, families: Families) {
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
  const valid = Object.keys(found).length === 0 && parsed.success;
  return { found, numbers: valid ? parsed.data : null };
}

/** The families and numbers as edited, and saving them over the rest of the engine settings. */
function useIpDetectionForm(engine: Settings['engine'], onSave: IpDetectionSectionProps['onSave']) {
  const [families, setFamilies] = useState<Families>({
    ipv4: engine.families.includes('ipv4'),
    ipv6: engine.families.includes('ipv6'),
  });
  const [text, setText] = useState(
    () => Object.fromEntries(NUMBER_FIELDS.map((f) => [f, String(engine[f])])) as NumberTexts,
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<IpNotice>(null);

  const save = async () => {
    setNotice(null);
    const { found, numbers } = checkIpDetection(text, families);
    setErrors(found);
    if (!numbers)
      return setNotice({ kind: 'error', text: 'Nothing was saved: correct the fields marked.' });
    const kept = (['ipv4', 'ipv6'] as const).filter((family) => families[family]);
    try {
      await onSave({ engine: { ...engine, ...numbers, families: kept } });
      setNotice({ kind: 'success', text: 'IP detection saved.' });
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setNotice({ kind: 'error', text: `Nothing was saved: ${messageOf(error)}` });
    }
  };
  return { families, setFamilies, text, setText, errors, notice, save };
}

/** Where the public address comes from, how sure DNS Tray must be, and how often it looks. */
export function IpDetectionSection({ settings, onSave, onCheckSources }: IpDetectionSectionProps) {
  const engine = settings.engine;
  const { families, setFamilies, text, setText, errors, notice, save } = useIpDetectionForm(
    engine,
    onSave,
  );
  return (
    <section className="card stack" aria-labelledby="ip-title">
      <h2 id="ip-title">IP detection</h2>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      <FamiliesFieldset families={families} error={errors.families} onChange={setFamilies} />
      <NumberFields text={text} errors={errors} onChange={setText} />
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
      <DoctorPart onCheck={onCheckSources} />
    </section>
  );
}

function DoctorPart({ onCheck }: { onCheck: () => Promise<FamilyCheckView[]> }) {
  return (
    <>
      <p className="muted">
        Check sources asks every configured source at once and shows what each answered.
      </p>
      <SourceDoctor onCheck={onCheck} />
    </>
  );
}

const FAMILY_LABELS = [
  ['ipv4', 'IPv4 (A records)'],
  ['ipv6', 'IPv6 (AAAA records)'],
] as const;

function FamiliesFieldset({
  families,
  error,
  onChange,
}: {
  families: Families;
  error: string | undefined;
  onChange: (families: Families) => void;
}) {
  return (
    <fieldset className="plain">
      <legend>Address families to keep</legend>
      {FAMILY_LABELS.map(([family, label]) => (
        <label key={family} className="checkbox">
          <input
            type="checkbox"
            checked={families[family]}
            onChange={(event) => onChange({ ...families, [family]: event.target.checked })}
          />
          {label}
        </label>
      ))}
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </fieldset>
  );
}

const NUMBER_LABELS: Record<NumberField, { label: string; hint: string }> = {
  agreement: {
    label: 'Sources that must agree',
    hint: 'An address is believed only when this many independent sources give it.',
  },
  pollSeconds: { label: 'Poll interval (seconds)', hint: 'How often the sources are asked.' },
  stableChecks: {
    label: 'Stability checks',
    hint: 'Checks in a row that must see a new address before an update is spent.',
  },
};

function NumberFields({
  text,
  errors,
  onChange,
}: {
  text: Record<NumberField, string>;
  errors: FieldErrors;
  onChange: (text: Record<NumberField, string>) => void;
}) {
  return (
    <div className="row fields">
      {NUMBER_FIELDS.map((field) => (
        <TextField
          key={field}
          label={NUMBER_LABELS[field].label}
          value={text[field]}
          onChange={(value) => onChange({ ...text, [field]: value })}
          error={errors[field]}
          hint={NUMBER_LABELS[field].hint}
          inputMode="numeric"
          className="narrow"
        />
      ))}
    </div>
  );
}
