import { useState } from 'react';
import { GlueRequestSchema } from '../../../shared/contract/domain-channels.js';
import type { GlueRecord } from '../../../shared/contract/domain-schemas.js';
import { ActionButton } from '../ui/action-button.js';
import { DataTable, type DataColumn } from '../ui/data-table.js';
import { TextField } from '../ui/field.js';
import { Notice } from '../ui/notice.js';
import { useDomainsCore } from './domains-core.js';
import { DomainForm, SubmitButton } from './domain-form.js';
import { useGlueRecords } from './domains-queries.js';
import { checkForm, reportFailure, type FieldErrors } from './form-check.js';

const GLUE_COLUMNS: DataColumn<GlueRecord>[] = [
  { header: 'Host', cell: (record) => record.hostname.toLowerCase() },
  { header: 'Address', cell: (record) => record.ipAddress },
];

type Run = (work: () => Promise<{ status: string }>, what: string) => Promise<void>;

/** Runs one glue change: says what happened, reads the records again, names a refused field. */
function useGlueChange(reload: () => void) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const run: Run = async (work, what) => {
    setFailure(null);
    setDone(null);
    try {
      const result = await work();
      setDone(`${what}: ${result.status}`);
      reload();
    } catch (e) {
      reportFailure(e, setErrors, setFailure);
    }
  };
  return { errors, setErrors, failure, done, run };
}

/** Glue records of one domain: list, register or update (same host), delete. */
export function GluePanel({ domain }: { domain: string }) {
  const core = useDomainsCore();
  const glue = useGlueRecords(domain);
  const change = useGlueChange(glue.reload);
  const failure = change.failure ?? glue.error;
  return (
    <section className="stack" aria-labelledby="glue-title" data-testid="glue-panel">
      <h3 id="glue-title">Glue records</h3>
      <DataTable
        caption={`Glue records of ${domain}`}
        columns={GLUE_COLUMNS}
        rows={glue.records}
        rowKey={(record) => record.hostname}
        empty={<p className="muted">No glue records. Add one for a nameserver inside {domain}.</p>}
        actions={(record) => {
          const host = record.hostname.toLowerCase();
          const remove = () => core.glue.delete({ domain, hostname: record.hostname });
          return (
            <ActionButton
              variant="danger"
              aria-label={`Delete glue ${host}`}
              onAction={() => change.run(remove, host)}
            >
              Delete
            </ActionButton>
          );
        }}
      />
      <GlueForm
        domain={domain}
        errors={change.errors}
        onErrors={change.setErrors}
        run={change.run}
      />
      {failure && <Notice kind="error">{failure}</Notice>}
      {change.done && <Notice kind="success">{change.done}</Notice>}
    </section>
  );
}

interface GlueFormProps {
  domain: string;
  errors: FieldErrors;
  onErrors: (errors: FieldErrors) => void;
  run: Run;
}

/** Register a glue record, or update the address of one with the same host. */
function GlueForm({ domain, errors, onErrors, run }: GlueFormProps) {
  const core = useDomainsCore();
  const [hostname, setHostname] = useState('');
  const [ipAddress, setIpAddress] = useState('');
  const save = async () => {
    const request = { domain, hostname, ipAddress };
    const checked = checkForm(GlueRequestSchema, request);
    onErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
    await run(() => core.glue.register(request), hostname.toLowerCase());
  };
  return (
    <DomainForm className="row" onSubmit={save} errors={errors}>
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
      <SubmitButton variant="secondary" busyLabel="Saving">
        Save glue record
      </SubmitButton>
    </DomainForm>
  );
}
