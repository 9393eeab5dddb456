import { useState } from 'react';
import type { DomainSummary } from '../../../shared/contract/domain-schemas.js';
import { useDomainsCore } from './domains-core.js';
import { useReplaceDomain } from './domains-queries.js';
import { messageOf } from './form-check.js';

/** Saving a switch: the new position shows at once, and falls back if saving fails. */
function useAutoRenewToggle(domain: DomainSummary) {
  const core = useDomainsCore();
  const replace = useReplaceDomain();
  const [pending, setPending] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  const toggle = async (enabled: boolean) => {
    setPending(enabled);
    setError(null);
    try {
      replace(await core.domains.setAutoRenew({ domain: domain.domain, enabled }));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setPending(null);
    }
  };
  return { on: pending ?? domain.autoRenew, busy: pending !== null, error, toggle };
}

/** DNS Tray renews a free domain itself inside its renewal window when this is on. */
export function AutoRenewSwitch({ domain }: { domain: DomainSummary }) {
  if (domain.type !== 'FREE')
    return <span className="muted">{domain.autoRenew ? 'by Freenom' : 'off'}</span>;
  return <FreeAutoRenewSwitch domain={domain} />;
}

function FreeAutoRenewSwitch({ domain }: { domain: DomainSummary }) {
  const { on, busy, error, toggle } = useAutoRenewToggle(domain);
  return (
    <label className="switch" title={error ?? undefined}>
      <input
        type="checkbox"
        role="switch"
        checked={on}
        disabled={busy}
        aria-label={`Auto-renew ${domain.domain}`}
        // Inside a table row that opens details on click, Enter and Space: keep them here.
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => event.stopPropagation()}
        onChange={(event) => void toggle(event.target.checked)}
      />
      <span aria-hidden="true">{on ? 'on' : 'off'}</span>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}
