import { FieldShell, SelectField, TextField } from '../ui/field.js';
import { splitList, type FieldErrors } from './form-check.js';

export interface TargetDraft {
  mode: 'nameservers' | 'forward' | 'keep';
  nameservers: string;
  forwardUrl: string;
  forwardMode: 'cloak' | '301_redirect';
}

export const EMPTY_TARGET: TargetDraft = {
  mode: 'nameservers',
  nameservers: '',
  forwardUrl: '',
  forwardMode: 'cloak',
};

/** The request part for a target: nameservers or a forward URL, never both. */
export function targetRequest(draft: TargetDraft): {
  nameservers?: string[];
  forwardUrl?: string;
  forwardMode?: 'cloak' | '301_redirect';
} {
  if (draft.mode === 'keep') return {};
  if (draft.mode === 'nameservers') return { nameservers: splitList(draft.nameservers) };
  return { forwardUrl: draft.forwardUrl.trim(), forwardMode: draft.forwardMode };
}

interface TargetFieldsProps {
  value: TargetDraft;
  onChange: (value: TargetDraft) => void;
  errors: FieldErrors;
  /** Offer "leave as it is" (modify). */
  allowKeep?: boolean;
}

/** Where the domain points: its own nameservers (at least two) or a web forward. */
export function TargetFields({ value, onChange, errors, allowKeep }: TargetFieldsProps) {
  const modes = [
    ...(allowKeep ? [{ id: 'keep', label: 'Leave as it is' } as const] : []),
    { id: 'nameservers', label: 'Use nameservers' } as const,
    { id: 'forward', label: 'Forward to a web address' } as const,
  ];
  return (
    <fieldset className="stack">
      <legend>Where the domain points</legend>
      <div className="inline-choices">
        {modes.map((mode) => (
          <label key={mode.id} className="checkbox">
            <input
              type="radio"
              name="target-mode"
              checked={value.mode === mode.id}
              onChange={() => onChange({ ...value, mode: mode.id })}
            />
            {mode.label}
          </label>
        ))}
      </div>
      {value.mode === 'nameservers' && (
        <NameserversField value={value} onChange={onChange} errors={errors} />
      )}
      {value.mode === 'forward' && (
        <ForwardFields value={value} onChange={onChange} errors={errors} />
      )}
      {errors.forwardUrl && value.mode !== 'forward' && (
        <span className="field-error" role="alert">
          {errors.forwardUrl}
        </span>
      )}
    </fieldset>
  );
}

type PartProps = Omit<TargetFieldsProps, 'allowKeep'>;

function NameserversField({ value, onChange, errors }: PartProps) {
  return (
    <FieldShell
      label="Nameservers"
      error={errors.nameservers}
      hint="At least two, one per line. A nameserver inside the domain needs a glue record first."
    >
      {({ inputId, describedBy, invalid }) => (
        <textarea
          id={inputId}
          rows={3}
          value={value.nameservers}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => onChange({ ...value, nameservers: e.target.value })}
        />
      )}
    </FieldShell>
  );
}

function ForwardFields({ value, onChange, errors }: PartProps) {
  return (
    <div className="row">
      <TextField
        label="Forward URL"
        value={value.forwardUrl}
        onChange={(forwardUrl) => onChange({ ...value, forwardUrl })}
        error={errors.forwardUrl}
        placeholder="https://example.org/"
      />
      <SelectField
        label="Forward mode"
        value={value.forwardMode}
        onChange={(forwardMode) => onChange({ ...value, forwardMode })}
        options={[
          { value: 'cloak', label: 'Cloak (keep the address)' },
          { value: '301_redirect', label: '301 redirect' },
        ]}
      />
    </div>
  );
}
