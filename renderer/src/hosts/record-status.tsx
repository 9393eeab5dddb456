import { formatTime } from '../../../shared/time/format-time.js';
import type { RecordVerification } from '../../../shared/engine/record-verification.js';
import { assertNever } from '../../../shared/lang/assert-never.js';

/**
 * What the Hosts window needs to know about one record's state. The app shell maps the core's
 * status into this shape, so the window does not depend on how the engine stores it.
 */
export type RecordState =
  | { kind: 'in-sync'; value: string | null; at: string | null }
  | { kind: 'pending'; reason: string | null }
  | { kind: 'deferred'; until: string; reason: string }
  | { kind: 'rejected'; message: string }
  | { kind: 'failed'; reason: string }
  | { kind: 'paused'; reason: string };

export interface RecordStatusView {
  type: string;
  state: RecordState;
  /** What the nameservers serve for it; absent until checked. */
  dns?: RecordVerification;
}

export interface HostStatusView {
  hostId: string;
  records: RecordStatusView[];
  lastUpdate: string | null;
  updatesLeftToday: number | null;
  dailyLimit: number;
  /** Set when a fatal refusal (bad credentials, Premium required) paused the host. */
  pausedReason: string | null;
}

/** The badge text and its tone for a state; the text is what tests and screen readers read. */
export function describeState(state: RecordState): {
  text: string;
  tone: 'ok' | 'warn' | 'danger' | 'muted';
  detail: string | null;
} {
  switch (state.kind) {
    case 'in-sync':
      return { text: 'in sync', tone: 'ok', detail: state.value };
    case 'pending':
      return { text: 'pending', tone: 'muted', detail: state.reason };
    case 'deferred':
      return {
        text: `deferred until ${formatTime(state.until)}`,
        tone: 'warn',
        detail: state.reason,
      };
    case 'rejected':
      return { text: 'rejected', tone: 'danger', detail: state.message };
    case 'failed':
      return { text: 'failed', tone: 'danger', detail: state.reason };
    case 'paused':
      return { text: 'paused', tone: 'warn', detail: state.reason };
    default:
      return assertNever(state);
  }
}

export function RecordStatusBadge({ state }: { state: RecordState }) {
  const { text, tone, detail } = describeState(state);
  return (
    <span className="record-status">
      <span className={`badge badge-${tone}`} data-testid="record-status">
        {text}
      </span>
      {detail && <span className="record-status-detail"> {detail}</span>}
    </span>
  );
}

/** "DNS: published 12:03", "DNS: drifted (says 198.51.100.7) since 11:40", with its reason. */
export function describeDns(dns: RecordVerification): {
  text: string;
  tone: 'ok' | 'warn' | 'danger' | 'muted';
  detail: string;
} {
  if (dns.needsAttention)
    return {
      text: 'DNS: needs attention',
      tone: 'danger',
      detail: `something else is writing it: DNS says ${dns.dnsSays ?? 'nothing'}`,
    };
  switch (dns.state) {
    case 'published':
      return {
        text: `DNS: published${dns.lastPublishedAt ? ` ${formatTime(dns.lastPublishedAt)}` : ''}`,
        tone: 'ok',
        detail: dns.detail,
      };
    case 'propagating':
      return { text: 'DNS: propagating', tone: 'muted', detail: dns.detail };
    case 'drifted':
      return {
        text: `DNS: drifted${dns.driftedSince ? ` since ${formatTime(dns.driftedSince)}` : ''}`,
        tone: 'warn',
        detail: `DNS says ${dns.dnsSays ?? 'nothing'}`,
      };
    case 'unknown':
      return { text: 'DNS: unknown', tone: 'muted', detail: dns.detail };
  }
}

export function DnsStatusBadge({ dns }: { dns: RecordVerification | undefined }) {
  if (!dns) return null;
  const { text, tone, detail } = describeDns(dns);
  return (
    <span className="record-status" title={detail}>
      {' '}
      <span className={`badge badge-${tone}`} data-testid="record-dns">
        {text}
      </span>
      <span className="record-status-detail"> {detail}</span>
    </span>
  );
}
