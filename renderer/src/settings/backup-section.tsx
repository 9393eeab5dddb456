import { useRef, useState, type RefObject } from 'react';
import { ActionButton } from '../ui/action-button.js';
import { Notice } from '../ui/notice.js';
import { downloadText } from './download-text.js';
import { messageOf } from './field-errors.js';

interface BackupSectionProps {
  /** The settings as JSON text, without any password. */
  onExport: () => Promise<string>;
  /** Validates and applies the text; rejects with a message naming the bad field. */
  onImport: (json: string) => Promise<void>;
}

/** Export to a JSON file and import from one; passwords are never part of it. */
export function BackupSection({ onExport, onImport }: BackupSectionProps) {
  const fileRef = useRef<HTMLInputElement>(null);
  const [notice, setNotice] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);

  const exportFile = async () => {
    setNotice(null);
    try {
      const json = await onExport();
      downloadText(`dnstray-settings-${new Date().toISOString().slice(0, 10)}.json`, json);
      setNotice({ kind: 'success', text: 'Settings exported (without passwords).' });
    } catch (error) {
      setNotice({ kind: 'error', text: `Export failed: ${messageOf(error)}` });
    }
  };
  const importFile = async (file: File) => {
    setNotice(null);
    try {
      await onImport(await file.text());
      setNotice({ kind: 'success', text: `Imported ${file.name}. Passwords were not part of it.` });
    } catch (error) {
      setNotice({ kind: 'error', text: `Nothing was imported: ${messageOf(error)}` });
    } finally {
      if (fileRef.current) fileRef.current.value = '';
    }
  };

  return (
    <section className="card stack" aria-labelledby="backup-title">
      <h2 id="backup-title">Export and import</h2>
      <p className="muted">The file holds every setting except passwords.</p>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      <div className="row">
        <ActionButton onAction={exportFile} busyLabel="Exporting">
          Export settings
        </ActionButton>
        <ImportButton fileRef={fileRef} onFile={(file) => void importFile(file)} />
      </div>
    </section>
  );
}

/** A file picker that looks like a button; the file chosen goes to `onFile`. */
function ImportButton({
  fileRef,
  onFile,
}: {
  fileRef: RefObject<HTMLInputElement | null>;
  onFile: (file: File) => void;
}) {
  return (
    <label className="button file-button">
      Import settings…
      <input
        ref={fileRef}
        type="file"
        accept="application/json,.json"
        className="visually-hidden"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
