import { useEffect, useState } from 'react';
import { familyLabel } from '../../../shared/engine/family-label.js';
import { DEFAULT_ECHO_SOURCES } from '../../../shared/engine/default-echo-sources.js';
import type { EchoSource } from '../../../shared/engine/engine-settings.js';
import { ConfirmDialog } from '../ui/confirm-dialog.js';
import { DataTable, type DataColumn } from '../ui/data-table.js';
import { Notice } from '../ui/notice.js';
import { AddSourceForm } from './add-source-form.js';
import { fieldErrorsOf, messageOf, type FieldErrors } from './field-errors.js';

interface SourcesEditorProps {
  /** The configured echo sources, or undefined while the built-in list is used. */
  sources: readonly EchoSource[] | undefined;
  onSave: (sources: EchoSource[]) => Promise<void>;
}

const nameOf = (source: EchoSource) => `${source.name} (${familyLabel(source.family)})`;
type SourcesNotice = { kind: 'error' | 'success'; text: string } | null;

/** The list as shown, saved on every change: shown at once, put back when the save is refused. */
function useSavedSources(
  sources: SourcesEditorProps['sources'],
  onSave: SourcesEditorProps['onSave'],
) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<SourcesNotice>(null);
  const [shown, setShown] = useState(sources);
  useEffect(() => setShown(sources), [sources]);
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
  const refuse = (found: FieldErrors) => {
    setErrors(found);
    setNotice({ kind: 'error', text: 'Nothing was saved: correct the fields marked.' });
  };
  const clearErrors = () => setErrors({});
  // Until the user changes it the built-in list is in use: changes start from it, not from [].
  return {
    list: shown ?? DEFAULT_ECHO_SOURCES,
    builtIn: shown === undefined,
    errors,
    notice,
    save,
    refuse,
    clearErrors,
  };
}

/** The echo services asked for the public address: switch them on or off, add your own. */
export function SourcesEditor({ sources, onSave }: SourcesEditorProps) {
  const saved = useSavedSources(sources, onSave);
  const { list, save, notice } = saved;
  const [removing, setRemoving] = useState<EchoSource | null>(null);
  const toggle = (source: EchoSource, enabled: boolean) =>
    void save(
      list.map((s) => (s.id === source.id ? { ...s, enabled } : s)),
      `${enabled ? 'Using' : 'Not using'} ${source.name}.`,
    );
  const add = (source: EchoSource) => {
    saved.clearErrors();
    return save([...list, source], `Added ${source.name}.`);
  };
  const remove = (source: EchoSource) => {
    setRemoving(null);
    void save(
      list.filter((s) => s.id !== source.id),
      `Removed ${source.name}.`,
    );
  };
  return (
    <div className="stack sources-editor">
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      {saved.builtIn && (
        <p className="muted">
          DNS Tray asks these built-in echo services, run by several independent operators. A source
          you add joins them; switch off the ones you do not want.
        </p>
      )}
      <SourcesTable list={list} onToggle={toggle} onRemove={setRemoving} />
      <AddSourceForm
        takenIds={list.map((s) => s.id)}
        errors={saved.errors}
        onInvalid={saved.refuse}
        onAdd={add}
      />
      <RemoveSourceDialog source={removing} onCancel={() => setRemoving(null)} onConfirm={remove} />
    </div>
  );
}

function RemoveSourceDialog({
  source,
  onCancel,
  onConfirm,
}: {
  source: EchoSource | null;
  onCancel: () => void;
  onConfirm: (source: EchoSource) => void;
}) {
  return (
    <ConfirmDialog
      open={source !== null}
      title={`Remove the source ${source?.name ?? ''}?`}
      confirmLabel="Remove source"
      danger
      onCancel={onCancel}
      onConfirm={() => onConfirm(source!)}
    >
      <p>DNS Tray stops asking {source?.url} for the public address.</p>
    </ConfirmDialog>
  );
}

/** Use, name, family and address of each source; the actions column holds its Remove. */
function sourceColumns(
  onToggle: (source: EchoSource, enabled: boolean) => void,
): DataColumn<EchoSource>[] {
  return [
    {
      header: 'Use',
      cell: (source) => (
        <input
          type="checkbox"
          aria-label={`Use ${nameOf(source)}`}
          checked={source.enabled}
          onChange={(event) => onToggle(source, event.target.checked)}
        />
      ),
    },
    { header: 'Name', cell: (source) => source.name },
    { header: 'Family', cell: (source) => familyLabel(source.family) },
    {
      header: 'Address',
      className: 'wrap',
      cell: (source) => (
        <>
          {source.url} <span className="muted">({source.format})</span>
        </>
      ),
    },
  ];
}

function SourcesTable({
  list,
  onToggle,
  onRemove,
}: {
  list: readonly EchoSource[];
  onToggle: (source: EchoSource, enabled: boolean) => void;
  onRemove: (source: EchoSource) => void;
}) {
  return (
    <DataTable
      caption="Configured echo sources"
      columns={sourceColumns(onToggle)}
      rows={list}
      rowKey={(source) => source.id}
      actions={(source) => (
        <button type="button" className="button button-link" onClick={() => onRemove(source)}>
          Remove {nameOf(source)}
        </button>
      )}
    />
  );
}
