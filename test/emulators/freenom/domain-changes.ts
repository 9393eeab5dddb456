import {
  type Body,
  type CallContext,
  domainParam,
  fail,
  oneOf,
  ownDomain,
  upper,
} from './call-context.js';
import { contactIds, forwardOrNameservers, isActive, periodMonths, tldOf } from './domain-rules.js';
import { addMonths, isTaken, startOfDay } from './state.js';

/** domain/modify, delete, restore and upgrade. */
export function modifyDomain(ctx: CallContext): Body {
  const name = domainParam(ctx);
  const domain = ownDomain(ctx, name);
  if (!isActive(ctx, domain)) fail(ctx, 'notInAccount');
  const target = forwardOrNameservers(ctx, name, false);
  const forwardMode = oneOf(ctx, 'forward_mode', ['cloak', '301_redirect']);
  const autorenew = oneOf(ctx, 'autorenew', ['enabled', 'disabled']);
  const ids = contactIds(ctx, false);
  if (target) {
    domain.forwardUrl = target.forwardUrl;
    domain.nameservers = target.nameservers;
  }
  if (forwardMode) domain.forwardMode = forwardMode;
  if (autorenew) domain.autorenew = autorenew;
  if (ids.idshield) domain.idshield = ids.idshield;
  if (ids.owner_id) domain.ownerId = ids.owner_id;
  if (ids.admin_id) domain.adminId = ids.admin_id;
  if (ids.tech_id) domain.techId = ids.tech_id;
  if (ids.billing_id) domain.billingId = ids.billing_id;
  return { domain: [{ domainname: upper(name), status: 'MODIFIED' }], result: 'DOMAIN MODIFIED' };
}

/** Releases the name at once: a later search reports it available. */
export function deleteDomain(ctx: CallContext): Body {
  const name = domainParam(ctx);
  const domain = ownDomain(ctx, name);
  if (domain.deleted) fail(ctx, 'notInAccount');
  domain.deleted = true;
  return { domain: [{ domainname: upper(name), status: 'DELETED' }], result: 'DOMAIN DELETED' };
}

/** Reverses a delete "if possible": not when someone registered the name meanwhile. */
export function restoreDomain(ctx: CallContext): Body {
  const name = domainParam(ctx);
  const domain = ownDomain(ctx, name);
  if (!domain.deleted || isTaken(ctx.data, name)) fail(ctx, 'notRestorable');
  domain.deleted = false;
  return { domain: [{ domainname: upper(name), status: 'RESTORED' }], result: 'DOMAIN RESTORED' };
}

/** FREE -> PAID; `period` defaults to 1Y (Freenom's example omits it). */
export function upgradeDomain(ctx: CallContext): Body {
  const name = domainParam(ctx);
  const domain = ownDomain(ctx, name);
  const months = periodMonths(ctx, 'PAID', ctx.params.all('period')[0]);
  const ids = contactIds(ctx, true);
  const priced = tldOf(name) in ctx.prices.tlds;
  if (domain.type !== 'FREE' || !isActive(ctx, domain) || !priced) fail(ctx, 'notUpgradable');
  domain.type = 'PAID';
  domain.expires = addMonths(Math.max(domain.expires, startOfDay(ctx.now)), months);
  const owner = ids.owner_id ?? domain.ownerId;
  domain.ownerId = owner;
  domain.adminId = ids.admin_id ?? (domain.adminId || owner);
  domain.techId = ids.tech_id ?? (domain.techId || owner);
  domain.billingId = ids.billing_id ?? (domain.billingId || owner);
  if (ids.idshield) domain.idshield = ids.idshield;
  return { domain: [{ domainname: upper(name), status: 'UPGRADED' }], result: 'DOMAIN UPGRADED' };
}
