import type { Params } from './params.js';
import type { EmulatorConfig, FreenomSeed, MessageKey } from './seed.js';
import type { Account, ContactRecord, DomainRecord, EmulatorData } from './state.js';

/** Error strings: the first four are Freenom's own (docs/freenom.md#errors); the rest are inferred. */
const DEFAULT_MESSAGES: Record<MessageKey, string> = {
  unsupported: 'No function called or function not supported',
  anonymous: 'No anonymous access, authorization required',
  credentials: 'Login credentials do not match any account',
  invalid: 'Invalid {param}',
  missing: 'Missing {param}',
  notInAccount: 'Domain not found in this account',
  exclusiveForward: 'forward_url and nameserver are mutually exclusive',
  needForwardOrNameservers: 'Missing forward_url or nameserver',
  tooFewNameservers: 'A minimum of 2 nameservers is required',
  glueRequired: 'Nameserver {host} is under the domain and needs a glue record first',
  contactInUse: 'Contact is linked to a domain and cannot be deleted',
  notRestorable: 'Domain cannot be restored',
  notUpgradable: 'Domain cannot be upgraded',
  noPendingTransfer: 'No pending transfer for this domain',
};

/** Stops the function at the first problem found; only that one is reported (docs/freenom.md#errors). */
export class ApiFailure extends Error {}

export type Body = Record<string, unknown>;

export interface CallContext {
  params: Params;
  account: Account | null;
  data: EmulatorData;
  now: number;
  config: EmulatorConfig;
  prices: FreenomSeed['prices'];
}

export function message(
  config: EmulatorConfig,
  key: MessageKey,
  fill: Record<string, string> = {},
): string {
  const text = config.messages[key] ?? DEFAULT_MESSAGES[key];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => fill[name] ?? '');
}

export function fail(ctx: CallContext, key: MessageKey, fill: Record<string, string> = {}): never {
  throw new ApiFailure(message(ctx.config, key, fill));
}

export function required(ctx: CallContext, name: string): string {
  const value = ctx.params.get(name);
  if (value === undefined) fail(ctx, 'missing', { param: name });
  return value;
}

export function invalid(ctx: CallContext, name: string): never {
  fail(ctx, 'invalid', { param: name });
}

export function account(ctx: CallContext): Account {
  if (!ctx.account) throw new Error('function needs an account');
  return ctx.account;
}

const DOMAIN = /^(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/i;

/** `domainname`, present and well-formed (documented error: `Invalid domainname`). */
export function domainParam(ctx: CallContext): string {
  const name = required(ctx, 'domainname').toLowerCase();
  if (!DOMAIN.test(name)) invalid(ctx, 'domainname');
  return name;
}

export function ownDomain(ctx: CallContext, name: string): DomainRecord {
  const list = account(ctx).domains.filter((d) => d.name === name);
  const found = list.find((d) => !d.deleted) ?? list[list.length - 1];
  if (!found) fail(ctx, 'notInAccount');
  return found;
}

export function findContact(ctx: CallContext, id: string): ContactRecord | undefined {
  return account(ctx).contacts.find((c) => c.contact_id === id);
}

export function oneOf<T extends string>(
  ctx: CallContext,
  name: string,
  allowed: T[],
): T | undefined {
  const value = ctx.params.get(name);
  if (value === undefined) return undefined;
  const match = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (!match) invalid(ctx, name);
  return match;
}

export const upper = (value: string): string => value.toUpperCase();
