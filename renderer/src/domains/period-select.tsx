import type { DomainTypeValue } from '../../../shared/contract/domain-schemas.js';
import { FREE_PERIODS, PAID_PERIODS } from '../../../shared/validators/domain.js';
import { SelectField } from '../ui/field.js';

/** Paid or free, as the register and search forms offer it. */
export const DOMAIN_TYPE_OPTIONS: readonly { value: DomainTypeValue; label: string }[] = [
  { value: 'PAID', label: 'Paid' },
  { value: 'FREE', label: 'Free' },
];

export function periodsOf(type: DomainTypeValue): readonly string[] {
  return type === 'FREE' ? FREE_PERIODS : PAID_PERIODS;
}

/** Periods within the type's limits: 1-12 months for free domains, listed years for paid ones. */
export function PeriodSelect({
  type,
  value,
  onChange,
  error,
  label = 'Period',
}: {
  type: DomainTypeValue;
  value: string;
  onChange: (period: string) => void;
  error?: string | undefined;
  label?: string;
}) {
  const options = periodsOf(type).map((period) => ({
    value: period,
    label: period.endsWith('M')
      ? `${parseInt(period, 10)} month${period === '1M' ? '' : 's'}`
      : `${parseInt(period, 10)} year${period === '1Y' ? '' : 's'}`,
  }));
  return (
    <SelectField label={label} value={value} options={options} onChange={onChange} error={error} />
  );
}
