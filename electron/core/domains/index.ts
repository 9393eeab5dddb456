export {
  AutoRenewer,
  type AutoRenewOptions,
  type AutoRenewRun,
  type RenewingClient,
} from './auto-renewer.js';
export {
  MemoryAutoRenewLedger,
  type AutoRenewLedger,
  type AutoRenewLedgerEntry,
} from './auto-renew-ledger.js';
export { DomainCatalog, type DomainReader, type DomainSummary } from './domain-catalog.js';
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
