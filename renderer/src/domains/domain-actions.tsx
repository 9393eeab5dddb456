import { useState } from 'react';
import type { OrderResult } from '../../../shared/contract/domain-channels.js';
import type { DomainDetails, DomainSummary } from '../../../shared/contract/domain-schemas.js';
import { ActionButton } from '../ui/action-button.js';
import { ConfirmDialog } from '../ui/confirm-dialog.js';
import { Notice } from '../ui/notice.js';
import { outcomeOf, type Outcome } from './action-outcome.js';
import { useDomainsCore } from './domains-core.js';
import { OrderOutcome } from './order-outcome.js';
import { RenewAction } from './renew-action.js';
import { UpgradeForm } from './upgrade-form.js';

type Run = (work: () => Promise<{ status: string }>) => Promise<void>;

/** Runs one action on the domain and says how it went, in Freenom's words when it failed. */
function useDomainAction(domain: string) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const run: Run = async (work) => {
    setOutcome(null);
    setOutcome(await outcomeOf(domain, work));
  };
  return { outcome, setOutcome, run };
}

/** Renew, upgrade, delete and restore one domain. */
export function DomainActions(props: { summary: DomainSummary; details: DomainDetails }) {
  const { summary, details } = props;
  const action = useDomainAction(summary.domain);
  const [renewed, setRenewed] = useState<OrderResult | null>(null);
  const cancelled = details.status !== 'ACTIVE';
  return (
    <section className="stack" aria-labelledby="actions-title" data-testid="domain-actions">
      <h3 id="actions-title">Actions</h3>
      <RenewAction
        summary={summary}
        details={details}
        onRenewed={setRenewed}
        onOutcome={action.setOutcome}
      >
        <RestoreOrDelete domain={summary.domain} cancelled={cancelled} run={action.run} />
      </RenewAction>
      {summary.type === 'FREE' && !cancelled && (
        <UpgradeForm domain={summary.domain} onOutcome={action.setOutcome} />
      )}
      {renewed && <OrderOutcome result={renewed} />}
      {action.outcome && (
        <Notice kind={action.outcome.kind}>
          <span data-testid="action-outcome">{action.outcome.text}</span>
        </Notice>
      )}
    </section>
  );
}

/** Restore for a domain no longer active, Delete (after typing its name) for an active one. */
function RestoreOrDelete(props: { domain: string; cancelled: boolean; run: Run }) {
  const core = useDomainsCore();
  const { domain, run } = props;
  if (props.cancelled)
    return (
      <ActionButton
        onAction={() => run(() => core.domains.restore({ domain }))}
        busyLabel="Restoring"
      >
        Restore
      </ActionButton>
    );
  return (
    <DeleteDomain domain={domain} onDelete={() => run(() => core.domains.delete({ domain }))} />
  );
}

/** Deleting releases the name at once, so the user types it to confirm. */
function DeleteDomain({ domain, onDelete }: { domain: string; onDelete: () => Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
        Delete…
      </button>
      <ConfirmDialog
        open={confirming}
        title={`Delete ${domain}?`}
        confirmLabel="Delete domain"
        typeToConfirm={domain}
        danger
        onCancel={() => setConfirming(false)}
        onConfirm={() => (setConfirming(false), void onDelete())}
      >
        <p>
          Freenom releases the name at once: anyone may register it. You can try to restore it
          afterwards.
        </p>
      </ConfirmDialog>
    </>
  );
}
