import type { CoreEvents } from '../core-events.js';
import { FREE_RENEWAL_WINDOW_DAYS } from '../domains/domain-dates.js';
import type { Clock } from '../ports.js';
import type { Stores } from '../store/open-stores.js';
import { createAutoRenewFlags } from './auto-renew-flags.js';
import { clientGatewayOpener } from './client-gateway.js';
import { createDomainHandlers, type DomainHandlers } from './domain-handlers.js';
import { DomainList } from './domain-list.js';
import { createSummarize, type RenewalRules } from './domain-summary.js';
import { createStoresAccountStore } from './freenom-account.js';
import type { OpenGateway } from './freenom-gateway.js';
import { FreenomSession } from './freenom-session.js';

export interface DomainsApiDeps {
  clock: Clock;
  events: CoreEvents;
  stores: Stores;
  /** Default: the Freenom client of electron/core/freenom over undici. */
  openGateway?: OpenGateway;
  renewal?: RenewalRules;
}

/** Free domains can be renewed in their last days (Freenom's rule, from the lifecycle). */
export const DEFAULT_RENEWAL_RULES: RenewalRules = { freeWindowDays: FREE_RENEWAL_WINDOW_DAYS };

/** Everything behind the Domains window's channels, ready to spread into the core's handlers. */
export function createDomainsApi(deps: DomainsApiDeps): DomainHandlers {
  const accounts = createStoresAccountStore(deps.stores);
  const autoRenew = createAutoRenewFlags(deps.stores, deps.clock);
  const summarize = createSummarize(deps.renewal ?? DEFAULT_RENEWAL_RULES);
  const open = deps.openGateway ?? clientGatewayOpener({ clock: deps.clock });
  return createDomainHandlers({
    events: deps.events,
    accounts,
    session: new FreenomSession(accounts, open),
    list: new DomainList(deps.clock, autoRenew, summarize),
    autoRenew,
  });
}
