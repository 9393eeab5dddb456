import { useState } from 'react';
import {
  RegisterRequestSchema,
  type OrderResult,
  type RegisterRequest,
} from '../../../shared/contract/domain-channels.js';
import type { DomainTypeValue, Price } from '../../../shared/contract/domain-schemas.js';
import { DEFAULT_PERIOD } from '../../../shared/validators/domain.js';
import { dnsTray } from '../bridge/dns-tray.js';
import { ActionButton } from '../ui/action-button.js';
import { ConfirmDialog } from '../ui/confirm-dialog.js';
import { SelectField, TextField } from '../ui/field.js';
import { Notice } from '../ui/notice.js';
import {
  ContactRoleSelects,
  NO_CONTACTS,
  chosenContacts,
  type ContactChoice,
} from './contact-select.js';
import { checkForm, fieldErrorOf, messageOf, type FieldErrors } from './form-check.js';
import { PeriodSelect } from './period-select.js';
import { EMPTY_TARGET, TargetFields, targetRequest, type TargetDraft } from './target-fields.js';
import { useContacts } from './use-contacts.js';

function fromHash(): { name: string; type: DomainTypeValue } {
  const query = new URLSearchParams(window.location.hash.split('?')[1] ?? '');
  return { name: query.get('name') ?? '', type: query.get('type') === 'FREE' ? 'FREE' : 'PAID' };
}

type Quote = { available: boolean; price: Price | null };

/** Register a domain: a guided form, a confirmation that shows the price, then the result. */
export function RegisterPanel() {
  const initial = fromHash();
  const [domain, setDomain] = useState(initial.name);
  const [type, setType] = useState<DomainTypeValue>(initial.type);
  const [period, setPeriod] = useState(DEFAULT_PERIOD[initial.type]);
  const [target, setTarget] = useState<TargetDraft>(EMPTY_TARGET);
  const [idShield, setIdShield] = useState(false);
  const [autoRenew, setAutoRenew] = useState(false);
  const [people, setPeople] = useState<ContactChoice>(NO_CONTACTS);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [quote, setQuote] = useState<Quote | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [result, setResult] = useState<OrderResult | null>(null);
  const { contacts } = useContacts();

  const request = (): RegisterRequest => ({
    domain,
    type,
    period,
    idShield,
    autoRenew,
    ...targetRequest(target),
    ...chosenContacts(people),
  });

  const review = async () => {
    setFailure(null);
    setResult(null);
    const checked = checkForm(RegisterRequestSchema, request());
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
    try {
      const { results } = await dnsTray.domains.search({ names: [domain], type });
      const found = results[0];
      const price = found?.prices.find((p) => p.period === period.toUpperCase()) ?? null;
      setQuote({ available: found?.available ?? false, price });
    } catch (e) {
      setFailure(messageOf(e));
    }
  };

  const register = async () => {
    setQuote(null);
    try {
      setResult(await dnsTray.domains.register(request()));
    } catch (e) {
      const field = fieldErrorOf(e);
      if (field) setErrors(field);
      else setFailure(messageOf(e));
    }
  };

  return (
    <div className="card stack" data-testid="register-panel">
      <h2>Register a domain</h2>
      <div className="row">
        <TextField
          label="Domain name"
          value={domain}
          onChange={setDomain}
          error={errors.domain}
          placeholder="example.tk"
        />
        <SelectField
          label="Type"
          value={type}
          onChange={(next) => (setType(next), setPeriod(DEFAULT_PERIOD[next]))}
          options={[
            { value: 'PAID', label: 'Paid' },
            { value: 'FREE', label: 'Free' },
          ]}
        />
        <PeriodSelect type={type} value={period} onChange={setPeriod} error={errors.period} />
      </div>
      <TargetFields value={target} onChange={setTarget} errors={errors} />
      <fieldset className="stack">
        <legend>Contacts</legend>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={idShield}
            onChange={(e) => setIdShield(e.target.checked)}
          />
          ID Shield: keep the owner&apos;s details out of WHOIS (no owner contact needed)
        </label>
        <div className="row">
          <ContactRoleSelects
            value={people}
            onChange={setPeople}
            contacts={contacts}
            labelFor={(role) => role[0]!.toUpperCase() + role.slice(1)}
            noneLabelFor={(role) =>
              role !== 'ownerId' ? 'Same as owner' : idShield ? 'ID Shield' : 'Choose the owner'
            }
            errors={{ ownerId: errors.ownerId }}
          />
        </div>
      </fieldset>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={autoRenew}
          onChange={(e) => setAutoRenew(e.target.checked)}
        />
        Renew automatically
      </label>
      <div className="row">
        <ActionButton variant="primary" onAction={review} busyLabel="Checking the price">
          Review and register…
        </ActionButton>
      </div>
      {failure && <Notice kind="error">{failure}</Notice>}
      {quote && !quote.available && (
        <Notice kind="warning">{domain} is not available for registration.</Notice>
      )}
      <ConfirmDialog
        open={quote?.available === true}
        title={`Register ${domain}?`}
        confirmLabel="Register"
        onConfirm={() => void register()}
        onCancel={() => setQuote(null)}
      >
        <p data-testid="register-price">
          {type === 'FREE'
            ? `${domain} for ${period}: free of charge.`
            : quote?.price
              ? `${domain} for ${period}: ${quote.price.currency} ${quote.price.retailPrice}.`
              : `Freenom gave no price for ${period}.`}
        </p>
      </ConfirmDialog>
      {result && <OrderOutcome result={result} />}
    </div>
  );
}

export function OrderOutcome({ result }: { result: OrderResult }) {
  const ok = result.status === 'REGISTERED' || result.status === 'RENEWED';
  return (
    <Notice kind={ok ? 'success' : 'warning'}>
      <span data-testid="order-result">
        {result.domain.toLowerCase()}: {result.status}
        {result.expirationDate && `, expires ${result.expirationDate}`}
        {result.retailPrice && `, charged ${result.currency} ${result.retailPrice}`}
      </span>
    </Notice>
  );
}
