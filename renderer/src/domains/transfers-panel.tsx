import { useState } from 'react';
import type { Transfer } from '../../../shared/contract/domain-schemas.js';
import { ActionButton } from '../ui/action-button.js';
import { DataTable, type DataColumn } from '../ui/data-table.js';
import { TextField } from '../ui/field.js';
import { Notice } from '../ui/notice.js';
import type { Outcome } from './action-outcome.js';
import { useDomainsCore } from './domains-core.js';
import { DomainForm, SubmitButton } from './domain-form.js';
import { useTransfers } from './domains-queries.js';
import { messageOf, type FieldErrors } from './form-check.js';
import { TransferInForm } from './transfer-in-form.js';

const TRANSFER_COLUMNS: DataColumn<Transfer>[] = [
  { header: 'Domain', cell: (t) => t.domain.toLowerCase() },
  { header: 'Direction', cell: (t) => (t.direction === 'INCOMING' ? 'in' : 'out') },
  { header: 'Status', cell: (t) => t.status },
  { header: 'New registrar', cell: (t) => t.newRegistrar || '—' },
  { header: 'Last update', cell: (t) => t.lastUpdate },
];

/** Transfers in and out: request, approve or decline (with a reason), and the list. */
export function TransfersPanel() {
  const { transfers, error, reload } = useTransfers();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const shown = outcome ?? (error ? { kind: 'error' as const, text: error } : null);
  return (
    <div className="stack" data-testid="transfers-panel">
      <TransferInForm onRequested={reload} />
      <section className="card stack" aria-labelledby="transfer-list-title">
        <h2 id="transfer-list-title">Transfers</h2>
        {shown && (
          <Notice kind={shown.kind}>
            <span data-testid="transfer-action-outcome">{shown.text}</span>
          </Notice>
        )}
        <DataTable
          caption="Transfers"
          columns={TRANSFER_COLUMNS}
          rows={transfers}
          rowKey={(t) => `${t.direction}-${t.domain}`}
          actions={(t) =>
            t.direction === 'OUTGOING' &&
            t.status === 'PENDING' && (
              <OutgoingActions transfer={t} onOutcome={(o) => (setOutcome(o), reload())} />
            )
          }
        />
      </section>
    </div>
  );
}

/** Approving needs nothing more; declining needs a reason, asked before anything is sent. */
function useOutgoingTransfer(domain: string, reason: string, onOutcome: (o: Outcome) => void) {
  const core = useDomainsCore();
  const [errors, setErrors] = useState<FieldErrors>({});
  const run = async (work: () => Promise<{ status: string }>) => {
    try {
      const result = await work();
      onOutcome({ kind: 'success', text: `${domain}: transfer ${result.status}` });
    } catch (e) {
      onOutcome({ kind: 'error', text: messageOf(e) });
    }
  };
  const approve = () => run(() => core.transfers.approve({ domain }));
  const decline = async () => {
    if (reason.trim() === '') return setErrors({ reason: 'Say why the transfer is declined.' });
    setErrors({});
    await run(() => core.transfers.decline({ domain, reason }));
  };
  return { errors, approve, decline };
}

/** Approve an outgoing transfer, or decline it with a reason (Freenom asks for one). */
function OutgoingActions({
  transfer,
  onOutcome,
}: {
  transfer: Transfer;
  onOutcome: (o: Outcome) => void;
}) {
  const domain = transfer.domain.toLowerCase();
  const [reason, setReason] = useState('');
  const { errors, approve, decline } = useOutgoingTransfer(domain, reason, onOutcome);
  return (
    <DomainForm className="row" onSubmit={decline} errors={errors}>
      <ActionButton
        variant="primary"
        onAction={approve}
        aria-label={`Approve transfer of ${domain}`}
      >
        Approve
      </ActionButton>
      <TextField
        label={`Reason to decline ${domain}`}
        value={reason}
        onChange={setReason}
        error={errors.reason}
      />
      <SubmitButton variant="danger" aria-label={`Decline transfer of ${domain}`}>
        Decline
      </SubmitButton>
    </DomainForm>
  );
}
