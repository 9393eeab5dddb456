import { useState } from 'react';
import {
  TransferRequestSchema,
  type TransferPrice,
} from '../../../shared/contract/domain-channels.js';
import { ActionButton } from '../ui/action-button.js';
import { TextField } from '../ui/field.js';
import { Notice } from '../ui/notice.js';
import type { Outcome } from './action-outcome.js';
import { useDomainsCore } from './domains-core.js';
import { DomainForm, SubmitButton } from './domain-form.js';
import { useContacts } from './domains-queries.js';
import { checkForm, reportFailure, type FieldErrors } from './form-check.js';
import { PeriodOwnerFields } from './period-owner-fields.js';

type Draft = { domain: string; authCode: string; period: string; ownerId: string };

/** Only the named fields' errors: asking the price needs the domain and code, not the owner. */
function errorsAmong(draft: Draft, fields: readonly string[]): FieldErrors {
  const checked = checkForm(TransferRequestSchema, draft);
  return checked.ok
    ? {}
    : Object.fromEntries(Object.entries(checked.errors).filter(([k]) => fields.includes(k)));
}

/** Asking the price and requesting the transfer, each checked before anything is sent. */
function useTransferIn(draft: Draft, onRequested: () => void) {
  const core = useDomainsCore();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [price, setPrice] = useState<TransferPrice | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const attempt = async (fields: readonly string[], work: () => Promise<void>) => {
    setOutcome(null);
    const found = errorsAmong(draft, fields);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await work();
    } catch (e) {
      reportFailure(e, setErrors, (text) => setOutcome({ kind: 'error', text }));
    }
  };
  const askPrice = () => {
    setPrice(null);
    return attempt(['domain', 'authCode'], async () =>
      setPrice(await core.transfers.price({ domain: draft.domain, authCode: draft.authCode })),
    );
  };
  const send = () =>
    attempt(['domain', 'authCode', 'period', 'ownerId'], async () => {
      const result = await core.transfers.request(draft);
      setOutcome({
        kind: 'success',
        text: `${result.domain.toLowerCase()}: transfer ${result.status}`,
      });
      onRequested();
    });
  return { errors, price, outcome, askPrice, send };
}

/** Bring a domain in from elsewhere: ask its price, then request the transfer. */
export function TransferInForm({ onRequested }: { onRequested: () => void }) {
  const [draft, setDraft] = useState<Draft>({
    domain: '',
    authCode: '',
    period: '1Y',
    ownerId: '',
  });
  const transfer = useTransferIn(draft, onRequested);
  const { errors } = transfer;
  return (
    <section className="card stack" aria-labelledby="transfer-in-title" data-testid="transfer-in">
      <h2 id="transfer-in-title">Transfer a domain in</h2>
      {/* Enter asks the price: it orders nothing, unlike the transfer request. */}
      <DomainForm className="stack" onSubmit={transfer.askPrice} errors={errors}>
        <TransferFields draft={draft} onChange={setDraft} errors={errors} />
        <div className="row">
          <SubmitButton variant="secondary" busyLabel="Asking the price">
            Get price
          </SubmitButton>
          <ActionButton variant="primary" onAction={transfer.send} busyLabel="Requesting">
            Request transfer
          </ActionButton>
        </div>
      </DomainForm>
      <TransferNotices price={transfer.price} outcome={transfer.outcome} />
    </section>
  );
}

/** The domain and its code from the current registrar, the period, and the new owner. */
function TransferFields(props: {
  draft: Draft;
  onChange: (d: Draft) => void;
  errors: FieldErrors;
}) {
  const { draft, onChange: setDraft, errors } = props;
  const { contacts } = useContacts();
  return (
    <div className="row">
      <TextField
        label="Domain to transfer"
        value={draft.domain}
        onChange={(domain) => setDraft({ ...draft, domain })}
        error={errors.domain}
        placeholder="example.com"
      />
      <TextField
        label="Authorization code"
        value={draft.authCode}
        onChange={(authCode) => setDraft({ ...draft, authCode })}
        error={errors.authCode}
        autoComplete="off"
      />
      <PeriodOwnerFields
        periodLabel="Transfer period"
        ownerLabel="Transfer owner"
        period={draft.period}
        ownerId={draft.ownerId}
        onPeriod={(period) => setDraft({ ...draft, period })}
        onOwner={(ownerId) => setDraft({ ...draft, ownerId })}
        contacts={contacts}
        errors={errors}
        noneLabel="Choose the owner"
      />
    </div>
  );
}

function TransferNotices({
  price,
  outcome,
}: {
  price: TransferPrice | null;
  outcome: Outcome | null;
}) {
  return (
    <>
      {price && (
        <Notice kind="info">
          <span data-testid="transfer-price">
            {price.domain.toLowerCase()} ({price.type}): {price.currency} {price.retailPrice} for{' '}
            {price.period}
          </span>
        </Notice>
      )}
      {outcome && (
        <Notice kind={outcome.kind}>
          <span data-testid="transfer-outcome">{outcome.text}</span>
        </Notice>
      )}
    </>
  );
}
