import { useState } from 'react';
import {
  UpgradeRequestSchema,
  type OrderResult,
} from '../../../shared/contract/domain-channels.js';
import type { DomainDetails, DomainSummary } from '../../../shared/contract/domain-schemas.js';
import { DEFAULT_PERIOD } from '../../../shared/validators/domain.js';
import { dnsTray } from '../bridge/dns-tray.js';
import { ActionButton } from '../ui/action-button.js';
import { ConfirmDialog } from '../ui/confirm-dialog.js';
import { Notice } from '../ui/notice.js';
import { describeRenewal } from './domain-format.js';
import { checkForm, messageOf, type FieldErrors } from './form-check.js';
import { PeriodOwnerFields } from './period-owner-fields.js';
import { PeriodSelect } from './period-select.js';
import { OrderOutcome } from './register-panel.js';
import { useContacts } from './use-contacts.js';

type Outcome = { kind: 'success' | 'error'; text: string };

/** Renew, upgrade, delete and restore one domain. */
export function DomainActions({
  summary,
  details,
}: {
  summary: DomainSummary;
  details: DomainDetails;
}) {
  const domain = summary.domain;
  const [period, setPeriod] = useState(DEFAULT_PERIOD[summary.type]);
  const [renewed, setRenewed] = useState<OrderResult | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [confirmRenew, setConfirmRenew] = useState(false);
  const price = details.prices.find((p) => p.period === period);

  const run = async (work: () => Promise<{ status: string }>) => {
    setOutcome(null);
    try {
      const result = await work();
      setOutcome({ kind: 'success', text: `${domain}: ${result.status}` });
    } catch (e) {
      setOutcome({ kind: 'error', text: messageOf(e) });
    }
  };
  const renew = async () => {
    setConfirmRenew(false);
    setRenewed(null);
    setOutcome(null);
    try {
      setRenewed(await dnsTray.domains.renew({ domain, type: summary.type, period }));
    } catch (e) {
      setOutcome({ kind: 'error', text: messageOf(e) });
    }
  };
  const cancelled = details.status !== 'ACTIVE';

  return (
    <section className="stack" aria-labelledby="actions-title" data-testid="domain-actions">
      <h3 id="actions-title">Actions</h3>
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
          disabled={cancelled}
          onClick={() => setConfirmRenew(true)}
        >
          Renew…
        </button>
        {cancelled ? (
          <ActionButton
            onAction={() => run(() => dnsTray.domains.restore({ domain }))}
            busyLabel="Restoring"
          >
            Restore
          </ActionButton>
        ) : (
          <button
            type="button"
            className="button button-danger"
            onClick={() => setConfirmDelete(true)}
          >
            Delete…
          </button>
        )}
      </div>
      {summary.type === 'FREE' && !cancelled && (
        <UpgradeForm domain={domain} onOutcome={setOutcome} />
      )}
      {renewed && <OrderOutcome result={renewed} />}
      {outcome && (
        <Notice kind={outcome.kind}>
          <span data-testid="action-outcome">{outcome.text}</span>
        </Notice>
      )}
      <ConfirmDialog
        open={confirmRenew}
        title={`Renew ${domain}?`}
        confirmLabel="Renew"
        onCancel={() => setConfirmRenew(false)}
        onConfirm={() => void renew()}
      >
        <p data-testid="renew-price">
          {summary.type === 'FREE'
            ? `${domain} for ${period}: free of charge.`
            : price
              ? `${domain} for ${period}: ${price.currency} ${price.retailPrice}.`
              : `${domain} for ${period}: Freenom gave no price for this period.`}
        </p>
        {summary.renewal && <p className="muted">{describeRenewal(summary)}.</p>}
      </ConfirmDialog>
      <ConfirmDialog
        open={confirmDelete}
        title={`Delete ${domain}?`}
        confirmLabel="Delete domain"
        typeToConfirm={domain}
        danger
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() => (
          setConfirmDelete(false),
          void run(() => dnsTray.domains.delete({ domain }))
        )}
      >
        <p>
          Freenom releases the name at once: anyone may register it. You can try to restore it
          afterwards.
        </p>
      </ConfirmDialog>
    </section>
  );
}

function UpgradeForm({ domain, onOutcome }: { domain: string; onOutcome: (o: Outcome) => void }) {
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
    try {
      const result = await dnsTray.domains.upgrade(request);
      onOutcome({ kind: 'success', text: `${domain}: ${result.status}` });
    } catch (e) {
      onOutcome({ kind: 'error', text: messageOf(e) });
    }
  };
  return (
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
        <input type="checkbox" checked={idShield} onChange={(e) => setIdShield(e.target.checked)} />
        ID Shield
      </label>
      <ActionButton onAction={upgrade} busyLabel="Upgrading">
        Upgrade
      </ActionButton>
    </fieldset>
  );
}
