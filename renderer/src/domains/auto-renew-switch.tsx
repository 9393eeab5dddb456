import { useState } from 'react';
import type { DomainSummary } from '../../../shared/contract/domain-schemas.js';
import { dnsTray } from '../bridge/dns-tray.js';
import { messageOf } from './form-check.js';

/** DNS Tray renews a free domain itself inside its renewal window when this is on. */
export function AutoRenewSwitch({
  domain,
  onChanged,
}: {
  domain: DomainSummary;
  onChanged: (row: DomainSummary) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Shows the new position at once while the core saves it; falls back if saving fails.
  const [pending, setPending] = useState<boolean | null>(null);
  if (domain.type !== 'FREE')
    return <span className="muted">{domain.autoRenew ? 'by Freenom' : 'off'}</span>;
  const toggle = async (enabled: boolean) => {
    setBusy(true);
    setPending(enabled);
    setError(null);
    try {
      onChanged(await dnsTray.domains.setAutoRenew({ domain: domain.domain, enabled }));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setPending(null);
      setBusy(false);
    }
  };
  return (
    <label className="switch" title={error ?? undefined}>
      <input
        type="checkbox"
        role="switch"
        checked={pending ?? domain.autoRenew}
        disabled={busy}
        aria-label={`Auto-renew ${domain.domain}`}
        // Inside a table row that opens details on click, Enter and Space: keep them here.
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => event.stopPropagation()}
        onChange={(event) => void toggle(event.target.checked)}
      />
      <span aria-hidden="true">{(pending ?? domain.autoRenew) ? 'on' : 'off'}</span>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}
