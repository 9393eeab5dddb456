import { useCallback, useEffect, useState } from 'react';
import { GlueRequestSchema } from '../../../shared/contract/domain-channels.js';
import type { GlueRecord } from '../../../shared/contract/domain-schemas.js';
import { dnsTray } from '../bridge/dns-tray.js';
import { ActionButton } from '../ui/action-button.js';
import { DataTable, type DataColumn } from '../ui/data-table.js';
import { TextField } from '../ui/field.js';
import { Notice } from '../ui/notice.js';
import { checkForm, fieldErrorOf, messageOf, type FieldErrors } from './form-check.js';

const GLUE_COLUMNS: DataColumn<GlueRecord>[] = [
  { header: 'Host', cell: (record) => record.hostname.toLowerCase() },
  { header: 'Address', cell: (record) => record.ipAddress },
];

/** Glue records of one domain: list, register or update (same host), delete. */
export function GluePanel({ domain }: { domain: string }) {
  const [records, setRecords] = useState<GlueRecord[]>([]);
  const [hostname, setHostname] = useState('');
  const [ipAddress, setIpAddress] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const load = useCallback(() => {
    dnsTray.glue.list({ domain }).then(
      (answer) => setRecords(answer.records),
      (e: unknown) => setFailure(messageOf(e)),
    );
  }, [domain]);
  useEffect(load, [load]);

  const run = async (work: () => Promise<{ status: string }>, what: string) => {
    setFailure(null);
    setDone(null);
    try {
      const result = await work();
      setDone(`${what}: ${result.status}`);
      load();
    } catch (e) {
      const field = fieldErrorOf(e);
      if (field) setErrors(field);
      else setFailure(messageOf(e));
    }
  };
  const save = async () => {
    const request = { domain, hostname, ipAddress };
    const checked = checkForm(GlueRequestSchema, request);
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
    await run(() => dnsTray.glue.register(request), hostname.toLowerCase());
  };

  return (
    <section className="stack" aria-labelledby="glue-title" data-testid="glue-panel">
      <h3 id="glue-title">Glue records</h3>
      <DataTable
        caption={`Glue records of ${domain}`}
        columns={GLUE_COLUMNS}
        rows={records}
        rowKey={(record) => record.hostname}
        empty={<p className="muted">No glue records. Add one for a nameserver inside {domain}.</p>}
        actions={(record) => (
          <ActionButton
            variant="danger"
            aria-label={`Delete glue ${record.hostname.toLowerCase()}`}
            onAction={() =>
              run(
                () => dnsTray.glue.delete({ domain, hostname: record.hostname }),
                record.hostname.toLowerCase(),
              )
            }
          >
            Delete
          </ActionButton>
        )}
      />
      <div className="row">
        <TextField
          label="Glue host"
          value={hostname}
          onChange={setHostname}
          error={errors.hostname}
          placeholder={`ns1.${domain}`}
        />
        <TextField
          label="Glue address"
          value={ipAddress}
          onChange={setIpAddress}
          error={errors.ipAddress}
          placeholder="203.0.113.7"
        />
        <ActionButton onAction={save} busyLabel="Saving">
          Save glue record
        </ActionButton>
      </div>
      {failure && <Notice kind="error">{failure}</Notice>}
      {done && <Notice kind="success">{done}</Notice>}
    </section>
  );
}
