import type { Contact } from '../../../shared/contract/domain-schemas.js';
import { ContactSelect } from './contact-select.js';
import type { FieldErrors } from './form-check.js';
import { PeriodSelect } from './period-select.js';

interface PeriodOwnerFieldsProps {
  /** What the order is, as the labels say it: "Transfer" gives "Transfer period", "Transfer owner". */
  periodLabel: string;
  ownerLabel: string;
  period: string;
  ownerId: string;
  onPeriod: (period: string) => void;
  onOwner: (ownerId: string) => void;
  contacts: readonly Contact[];
  errors: FieldErrors;
  /** What choosing no owner means, e.g. "ID Shield" or "Choose the owner". */
  noneLabel: string;
}

/** A paid order's period and its owner contact, as the upgrade and transfer-in forms ask them. */
export function PeriodOwnerFields(props: PeriodOwnerFieldsProps) {
  return (
    <>
      <PeriodSelect
        label={props.periodLabel}
        type="PAID"
        value={props.period}
        onChange={props.onPeriod}
        error={props.errors.period}
      />
      <ContactSelect
        label={props.ownerLabel}
        value={props.ownerId}
        contacts={props.contacts}
        onChange={props.onOwner}
        error={props.errors.ownerId}
        noneLabel={props.noneLabel}
      />
    </>
  );
}
