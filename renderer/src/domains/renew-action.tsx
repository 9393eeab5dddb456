import { useId, useState, type ReactNode } from 'react';
import type { OrderResult } from '../../../shared/contract/domain-channels.js';
import type { DomainDetails, DomainSummary } from '../../../shared/contract/domain-schemas.js';
import { DEFAULT_PERIOD } from '../../../shared/validators/domain.js';
import { ConfirmDialog } from '../ui/confirm-dialog.js';
import type { Outcome } from './action-outcome.js';
import { describeRenewal } from './domain-format.js';
import { useDomainsCore } from './domains-core.js';
import { messageOf } from './form-check.js';
import { PeriodSelect } from './period-select.js';

interface RenewActionProps {
  summary: DomainSummary;
  details: DomainDetails;
  onRenewed: (result: OrderResult | null) => void;
  onOutcome: (outcome: Outcome | null) => void;
  /** The other actions, on the same line. */
  children: ReactNode;
}

type Renewal = ReturnType<typeof useRenewal>;

/** The period, the confirmation, and the order; while it runs nothing can order it again. */
function useRenewal({ summary, onRenewed, onOutcome }: RenewActionProps) {
  const core = useDomainsCore();
  const [period, setPeriod] = useState(DEFAULT_PERIOD[summary.type]);
  const [confirming, setConfirming] = useState(false);
  const [renewing, setRenewing] = useState(false);
  const renew = async () => {
    setConfirming(false);
    setRenewing(true);
    onRenewed(null);
    onOutcome(null);
    try {
      onRenewed(await core.domains.renew({ domain: summary.domain, type: summary.type, period }));
    } catch (e) {
      onOutcome({ kind: 'error', text: messageOf(e) });
    } finally {
      setRenewing(false);
    }
  };
  return { period, setPeriod, confirming, setConfirming, renewing, renew };
}

/** When a free domain's renewal window opens; null when Freenom would renew it now. */
function windowOpens(summary: DomainSummary): string | null {
  return summary.type === 'FREE' && summary.renewal?.state === 'not-yet'
    ? summary.renewal.opens
    : null;
}

/** A renewal period and a Renew button that shows the price before anything is ordered. */
export function RenewAction(props: RenewActionProps) {
  const { summary, details } = props;
  const renewal = useRenewal(props);
  const opens = windowOpens(summary);
  const noteId = useId();
  return (
    <>
      <div className="row">
        <PeriodSelect
          label="Renewal period"
          type={summary.type}
          value={renewal.period}
          onChange={renewal.setPeriod}
        />
        <button
          type="button"
          className="button button-primary"
          disabled={details.status !== 'ACTIVE' || renewal.renewing || opens !== null}
          aria-busy={renewal.renewing}
          aria-describedby={opens !== null ? noteId : undefined}
          onClick={() => renewal.setConfirming(true)}
        >
          {renewal.renewing ? 'Renewing…' : 'Renew…'}
        </button>
        {props.children}
        <RenewDialog summary={summary} details={details} renewal={renewal} />
      </div>
      {opens !== null && (
        <p id={noteId} className="muted">
          Free domains can be renewed only in their last days: this one from {opens}.
        </p>
      )}
    </>
  );
}

function RenewDialog(props: { summary: DomainSummary; details: DomainDetails; renewal: Renewal }) {
  const { summary, renewal } = props;
  return (
    <ConfirmDialog
      open={renewal.confirming}
      title={`Renew ${summary.domain}?`}
      confirmLabel="Renew"
      onCancel={() => renewal.setConfirming(false)}
      onConfirm={() => void renewal.renew()}
    >
      <p data-testid="renew-price">{describeRenewPrice(summary, props.details, renewal.period)}</p>
      {summary.renewal && <p className="muted">{describeRenewal(summary)}.</p>}
    </ConfirmDialog>
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
