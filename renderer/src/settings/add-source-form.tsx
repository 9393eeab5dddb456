import { useState } from 'react';
import { EchoSourceSchema, type EchoSource } from '../../../shared/engine/engine-settings.js';
import { ActionButton } from '../ui/action-button.js';
import { SelectField, TextField } from '../ui/field.js';
import { toFieldErrorMap, type FieldErrors } from './field-errors.js';

interface Draft {
  name: string;
  family: 'ipv4' | 'ipv6';
  url: string;
  format: EchoSource['format'];
  jsonField: string;
}
const EMPTY: Draft = { name: '', family: 'ipv4', url: '', format: 'plain', jsonField: 'ip' };

interface AddSourceFormProps {
  /** The ids already taken, so the new one gets its own. */
  takenIds: readonly string[];
  /** The errors to show beside the fields: this form's own and those the core gave back. */
  errors: FieldErrors;
  onInvalid: (errors: FieldErrors) => void;
  /** Saves the new source; resolves true when it was saved, and the form empties. */
  onAdd: (source: EchoSource) => Promise<boolean>;
}

function sourceId(name: string, family: string, taken: readonly string[]): string {
  const base = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${family}`.replace(/^-+/, '');
  let id = base;
  for (let n = 2; taken.includes(id); n += 1) id = `${base}-${n}`;
  return id;
}

/** "Add a source": name, family, format and URL of an echo service of your own. */
export function AddSourceForm({ takenIds, errors, onInvalid, onAdd }: AddSourceFormProps) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const add = async () => {
    const name = draft.name.trim();
    const id = sourceId(name, draft.family, takenIds);
    const candidate = { ...draft, name, url: draft.url.trim(), id, enabled: true };
    const parsed = EchoSourceSchema.safeParse(candidate);
    if (!parsed.success) return onInvalid(toFieldErrorMap(parsed.error));
    if (await onAdd(parsed.data)) setDraft(EMPTY);
  };
  const edit = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  return (
    <fieldset className="plain">
      <legend>Add a source</legend>
      <SourceKindFields draft={draft} errors={errors} onEdit={edit} />
      <div className="row fields">
        <TextField
          label="Source URL"
          value={draft.url}
          onChange={(url) => edit({ url })}
          error={errors.url}
          placeholder="https://"
          spellCheck={false}
        />
        {draft.format === 'json' && (
          <TextField
            label="JSON field"
            value={draft.jsonField}
            onChange={(jsonField) => edit({ jsonField })}
            error={errors.jsonField}
          />
        )}
        <ActionButton onAction={add} busyLabel="Adding source">
          Add source
        </ActionButton>
      </div>
    </fieldset>
  );
}

function SourceKindFields({
  draft,
  errors,
  onEdit,
}: {
  draft: Draft;
  errors: FieldErrors;
  onEdit: (patch: Partial<Draft>) => void;
}) {
  return (
    <div className="row fields">
      <TextField
        label="Source name"
        value={draft.name}
        onChange={(name) => onEdit({ name })}
        error={errors.name ?? errors.id}
      />
      <SelectField
        label="Source family"
        value={draft.family}
        options={[
          { value: 'ipv4', label: 'IPv4' },
          { value: 'ipv6', label: 'IPv6' },
        ]}
        onChange={(family) => onEdit({ family })}
      />
      <SelectField
        label="Answer format"
        value={draft.format}
        options={[
          { value: 'plain', label: 'Plain text' },
          { value: 'json', label: 'JSON' },
          { value: 'trace', label: 'Cloudflare trace' },
        ]}
        onChange={(format) => onEdit({ format })}
      />
    </div>
  );
}
