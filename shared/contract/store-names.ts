/** Channel and event names of settings, secrets, history and startup notices. */
export const STORE_CHANNEL_NAMES = [
  'settings:get',
  'settings:update',
  'settings:export',
  'settings:import',
  'secrets:status',
  'secrets:set',
  'secrets:clear',
  'history:list',
  'app:notices',
] as const;

export const STORE_EVENT_NAMES = ['settings:changed'] as const;
