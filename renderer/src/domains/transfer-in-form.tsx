import { useState } from 'react';
import {
  TransferRequestSchema,
  type TransferPrice,
} from '../../../shared/contract/domain-channels.js';
import { dnsTray } from '../bridge/dns-tray.js';
import { ActionButton } from '../ui/action-button.js';
import { TextField } from '../ui/field.js';
import { Notice } from '../ui/notice.js';
import { checkForm, fieldErrorOf, messageOf, type FieldErrors } from './form-check.js';
import { PeriodOwnerFields } from './period-owner-fields.js';
import { useContacts } from './use-contacts.js';

/** Bring a domain in from elsewhere: ask its price, then request the transfer. */
export function TransferInForm({ onRequested }: { onRequested: () => void }) {
  const [domain, setDomain] = useState('');
  const [authCode, setAuthCode] = useState('');
  const [period, setPeriod] = useState('1Y');
  const [ownerId, setOwnerId] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [price, setPrice] = useState<TransferPrice | null>(null);
  const [outcome, setOutcome] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const { contacts } = useContacts();

  const request = () => ({ domain, authCode, period, ownerId });
  const check = (fields: readonly string[]) => {
    const checked = checkForm(TransferRequestSchema, request());
    const found = checked.ok
      ? {}
      : Object.fromEntries(Object.entries(checked.errors).filter(([k]) => fields.includes(k)));
    setErrors(found);
    return Object.keys(found).length === 0;
  };
  const fail = (e: unknown) => {
    const field = fieldErrorOf(e);
    if (field) setErrors(field);
    else setOutcome({ kind: 'error', text: messageOf(e) });
  };
  const askPrice = async () => {
    setOutcome(null);
    setPrice(null);
    if (!check(['domain', 'authCode'])) return;
    try {
      setPrice(await dnsTray.transfers.price({ domain, authCode }));
    } catch (e) {
      fail(e);
    }
  };
  const send = async () => {
    setOutcome(null);
    if (!check(['domain', 'authCode', 'period', 'ownerId'])) return;
    try {
      const result = await dnsTray.transfers.request(request());
      setOutcome({
        kind: 'success',
        text: `${result.domain.toLowerCase()}: transfer ${result.status}`,
      });
      onRequested();
    } catch (e) {
      fail(e);
    }
  };

  return (
    <section className="card stack" aria-labelledby="transfer-in-title" data-testid="transfer-in">
      <h2 id="transfer-in-title">Transfer a domain in</h2>
      <div className="row">
        <TextField
          label="Domain to transfer"
          value={domain}
          onChange={setDomain}
          error={errors.domain}
          placeholder="example.com"
        />
        <TextField
          label="Authorization code"
          value={authCode}
          onChange={setAuthCode}
          error={errors.authCode}
          autoComplete="off"
        />
        <PeriodOwnerFields
          periodLabel="Transfer period"
          ownerLabel="Transfer owner"
          period={period}
          ownerId={ownerId}
          onPeriod={setPeriod}
          onOwner={setOwnerId}
          contacts={contacts}
          errors={errors}
          noneLabel="Choose the owner"
        />
      </div>
      <div className="row">
        <ActionButton onAction={askPrice} busyLabel="Asking the price">
          Get price
        </ActionButton>
        <ActionButton variant="primary" onAction={send} busyLabel="Requesting">
          Request transfer
        </ActionButton>
      </div>
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
    </section>
  );
}
