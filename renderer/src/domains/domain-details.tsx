import {
  CONTACT_ROLES,
  type ContactRole,
  type DomainDetails as Details,
  type DomainSummary,
} from '../../../shared/contract/domain-schemas.js';
import { DataTable, type DataColumn } from '../ui/data-table.js';
import { Notice } from '../ui/notice.js';
import { AutoRenewSwitch } from './auto-renew-switch.js';
import { DomainActions } from './domain-actions.js';
import { useDomainInfo } from './domains-queries.js';
import { GluePanel } from './glue-panel.js';
import { ModifyForm } from './modify-form.js';

interface DomainDetailsProps {
  summary: DomainSummary;
  onClose: () => void;
}

/** One domain as Freenom describes it (getinfo), with its glue records and every action. */
export function DomainDetails({ summary, onClose }: DomainDetailsProps) {
  const name = summary.domain;
  const { details, error, reload } = useDomainInfo(name);
  return (
    <section className="card stack" aria-labelledby="details-title" data-testid="domain-details">
      <div className="page-header">
        <h2 id="details-title">{name}</h2>
        <button type="button" className="button button-secondary" onClick={onClose}>
          Close details
        </button>
      </div>
      {error && <Notice kind="error">{error}</Notice>}
      {details && (
        <>
          <DomainFacts summary={summary} details={details} />
          <h3>Contacts</h3>
          <DataTable
            caption={`Contacts of ${name}`}
            columns={roleColumns(details)}
            rows={CONTACT_ROLES}
            rowKey={(role) => role}
          />
          <GluePanel domain={name} />
          <ModifyForm details={details} onDone={reload} />
          <DomainActions summary={summary} details={details} />
        </>
      )}
    </section>
  );
}

/** Type, status, expiry, auto-renew, the auth code if any, and where the domain points. */
function DomainFacts({ summary, details }: { summary: DomainSummary; details: Details }) {
  return (
    <dl className="facts">
      <dt>Type</dt>
      <dd>{details.type}</dd>
      <dt>Status</dt>
      <dd>{details.status}</dd>
      <dt>Expires</dt>
      <dd>{details.expirationDate ?? '—'}</dd>
      <dt>Auto-renew</dt>
      <dd>
        <AutoRenewSwitch domain={summary} />
      </dd>
      {details.authCode && (
        <>
          <dt>Auth code</dt>
          <dd>
            <code>{details.authCode}</code>
          </dd>
        </>
      )}
      <dt>Points to</dt>
      <dd data-testid="domain-target">{describeTarget(details)}</dd>
    </dl>
  );
}

function describeTarget(details: Details): string {
  if (details.forwardUrl)
    return `forward to ${details.forwardUrl} (${details.forwardMode || 'cloak'})`;
  return details.nameservers.map((ns) => ns.hostname.toLowerCase()).join(', ') || 'nothing set';
}

/** The domain's contact for each role, or a dash where Freenom has none. */
function roleColumns(details: Details): DataColumn<ContactRole>[] {
  return [
    { header: 'Role', cell: (role) => role, rowHeader: true },
    {
      header: 'Contact',
      cell: (role) => {
        const contact = details.contacts[role];
        return contact
          ? `${contact.id} — ${contact.firstName} ${contact.lastName} <${contact.email}>`
          : '—';
      },
    },
  ];
}
