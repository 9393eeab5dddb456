import { useId, useState, type ReactNode } from 'react';
import {
  UpgradeRequestSchema,
  type OrderResult,
} from '../../../shared/contract/domain-channels.js';
import type { DomainDetails, DomainSummary } from '../../../shared/contract/domain-schemas.js';
import { DEFAULT_PERIOD } from '../../../shared/validators/domain.js';
import { ActionButton } from '../ui/action-button.js';
import { ConfirmDialog } from '../ui/confirm-dialog.js';
import { Notice } from '../ui/notice.js';
import { describeRenewal } from './domain-format.js';
import { useDomainsCore } from './domains-core.js';
import { DomainForm, SubmitButton } from './domain-form.js';
import { useContacts } from './domains-queries.js';
import { checkForm, fieldErrorOf, messageOf, type FieldErrors } from './form-check.js';
import { OrderOutcome } from './order-outcome.js';
import { PeriodOwnerFields } from './period-owner-fields.js';
import { PeriodSelect } from './period-select.js';

type Outcome = { kind: 'success' | 'error'; text: string };
type Work = () => Promise<{ status: string }>;

/** How the work went, in Freenom's words when it failed (and the failure itself). */
async function outcomeOf(domain: string, work: Work): Promise<Outcome & { error?: unknown }> {
  try {
    const result = await work();
    return { kind: 'success', text: `${domain}: ${result.status}` };
  } catch (e) {
    return { kind: 'error', text: messageOf(e), error: e };
  }
}

/** Runs one action on the domain and says how it went, in Freenom's words when it failed. */
function useDomainAction(domain: string) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const run = async (work: Work) => {
    setOutcome(null);
    setOutcome(await outcomeOf(domain, work));
  };
  return { outcome, setOutcome, run };
}

/** Renew, upgrade, delete and restore one domain. */
export function DomainActions({
  summary,
  details,
}: {
  summary: DomainSummary;
  details: DomainDetails;
}) {
  const core = useDomainsCore();
  const domain = summary.domain;
  const action = useDomainAction(domain);
  const [renewed, setRenewed] = useState<OrderResult | null>(null);
  const cancelled = details.status !== 'ACTIVE';
  const restore = () => action.run(() => core.domains.restore({ domain }));
  return (
    <section className="stack" aria-labelledby="actions-title" data-testid="domain-actions">
      <h3 id="actions-title">Actions</h3>
      <RenewAction
        summary={summary}
        details={details}
        onRenewed={setRenewed}
        onOutcome={action.setOutcome}
      >
        {cancelled ? (
          <ActionButton onAction={restore} busyLabel="Restoring">
            Restore
          </ActionButton>
        ) : (
          <DeleteDomain
            domain={domain}
            onDelete={() => action.run(() => core.domains.delete({ domain }))}
          />
        )}
      </RenewAction>
      {summary.type === 'FREE' && !cancelled && (
        <UpgradeForm domain={domain} onOutcome={action.setOutcome} />
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

interface RenewActionProps {
  summary: DomainSummary;
  details: DomainDetails;
  onRenewed: (result: OrderResult | null) => void;
  onOutcome: (outcome: Outcome | null) => void;
  /** The other actions, on the same line. */
  children: ReactNode;
}

/** A renewal period and a Renew button that shows the price before anything is ordered. */
function RenewAction({ summary, details, onRenewed, onOutcome, children }: RenewActionProps) {
  const core = useDomainsCore();
  const domain = summary.domain;
  const [period, setPeriod] = useState(DEFAULT_PERIOD[summary.type]);
  const [confirming, setConfirming] = useState(false);
  // While the order runs, Renew stays disabled: a second confirmation would order it twice.
  const [renewing, setRenewing] = useState(false);
  const renew = async () => {
    setConfirming(false);
    setRenewing(true);
    onRenewed(null);
    onOutcome(null);
    try {
      onRenewed(await core.domains.renew({ domain, type: summary.type, period }));
    } catch (e) {
      onOutcome({ kind: 'error', text: messageOf(e) });
    } finally {
      setRenewing(false);
    }
  };
  // Freenom renews a free domain only inside its window (the core knows it): say when it opens.
  const opens =
    summary.type === 'FREE' && summary.renewal?.state === 'not-yet' ? summary.renewal.opens : null;
  const noteId = useId();
  return (
    <>
      <div className="row">
        <PeriodSelect
          label="Renewal period"
          type={summary.type}
          value={period}
          onChange={setPeriod}
        />
        <button
          type="button"
          className="button button-primary"
          disabled={details.status !== 'ACTIVE' || renewing || opens !== null}
          aria-busy={renewing}
          aria-describedby={opens !== null ? noteId : undefined}
          onClick={() => setConfirming(true)}
        >
          {renewing ? 'Renewing…' : 'Renew…'}
        </button>
        {children}
        <ConfirmDialog
          open={confirming}
          title={`Renew ${domain}?`}
          confirmLabel="Renew"
          onCancel={() => setConfirming(false)}
          onConfirm={() => void renew()}
        >
          <RenewTerms summary={summary} details={details} period={period} />
        </ConfirmDialog>
      </div>
      {opens !== null && (
        <p id={noteId} className="muted">
          Free domains can be renewed only in their last days: this one from {opens}.
        </p>
      )}
    </>
  );
}

function RenewTerms(props: { summary: DomainSummary; details: DomainDetails; period: string }) {
  return (
    <>
      <p data-testid="renew-price">
        {describeRenewPrice(props.summary, props.details, props.period)}
      </p>
      {props.summary.renewal && <p className="muted">{describeRenewal(props.summary)}.</p>}
    </>
  );
}

function describeRenewPrice(
  summary: DomainSummary,
  details: DomainDetails,
  period: string,
): string {
  const domain = summary.domain;
  if (summary.type === 'FREE') return `${domain} for ${period}: free of charge.`;
  const price = details.prices.find((p) => p.period === period);
  if (price) return `${domain} for ${period}: ${price.currency} ${price.retailPrice}.`;
  return `${domain} for ${period}: Freenom gave no price for this period.`;
}

/** A free domain becomes a paid one: a period, and an owner unless ID Shield hides it. */
function UpgradeForm({ domain, onOutcome }: { domain: string; onOutcome: (o: Outcome) => void }) {
  const core = useDomainsCore();
  const [period, setPeriod] = useState('1Y');
  const [idShield, setIdShield] = useState(false);
  const [ownerId, setOwnerId] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const { contacts } = useContacts();
  const upgrade = async () => {
    const request = { domain, period, idShield, ...(ownerId ? { ownerId } : {}) };
    const checked = checkForm(UpgradeRequestSchema, request);
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
    const outcome = await outcomeOf(domain, () => core.domains.upgrade(request));
    // A field the core refused is shown beside that field, like the form's own checks.
    const field = outcome.kind === 'error' ? fieldErrorOf(outcome.error) : null;
    if (field) setErrors(field);
    else onOutcome(outcome);
  };
  return (
    <DomainForm onSubmit={upgrade} errors={errors}>
      <fieldset className="row">
        <legend>Upgrade to a paid domain</legend>
        <PeriodOwnerFields
          periodLabel="Paid period"
          ownerLabel="Upgrade owner"
          period={period}
          ownerId={ownerId}
          onPeriod={setPeriod}
          onOwner={setOwnerId}
          contacts={contacts}
          errors={errors}
          noneLabel={idShield ? 'ID Shield' : 'Choose the owner'}
        />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={idShield}
            onChange={(e) => setIdShield(e.target.checked)}
          />
          ID Shield
        </label>
        <SubmitButton variant="secondary" busyLabel="Upgrading">
          Upgrade
        </SubmitButton>
      </fieldset>
    </DomainForm>
  );
}
