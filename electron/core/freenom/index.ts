export {
  DEFAULT_FREENOM_BASE_URL,
  FreenomClient,
  type FreenomClientOptions,
} from './freenom-client.js';
export type { FreenomCredentials, RetryPolicy } from './freenom-caller.js';
export {
  describeFreenomError,
  type FreenomApiErrorCode,
  type FreenomError,
  type FreenomResult,
} from './freenom-errors.js';
export { FREENOM_FUNCTIONS, type FreenomFunctionName } from './freenom-functions.js';
export * from './freenom-inputs.js';
export type * from './freenom-schemas.js';
export { probeFreenomAccess, type FreenomAccess } from './freenom-probe.js';
export type { FreenomFormat } from './freenom-transport.js';
