/** The follow-the-IP engine's part of the contract, names only (the preload builds from these). */
export const ENGINE_CHANNEL_NAMES = [
  'status:get',
  'sync:updateNow',
  'sync:pause',
  'sync:resume',
  'ip:checkSources',
] as const;

export const ENGINE_EVENT_NAMES = [
  'status:changed',
  'ip:changed',
  'sync:outcome',
  'dns:drift',
] as const;
