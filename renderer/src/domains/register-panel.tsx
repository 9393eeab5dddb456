import { useState } from 'react';
import {
  RegisterRequestSchema,
  type OrderResult,
  type RegisterRequest,
} from '../../../shared/contract/domain-channels.js';
import type { DomainTypeValue, Price } from '../../../shared/contract/domain-schemas.js';
import { DEFAULT_PERIOD } from '../../../shared/validators/domain.js';
import { ConfirmDialog } from '../ui/confirm-dialog.js';
import { SelectField, TextField } from '../ui/field.js';
import { Notice } from '../ui/notice.js';
import {
  ContactRoleSelects,
  NO_CONTACTS,
  chosenContacts,
  type ContactChoice,
} from './contact-select.js';
import { useDomainsCore } from './domains-core.js';
import { DomainForm, SubmitButton } from './domain-form.js';
import { useContacts } from './domains-queries.js';
import { checkForm, messageOf, reportFailure, type FieldErrors } from './form-check.js';
import { OrderOutcome } from './order-outcome.js';
import { DOMAIN_TYPE_OPTIONS, PeriodSelect } from './period-select.js';
import { EMPTY_TARGET, TargetFields, targetRequest, type TargetDraft } from './target-fields.js';

/** A search result's "Register" link names the domain and type after the tab. */
function fromHash(): { name: string; type: DomainTypeValue } {
  const query = new URLSearchParams(window.location.hash.split('?')[1] ?? '');
  return { name: query.get('name') ?? '', type: query.get('type') === 'FREE' ? 'FREE' : 'PAID' };
}

type Quote = { available: boolean; price: Price | null };

interface Draft {
  domain: string;
  type: DomainTypeValue;
  period: string;
  target: TargetDraft;
  idShield: boolean;
  autoRenew: boolean;
  people: ContactChoice;
}

function draftFromHash(): Draft {
  const { name, type } = fromHash();
  const period = DEFAULT_PERIOD[type];
  return {
    domain: name,
    type,
    period,
    target: EMPTY_TARGET,
    idShield: false,
    autoRenew: false,
    people: NO_CONTACTS,
  };
}

function registerRequest(draft: Draft): RegisterRequest {
  const { domain, type, period, idShield, autoRenew } = draft;
  return {
    domain,
    type,
    period,
    idShield,
    autoRenew,
    ...targetRequest(draft.target),
    ...chosenContacts(draft.people),
  };
}

/** Check, quote (is it free, at what price?), then register once the user confirms. */
function useRegistration(draft: Draft) {
  const core = useDomainsCore();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [quote, setQuote] = useState<Quote | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [result, setResult] = useState<OrderResult | null>(null);
  // While an order runs, nothing may start another (a second confirmation, a second order).
  const [placing, setPlacing] = useState(false);
  const review = async () => {
    if (placing) return;
    setFailure(null);
    setResult(null);
    const checked = checkForm(RegisterRequestSchema, registerRequest(draft));
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
    try {
      const { results } = await core.domains.search({ names: [draft.domain], type: draft.type });
      const found = results[0];
      const price = found?.prices.find((p) => p.period === draft.period.toUpperCase()) ?? null;
      setQuote({ available: found?.available ?? false, price });
    } catch (e) {
      setFailure(messageOf(e));
    }
  };
  const register = async () => {
    setQuote(null);
    setPlacing(true);
    try {
      setResult(await core.domains.register(registerRequest(draft)));
    } catch (e) {
      reportFailure(e, setErrors, setFailure);
    } finally {
      setPlacing(false);
    }
  };
  const cancel = () => setQuote(null);
  return { errors, quote, failure, result, placing, review, register, cancel };
}

/** Register a domain: a guided form, a confirmation that shows the price, then the result. */
export function RegisterPanel() {
  const [draft, setDraft] = useState(draftFromHash);
  const order = useRegistration(draft);
  const { domain } = draft;
  return (
    <div className="card stack" data-testid="register-panel">
      <h2>Register a domain</h2>
      <DomainForm className="stack" onSubmit={order.review} errors={order.errors}>
        <RegisterFields draft={draft} onChange={setDraft} errors={order.errors} />
        <div className="row">
          <SubmitButton busyLabel="Checking the price" disabled={order.placing}>
            {order.placing ? 'Registering…' : 'Review and register…'}
          </SubmitButton>
        </div>
      </DomainForm>
      {order.failure && <Notice kind="error">{order.failure}</Notice>}
      {order.quote && !order.quote.available && (
        <Notice kind="warning">{domain} is not available for registration.</Notice>
      )}
      <ConfirmDialog
        open={order.quote?.available === true}
        title={`Register ${domain}?`}
        confirmLabel="Register"
        onConfirm={() => void order.register()}
        onCancel={order.cancel}
      >
        <p data-testid="register-price">{describeQuote(draft, order.quote?.price ?? null)}</p>
      </ConfirmDialog>
      {order.result && <OrderOutcome result={order.result} />}
    </div>
  );
}

function describeQuote({ domain, type, period }: Draft, price: Price | null): string {
  if (type === 'FREE') return `${domain} for ${period}: free of charge.`;
  if (price) return `${domain} for ${period}: ${price.currency} ${price.retailPrice}.`;
  return `Freenom gave no price for ${period}.`;
}

interface RegisterFieldsProps {
  draft: Draft;
  onChange: (draft: Draft) => void;
  errors: FieldErrors;
}

/** Name, type and period; where it points; its contacts; and whether DNS Tray renews it. */
function RegisterFields({ draft, onChange, errors }: RegisterFieldsProps) {
  const set = (patch: Partial<Draft>) => onChange({ ...draft, ...patch });
  return (
    <>
      <NameTypePeriod draft={draft} onChange={set} errors={errors} />
      <TargetFields value={draft.target} onChange={(target) => set({ target })} errors={errors} />
      <RegisterContacts draft={draft} onChange={set} errors={errors} />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.autoRenew}
          onChange={(e) => set({ autoRenew: e.target.checked })}
        />
        Renew automatically
      </label>
    </>
  );
}

interface RegisterPartProps {
  draft: Draft;
  onChange: (patch: Partial<Draft>) => void;
  errors: FieldErrors;
}

/** The name, paid or free, and a period within that type's limits. */
function NameTypePeriod({ draft, onChange, errors }: RegisterPartProps) {
  return (
    <div className="row">
      <TextField
        label="Domain name"
        value={draft.domain}
        onChange={(domain) => onChange({ domain })}
        error={errors.domain}
        placeholder="example.tk"
      />
      <SelectField
        label="Type"
        value={draft.type}
        onChange={(type) => onChange({ type, period: DEFAULT_PERIOD[type] })}
        options={DOMAIN_TYPE_OPTIONS}
      />
      <PeriodSelect
        type={draft.type}
        value={draft.period}
        onChange={(period) => onChange({ period })}
        error={errors.period}
      />
    </div>
  );
}

/** ID Shield, and the four contact roles (the owner is needed unless ID Shield is on). */
function RegisterContacts({ draft, onChange, errors }: RegisterPartProps) {
  const { contacts } = useContacts();
  return (
    <fieldset className="stack">
      <legend>Contacts</legend>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.idShield}
          onChange={(e) => onChange({ idShield: e.target.checked })}
        />
        ID Shield: keep the owner&apos;s details out of WHOIS (no owner contact needed)
      </label>
      <div className="row">
        <ContactRoleSelects
          value={draft.people}
          onChange={(people) => onChange({ people })}
          contacts={contacts}
          labelFor={(role) => role[0]!.toUpperCase() + role.slice(1)}
          noneLabelFor={(role) =>
            role !== 'ownerId' ? 'Same as owner' : draft.idShield ? 'ID Shield' : 'Choose the owner'
          }
          errors={{ ownerId: errors.ownerId }}
        />
      </div>
    </fieldset>
  );
}
