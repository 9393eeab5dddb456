import type { CoreEvents } from '../core-events.js';
import { FREE_RENEWAL_WINDOW_DAYS } from './domain-dates.js';
import type { Clock } from '../ports.js';
import type { Stores } from '../store/open-stores.js';
import { clientGatewayOpener } from './client-gateway.js';
import { createRunRecordedChange } from './run-recorded-change.js';
import { DomainCare, type Notifier } from './domain-care.js';
import { createDomainCareStore } from './domain-care-store.js';
import { createDomainHandlers, type DomainHandlers } from './domain-handlers.js';
import { DomainList } from './domain-list.js';
import { createSummarize, type RenewalRules } from './domain-summary.js';
import { createStoresAccountStore, DEFAULT_FREENOM_ACCOUNT_ID } from './freenom-account.js';
import type { OpenGateway } from './freenom-gateway.js';
import { FreenomSession } from './freenom-session.js';

export interface DomainsApiDeps {
  clock: Clock;
  events: CoreEvents;
  stores: Stores;
  /** Default: the Freenom client of electron/core/freenom over undici. */
  openGateway?: OpenGateway;
  notifier?: Notifier;
  renewal?: RenewalRules;
}

export interface DomainsApi {
  handlers: DomainHandlers;
  /** Starts the background care (auto-renew and reminders); stop() ends it. */
  start(): void;
  stop(): void;
  /** One care pass now (tests, and a shell's "check now"). */
  runCare(): Promise<void>;
}

/** Free domains can be renewed in their last days (Freenom's rule, from the lifecycle). */
export const DEFAULT_RENEWAL_RULES: RenewalRules = { freeWindowDays: FREE_RENEWAL_WINDOW_DAYS };

/** Everything behind the Domains window's channels, and the background care of the domains. */
export function createDomainsApi(deps: DomainsApiDeps): DomainsApi {
  const { clock, events, stores } = deps;
  const accounts = createStoresAccountStore(stores);
  const care = createDomainCareStore(stores, clock);
  const list = new DomainList(clock, care, createSummarize(deps.renewal ?? DEFAULT_RENEWAL_RULES));
  // Another account (or address, or password) means another domain list.
  const session = new FreenomSession(
    accounts,
    deps.openGateway ?? clientGatewayOpener({ clock }),
    () => list.invalidate(),
  );
  const background = new DomainCare({
    clock,
    events,
    stores,
    accounts,
    care,
    list,
    session,
    notifier: deps.notifier,
  });
  const accountId = () =>
    stores.settings.get().accounts.freenom[0]?.id ?? DEFAULT_FREENOM_ACCOUNT_ID;
  const handlers = createDomainHandlers({
    events,
    accounts,
    session,
    list,
    autoRenew: care,
    runRecorded: createRunRecordedChange({ history: stores.history, events, list, accountId }),
    onCareNeeded: () => background.nudge(),
  });
  return {
    handlers,
    start: () => background.start(),
    stop: () => background.stop(),
    runCare: () => background.runOnce(),
  };
}
