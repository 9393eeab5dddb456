import type { ReactNode } from 'react';
import type { AccountTier } from '../../../shared/records/desired-records.js';
import { SelectField, TextField } from '../ui/field.js';
import { ACCOUNT_TIER_OPTIONS } from './account-tiers.js';

interface AccountServerFieldsProps {
  tier: AccountTier;
  endpoint: string;
  endpointError: string | undefined;
  endpointHint?: ReactNode;
  onTier: (tier: AccountTier) => void;
  onEndpoint: (endpoint: string) => void;
}

/** A freedns.io account's type and update endpoint, as setup and the account editor ask them. */
export function AccountServerFields(props: AccountServerFieldsProps) {
  return (
    <>
      <SelectField
        label="Account type"
        value={props.tier}
        options={ACCOUNT_TIER_OPTIONS}
        onChange={props.onTier}
      />
      <TextField
        label="Update endpoint"
        value={props.endpoint}
        onChange={props.onEndpoint}
        error={props.endpointError}
        hint={props.endpointHint}
        spellCheck={false}
      />
    </>
  );
}
