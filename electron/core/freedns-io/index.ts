// The freedns.io update API client: what the sync engine imports.
export {
  createFreednsClient,
  DEFAULT_FREEDNS_ENDPOINT,
  DEFAULT_FREEDNS_TIMEOUT_MS,
  interpret,
  type FreednsClient,
  type FreednsClientOptions,
} from './freedns-client.js';
export { buildUpdateParams, type FreednsOperation } from './freedns-operation.js';
export {
  classifyRejection,
  isFatalRejection,
  type FreednsAccepted,
  type FreednsInvalid,
  type FreednsRejected,
  type FreednsRejectReason,
  type FreednsResult,
  type FreednsTransient,
  type FreednsTransientReason,
} from './freedns-result.js';
