import type { Body, CallContext } from './call-context.js';
import {
  deleteContact,
  getContactInfo,
  listContacts,
  registerContact,
} from './contact-functions.js';
import { deleteDomain, modifyDomain, restoreDomain, upgradeDomain } from './domain-changes.js';
import {
  getDomainInfo,
  listDomains,
  registerDomain,
  renewDomain,
  searchDomain,
} from './domain-functions.js';
import { deleteGlue, listGlue, registerGlue } from './nameserver-functions.js';
import { formatStamp } from './state.js';
import {
  approveTransfer,
  declineTransfer,
  listTransfers,
  requestTransfer,
  transferPrice,
} from './transfer-functions.js';

export type Verb = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** One row per API function: its path under /v2, its documented verb and who may call it. */
export interface FreenomFunction {
  verb: Verb;
  auth: 'none' | 'optional' | 'required';
  run(ctx: CallContext): Body;
}

const ping = (ctx: CallContext): Body => ({
  timestamp: `${formatStamp(ctx.now)} UTC`,
  result: 'PING REPLY',
});

export const FUNCTIONS: Record<string, FreenomFunction> = {
  'service/ping': { verb: 'GET', auth: 'none', run: ping },
  'domain/search': { verb: 'GET', auth: 'optional', run: searchDomain },
  'domain/register': { verb: 'POST', auth: 'required', run: registerDomain },
  'domain/renew': { verb: 'POST', auth: 'required', run: renewDomain },
  'domain/getinfo': { verb: 'GET', auth: 'required', run: getDomainInfo },
  'domain/modify': { verb: 'PUT', auth: 'required', run: modifyDomain },
  'domain/delete': { verb: 'DELETE', auth: 'required', run: deleteDomain },
  'domain/restore': { verb: 'POST', auth: 'required', run: restoreDomain },
  'domain/upgrade': { verb: 'POST', auth: 'required', run: upgradeDomain },
  'domain/list': { verb: 'GET', auth: 'required', run: listDomains },
  'nameserver/register': { verb: 'PUT', auth: 'required', run: registerGlue },
  'nameserver/delete': { verb: 'DELETE', auth: 'required', run: deleteGlue },
  'nameserver/list': { verb: 'GET', auth: 'required', run: listGlue },
  'contact/register': { verb: 'PUT', auth: 'required', run: registerContact },
  'contact/delete': { verb: 'DELETE', auth: 'required', run: deleteContact },
  'contact/getinfo': { verb: 'GET', auth: 'required', run: getContactInfo },
  'contact/list': { verb: 'GET', auth: 'required', run: listContacts },
  'domain/transfer/price': { verb: 'GET', auth: 'required', run: transferPrice },
  'domain/transfer/request': { verb: 'POST', auth: 'required', run: requestTransfer },
  'domain/transfer/approve': { verb: 'POST', auth: 'required', run: approveTransfer },
  'domain/transfer/decline': { verb: 'POST', auth: 'required', run: declineTransfer },
  'domain/transfer/list': { verb: 'GET', auth: 'required', run: listTransfers },
};

/**
 * Whether the (possibly overridden) verb reaches the function. Leniencies (docs/freenom.md#verbs):
 * POST for a PUT/DELETE function when `postForAnyWrite`, and POST for transfer/list (the
 * doc's own example uses it).
 */
export function acceptsVerb(
  path: string,
  fn: FreenomFunction,
  verb: string,
  postForAnyWrite: boolean,
): boolean {
  if (verb === fn.verb) return true;
  if (verb !== 'POST') return false;
  if (path === 'domain/transfer/list') return true;
  return postForAnyWrite && (fn.verb === 'PUT' || fn.verb === 'DELETE');
}
