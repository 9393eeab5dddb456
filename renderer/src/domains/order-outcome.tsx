import type { OrderResult } from '../../../shared/contract/domain-channels.js';
import { Notice } from '../ui/notice.js';

/** What Freenom did with a registration or renewal: the status, new expiry and charge. */
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
