/**
 * The Freenom / domains part of the contract, names only (no zod), so the sandboxed preload can
 * build window.dnsTray from it. The schemas live in domain-channels.ts and domain-events.ts.
 */
export const DOMAIN_CHANNEL_NAMES = [
  'freenom:status',
  'freenom:connect',
  'freenom:probe',
  'domains:search',
  'domains:register',
  'domains:renew',
  'domains:list',
  'domains:getInfo',
  'domains:modify',
  'domains:delete',
  'domains:restore',
  'domains:upgrade',
  'domains:setAutoRenew',
  'glue:list',
  'glue:register',
  'glue:delete',
  'contacts:list',
  'contacts:get',
  'contacts:register',
  'contacts:delete',
  'transfers:price',
  'transfers:request',
  'transfers:approve',
  'transfers:decline',
  'transfers:list',
] as const;

export const DOMAIN_EVENT_NAMES = ['domains:changed', 'domains:reminder'] as const;
