import { useRef, useState } from 'react';
import { ActionButton } from '../ui/action-button.js';
import { Notice } from '../ui/notice.js';
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
      const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `dnstray-settings-${new Date().toISOString().slice(0, 10)}.json`;
      link.click();
      URL.revokeObjectURL(url);
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
        <label className="button file-button">
          Import settings…
          <input
            ref={fileRef}
            type="file"
            accept="application/json,.json"
            className="visually-hidden"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void importFile(file);
            }}
          />
        </label>
      </div>
    </section>
  );
}
