export {
  AutoRenewer,
  type AutoRenewOptions,
  renewingAccount,
  type AutoRenewRun,
  type RenewingAccount,
} from './auto-renewer.js';
export {
  MemoryAutoRenewLedger,
  type AutoRenewLedger,
  type AutoRenewLedgerEntry,
} from './auto-renew-ledger.js';
export {
  DAY_MS,
  FREE_RENEWAL_WINDOW_DAYS,
  daysToExpiry,
  parseFreenomDate,
  renewalWindow,
  type RenewalWindow,
} from './domain-dates.js';
export {
  MemoryDomainHistory,
  type DomainHistory,
  type DomainHistoryEntry,
} from './domain-history.js';
export { createDomainsApi, type DomainsApi, type DomainsApiDeps } from './domains-api.js';
export { createClientGateway, clientGatewayOpener } from './client-gateway.js';
export { FreenomCallError } from './client-mapping.js';
export { DomainList } from './domain-list.js';
