import { useEffect, useState } from 'react';
import { familyLabel } from '../../../shared/engine/family-label.js';
import { DEFAULT_ECHO_SOURCES } from '../../../shared/engine/default-echo-sources.js';
import { EchoSourceSchema, type EchoSource } from '../../../shared/engine/engine-settings.js';
import { ActionButton } from '../ui/action-button.js';
import { ConfirmDialog } from '../ui/confirm-dialog.js';
import { SelectField, TextField } from '../ui/field.js';
import { Notice } from '../ui/notice.js';
import { fieldErrorsOf, messageOf, toFieldErrorMap, type FieldErrors } from './field-errors.js';

interface SourcesEditorProps {
  /** The configured echo sources, or undefined while the built-in list is used. */
  sources: readonly EchoSource[] | undefined;
  onSave: (sources: EchoSource[]) => Promise<void>;
}

const EMPTY = {
  name: '',
  family: 'ipv4' as const,
  url: '',
  format: 'plain' as const,
  jsonField: 'ip',
};
type Draft = { name: string; family: 'ipv4' | 'ipv6'; url: string; format: EchoSource['format'] };

function sourceId(name: string, family: string, taken: readonly string[]): string {
  const base = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${family}`.replace(/^-+/, '');
  let id = base;
  for (let n = 2; taken.includes(id); n += 1) id = `${base}-${n}`;
  return id;
}

/** The echo services asked for the public address: switch them on or off, add your own. */
export function SourcesEditor({ sources, onSave }: SourcesEditorProps) {
  const [draft, setDraft] = useState<Draft & { jsonField: string }>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [removing, setRemoving] = useState<EchoSource | null>(null);
  // Show a change at once; the saved list takes over again when it arrives (or on error).
  const [shown, setShown] = useState(sources);
  useEffect(() => setShown(sources), [sources]);
  // Until the user changes it the built-in list is in use: changes start from it, not from [].
  const list = shown ?? DEFAULT_ECHO_SOURCES;

  const save = async (next: EchoSource[], done: string) => {
    setNotice(null);
    setShown(next);
    try {
      await onSave(next);
      setNotice({ kind: 'success', text: done });
      return true;
    } catch (error) {
      setShown(sources);
      setErrors(fieldErrorsOf(error));
      setNotice({ kind: 'error', text: `Nothing was saved: ${messageOf(error)}` });
      return false;
    }
  };
  const add = async () => {
    const candidate = {
      ...draft,
      name: draft.name.trim(),
      url: draft.url.trim(),
      id: sourceId(
        draft.name.trim(),
        draft.family,
        list.map((s) => s.id),
      ),
      enabled: true,
    };
    const parsed = EchoSourceSchema.safeParse(candidate);
    if (!parsed.success) {
      setErrors(toFieldErrorMap(parsed.error));
      return setNotice({ kind: 'error', text: 'Nothing was saved: correct the fields marked.' });
    }
    setErrors({});
    if (await save([...list, parsed.data], `Added ${parsed.data.name}.`)) setDraft(EMPTY);
  };

  return (
    <div className="stack sources-editor">
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      {shown === undefined && (
        <p className="muted">
          DNS Tray asks these built-in echo services, run by several independent operators. A source
          you add joins them; switch off the ones you do not want.
        </p>
      )}
      <table className="data">
        <caption className="visually-hidden">Configured echo sources</caption>
        <thead>
          <tr>
            <th scope="col">Use</th>
            <th scope="col">Name</th>
            <th scope="col">Family</th>
            <th scope="col">Address</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.map((source) => (
            <tr key={source.id}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Use ${source.name} (${familyLabel(source.family)})`}
                  checked={source.enabled}
                  onChange={(event) =>
                    void save(
                      list.map((s) =>
                        s.id === source.id ? { ...s, enabled: event.target.checked } : s,
                      ),
                      `${event.target.checked ? 'Using' : 'Not using'} ${source.name}.`,
                    )
                  }
                />
              </td>
              <td>{source.name}</td>
              <td>{familyLabel(source.family)}</td>
              <td className="wrap">
                {source.url} <span className="muted">({source.format})</span>
              </td>
              <td>
                <button
                  type="button"
                  className="button button-link"
                  onClick={() => setRemoving(source)}
                >
                  Remove {source.name} ({familyLabel(source.family)})
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <fieldset className="plain">
        <legend>Add a source</legend>
        <div className="row fields">
          <TextField
            label="Source name"
            value={draft.name}
            onChange={(name) => setDraft({ ...draft, name })}
            error={errors.name ?? errors.id}
          />
          <SelectField
            label="Source family"
            value={draft.family}
            options={[
              { value: 'ipv4', label: 'IPv4' },
              { value: 'ipv6', label: 'IPv6' },
            ]}
            onChange={(family) => setDraft({ ...draft, family })}
          />
          <SelectField
            label="Answer format"
            value={draft.format}
            options={[
              { value: 'plain', label: 'Plain text' },
              { value: 'json', label: 'JSON' },
              { value: 'trace', label: 'Cloudflare trace' },
            ]}
            onChange={(format) => setDraft({ ...draft, format })}
          />
        </div>
        <div className="row fields">
          <TextField
            label="Source URL"
            value={draft.url}
            onChange={(url) => setDraft({ ...draft, url })}
            error={errors.url}
            placeholder="https://"
            spellCheck={false}
          />
          {draft.format === 'json' && (
            <TextField
              label="JSON field"
              value={draft.jsonField}
              onChange={(jsonField) => setDraft({ ...draft, jsonField })}
              error={errors.jsonField}
            />
          )}
          <ActionButton onAction={add} busyLabel="Adding source">
            Add source
          </ActionButton>
        </div>
      </fieldset>
      <ConfirmDialog
        open={removing !== null}
        title={`Remove the source ${removing?.name ?? ''}?`}
        confirmLabel="Remove source"
        danger
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const source = removing!;
          setRemoving(null);
          void save(
            list.filter((s) => s.id !== source.id),
            `Removed ${source.name}.`,
          );
        }}
      >
        <p>DNS Tray stops asking {removing?.url} for the public address.</p>
      </ConfirmDialog>
    </div>
  );
}
