import type { HistoryStore } from '../store/history-store.js';
import type { CoreEvents } from '../core-events.js';
import type { DomainList } from './domain-list.js';

export type DomainAction =
  | 'register'
  | 'renew'
  | 'auto-renew'
  | 'delete'
  | 'restore'
  | 'upgrade'
  | 'modify'
  | 'glue'
  | 'contacts'
  | 'transfer';

type ChangeReason =
  | 'registered'
  | 'renewed'
  | 'modified'
  | 'deleted'
  | 'restored'
  | 'upgraded'
  | 'glue'
  | 'contacts'
  | 'transfers';

const REASON: Record<Exclude<DomainAction, 'auto-renew'>, ChangeReason> = {
  register: 'registered',
  renew: 'renewed',
  delete: 'deleted',
  restore: 'restored',
  upgrade: 'upgraded',
  modify: 'modified',
  glue: 'glue',
  contacts: 'contacts',
  transfer: 'transfers',
};

/** Runs one change: the outcome goes to the activity history, and windows learn what changed. */
export type RunRecordedChange = <T extends { status: string }>(
  action: Exclude<DomainAction, 'auto-renew'>,
  domain: string,
  work: () => Promise<T>,
  /** What the history line names; the domain by default, e.g. "contact C1001". */
  subject?: string,
) => Promise<T>;

export function createRunRecordedChange(deps: {
  history: HistoryStore;
  events: CoreEvents;
  list: DomainList;
  accountId: () => string;
}): RunRecordedChange {
  return async (action, domain, work, subject = domain) => {
    const record = (outcome: 'succeeded' | 'failed', message: string) =>
      deps.history.append({
        kind: 'domain-action',
        accountId: deps.accountId(),
        domain,
        action,
        outcome,
        message,
      });
    try {
      const result = await work();
      // Nothing changed, though no error (docs/freenom.md#not-available-is-not-an-error).
      if (result.status === 'NOT AVAILABLE') {
        await record('failed', `${action} ${subject}: ${result.status}`);
        return result;
      }
      await record('succeeded', `${action} ${subject}: ${result.status}`);
      deps.list.invalidate();
      deps.events.emit('domains:changed', {
        reason: REASON[action],
        ...(domain ? { domain } : {}),
      });
      return result;
    } catch (error) {
      await record(
        'failed',
        `${action} ${subject}: ${error instanceof Error ? error.message : String(error)}`,
      );
      throw error;
    }
  };
}
