import type { Clock } from '../ports.js';
import { clientGatewayOpener } from './client-gateway.js';
import type { CoreEvents } from '../core-events.js';
import { FREE_RENEWAL_WINDOW_DAYS } from '../domains/domain-dates.js';
import { createDomainHandlers, type DomainHandlers } from './domain-handlers.js';
import { DomainList, type AutoRenewFlags } from './domain-list.js';
import { createSummarize, type RenewalRules } from './domain-summary.js';
import { createMemoryAccountStore, type FreenomAccountStore } from './freenom-account.js';
import type { OpenGateway } from './freenom-gateway.js';
import { FreenomSession } from './freenom-session.js';

export interface DomainsApiDeps {
  clock: Clock;
  events: CoreEvents;
  openGateway?: OpenGateway;
  accounts?: FreenomAccountStore;
  autoRenew?: AutoRenewFlags;
  renewal?: RenewalRules;
}

/** Free domains can be renewed in their last days (Freenom's rule, from the lifecycle). */
export const DEFAULT_RENEWAL_RULES: RenewalRules = { freeWindowDays: FREE_RENEWAL_WINDOW_DAYS };

/** Everything behind the Domains window's channels, ready to spread into the core's handlers. */
export function createDomainsApi(deps: DomainsApiDeps): DomainHandlers {
  const accounts = deps.accounts ?? createMemoryAccountStore();
  const autoRenew = deps.autoRenew ?? createMemoryAutoRenewFlags();
  const summarize = createSummarize(deps.renewal ?? DEFAULT_RENEWAL_RULES);
  return createDomainHandlers({
    events: deps.events,
    accounts,
    session: new FreenomSession(
      accounts,
      deps.openGateway ?? clientGatewayOpener({ clock: deps.clock }),
    ),
    list: new DomainList(deps.clock, autoRenew, summarize),
    autoRenew,
  });
}

export function createMemoryAutoRenewFlags(): AutoRenewFlags {
  const flags = new Map<string, boolean>();
  return {
    get: (domain) => flags.get(domain.toLowerCase()),
    set: async (domain, enabled) => void flags.set(domain.toLowerCase(), enabled),
  };
}
