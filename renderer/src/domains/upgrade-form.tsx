import { useState } from 'react';
import { UpgradeRequestSchema } from '../../../shared/contract/domain-channels.js';
import type { Outcome } from './action-outcome.js';
import { useDomainsCore } from './domains-core.js';
import { DomainForm, SubmitButton } from './domain-form.js';
import { useContacts } from './domains-queries.js';
import { checkForm, reportFailure, type FieldErrors } from './form-check.js';
import { PeriodOwnerFields } from './period-owner-fields.js';

/** The upgrade's choices, checked before anything is sent; a refused field is named beside it. */
function useUpgrade(domain: string, onOutcome: (o: Outcome) => void) {
  const core = useDomainsCore();
  const [period, setPeriod] = useState('1Y');
  const [idShield, setIdShield] = useState(false);
  const [ownerId, setOwnerId] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const upgrade = async () => {
    const request = { domain, period, idShield, ...(ownerId ? { ownerId } : {}) };
    const checked = checkForm(UpgradeRequestSchema, request);
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
    try {
      const result = await core.domains.upgrade(request);
      onOutcome({ kind: 'success', text: `${domain}: ${result.status}` });
    } catch (e) {
      reportFailure(e, setErrors, (text) => onOutcome({ kind: 'error', text }));
    }
  };
  return { period, setPeriod, idShield, setIdShield, ownerId, setOwnerId, errors, upgrade };
}

/** A free domain becomes a paid one: a period, and an owner unless ID Shield hides it. */
export function UpgradeForm(props: { domain: string; onOutcome: (o: Outcome) => void }) {
  const form = useUpgrade(props.domain, props.onOutcome);
  const { contacts } = useContacts();
  return (
    <DomainForm onSubmit={form.upgrade} errors={form.errors}>
      <fieldset className="row">
        <legend>Upgrade to a paid domain</legend>
        <PeriodOwnerFields
          periodLabel="Paid period"
          ownerLabel="Upgrade owner"
          period={form.period}
          ownerId={form.ownerId}
          onPeriod={form.setPeriod}
          onOwner={form.setOwnerId}
          contacts={contacts}
          errors={form.errors}
          noneLabel={form.idShield ? 'ID Shield' : 'Choose the owner'}
        />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={form.idShield}
            onChange={(e) => form.setIdShield(e.target.checked)}
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
