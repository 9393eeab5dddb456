import {
  type CallContext,
  account,
  fail,
  findContact,
  invalid,
  oneOf,
  required,
} from './call-context.js';
import { isTaken, type DomainRecord } from './state.js';

/** Checks shared by register, modify, renew and upgrade. */
export const DAY = 86_400_000;
export const FREE_TLDS = ['tk', 'ml', 'ga', 'cf', 'gq'];
const PAID = ['1Y', '2Y', '3Y', '4Y', '5Y', '9Y', '10Y'];
const HOST = /^(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+\.?$/i;

export const tldOf = (name: string): string => name.slice(name.lastIndexOf('.') + 1);

export function domainType(ctx: CallContext): 'FREE' | 'PAID' {
  const type = oneOf(ctx, 'domaintype', ['FREE', 'PAID']);
  if (!type) required(ctx, 'domaintype');
  return type as 'FREE' | 'PAID';
}

/** The period in months, checked against the type's allowed list (default 1Y / 3M). */
export function periodMonths(ctx: CallContext, type: 'FREE' | 'PAID', raw?: string): number {
  const value = (raw ?? ctx.params.get('period') ?? (type === 'PAID' ? '1Y' : '3M')).toUpperCase();
  if (type === 'PAID') {
    if (!PAID.includes(value)) invalid(ctx, 'period');
    return Number(value.slice(0, -1)) * 12;
  }
  const match = /^(\d{1,2})M$/.exec(value);
  if (!match || Number(match[1]) < 1 || Number(match[1]) > 12) invalid(ctx, 'period');
  return Number(match[1]);
}

export function periodText(type: 'FREE' | 'PAID', months: number): string {
  return type === 'PAID' ? `${months / 12}Y` : `${months}M`;
}

export function priceOf(ctx: CallContext, name: string, period: string) {
  const price = ctx.prices.tlds[tldOf(name)]?.[period];
  return price ? { currency: ctx.prices.currency, ...price } : null;
}

export function pricingList(ctx: CallContext, name: string) {
  const table = ctx.prices.tlds[tldOf(name)] ?? {};
  return Object.entries(table).map(([period, p]) => ({
    currency: ctx.prices.currency,
    period,
    partnerprice: p.partner,
    retailprice: p.retail,
  }));
}

export function isAvailable(ctx: CallContext, name: string, type: 'FREE' | 'PAID'): boolean {
  if (isTaken(ctx.data, name)) return false;
  return type === 'FREE' ? FREE_TLDS.includes(tldOf(name)) : tldOf(name) in ctx.prices.tlds;
}

export function isActive(ctx: CallContext, domain: DomainRecord): boolean {
  return !domain.deleted && ctx.now < domain.expires + DAY;
}

/**
 * forward_url xor nameserver (both absent allowed only on modify), at least 2 nameservers,
 * each a host name; hosts ending in .invalid stand for names that do not resolve; hosts
 * inside the domain need glue first.
 */
export function forwardOrNameservers(
  ctx: CallContext,
  name: string,
  onRegister: boolean,
): { forwardUrl: string | null; nameservers: string[] } | null {
  const forwardUrl = ctx.params.get('forward_url') ?? null;
  const nameservers = ctx.params.all('nameserver').map((n) => n.toLowerCase().replace(/\.$/, ''));
  if (forwardUrl && nameservers.length > 0) fail(ctx, 'exclusiveForward');
  if (!forwardUrl && nameservers.length === 0) {
    if (onRegister) fail(ctx, 'needForwardOrNameservers');
    return null;
  }
  if (forwardUrl) {
    if (!/^https?:\/\/[^\s/]+/i.test(forwardUrl)) invalid(ctx, 'forward_url');
    return { forwardUrl, nameservers: [] };
  }
  if (nameservers.length < 2) fail(ctx, 'tooFewNameservers');
  for (const host of nameservers) {
    if (!HOST.test(host) || host.endsWith('.invalid')) invalid(ctx, 'nameserver');
    const inside = host.endsWith(`.${name}`);
    const glued = account(ctx).glue.some((g) => g.domain === name && g.hostname === host);
    if (inside && !glued) fail(ctx, 'glueRequired', { host: host.toUpperCase() });
  }
  return { forwardUrl: null, nameservers };
}

/** owner_id/admin_id/tech_id/billing_id must name contacts of the account when given. */
export function contactIds(ctx: CallContext, ownerNeeded: boolean) {
  const idshield = oneOf(ctx, 'idshield', ['enabled', 'disabled']);
  const ids: Record<'owner_id' | 'admin_id' | 'tech_id' | 'billing_id', string | undefined> = {
    owner_id: ctx.params.get('owner_id'),
    admin_id: ctx.params.get('admin_id'),
    tech_id: ctx.params.get('tech_id'),
    billing_id: ctx.params.get('billing_id'),
  };
  if (ownerNeeded && idshield !== 'enabled' && !ids.owner_id) required(ctx, 'owner_id');
  for (const [key, id] of Object.entries(ids))
    if (id !== undefined && !findContact(ctx, id)) invalid(ctx, key);
  return { ...ids, idshield };
}

export function newAuthcode(ctx: CallContext): string {
  const n = ctx.data.nextCode++;
  return `AUTH-${String(n).padStart(6, '0')}-${(n * 7919).toString(36).toUpperCase()}`;
}
